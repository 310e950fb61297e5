import { describe, expect, it } from 'vitest';
import { validateChangeRequest } from './change-request-form.ts';

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
};

describe('validateChangeRequest', () => {
  it('asks what changed first', () => {
    expect(validateChangeRequest('', form({})).errors).toEqual([
      { fieldId: 'change-kind-address', messageKey: 'provideInfo:errors.kind' },
    ]);
  });

  it('checks only the fields of the chosen kind, saying missing or not valid', () => {
    const { errors } = validateChangeRequest(
      'address',
      form({ addressLine1: '1 Main St', city: '', state: '', zip: '303', phone: 'ignored' }),
    );
    expect(errors.map((e) => [e.fieldId, e.messageKey])).toEqual([
      ['address-city', 'provideInfo:errors.city.required'],
      ['address-state', 'provideInfo:errors.state.required'],
      ['address-zip', 'provideInfo:errors.zip.invalid'],
    ]);
  });

  it('sends a phone as its 10 digits and leaves optional fields out', () => {
    expect(validateChangeRequest('phone', form({ phone: '+1 (404) 555-0100' })).request).toEqual({
      kind: 'phone',
      phone: '4045550100',
    });
    expect(
      validateChangeRequest('employer', form({ employerName: 'Coastal Foods', employerAddress: '' })).request,
    ).toEqual({ kind: 'employer', employerName: 'Coastal Foods' });
    expect(
      validateChangeRequest(
        'address',
        form({ addressLine1: '1 Main St', city: 'San Juan', state: 'PR', zip: '00901-1234' }),
      ).request,
    ).toMatchObject({ state: 'PR' });
  });
});
