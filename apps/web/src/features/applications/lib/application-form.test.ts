import { describe, expect, it } from 'vitest';
import {
  existingOrderGroupId,
  readApplication,
  serverFieldId,
  validateApplication,
} from './application-form.ts';

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
}

const applicant = {
  'applicant.firstName': ' Taylor ',
  'applicant.lastName': 'Brooks',
  'applicant.dateOfBirth': '1990-03-21',
  'applicant.address.line1': '12 Peachtree Lane',
  'applicant.address.city': 'Macon',
  'applicant.address.state': 'GA',
  'applicant.address.zip': '31201',
  'applicant.phone': '478-555-0142',
  'children.0.firstName': 'Avery',
  'children.0.lastName': 'Brooks',
  'children.0.dateOfBirth': '2018-06-01',
  'existingOrder.hasOrder': 'no',
};

describe('the application form', () => {
  it('turns the boxes into the request, leaving out an unknown other parent and empty optional boxes', () => {
    const { errors, request } = validateApplication(readApplication(form(applicant), 1));
    expect(errors).toEqual([]);
    expect(request?.applicant.firstName).toBe('Taylor');
    expect(request?.applicant.email).toBeUndefined();
    expect(request?.otherParent).toBeUndefined();
    expect(request?.existingOrder).toEqual({ hasOrder: false });
  });

  it('points each problem at its box, in wire-path ids, with a translatable message', () => {
    const { errors } = validateApplication(
      readApplication(
        form({
          ...applicant,
          'applicant.address.zip': '312',
          'children.1.firstName': 'Quinn',
          'existingOrder.hasOrder': 'yes',
          'otherParent.lastName': 'Brooks',
        }),
        2,
      ),
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        { fieldId: 'applicant-address-zip', messageKey: 'apply:errors.zip' },
        { fieldId: 'children-1-lastName', messageKey: 'apply:errors.childName' },
        { fieldId: 'children-1-dateOfBirth', messageKey: 'apply:errors.dateOfBirth' },
        { fieldId: 'existingOrder-court', messageKey: 'apply:errors.court' },
        { fieldId: 'otherParent-firstName', messageKey: 'apply:errors.name' },
      ]),
    );
  });

  it('sends "is there an order?" left unanswered to the first radio, and server fields to the same boxes', () => {
    const { errors } = validateApplication(
      readApplication(form({ ...applicant, 'existingOrder.hasOrder': '' }), 1),
    );
    expect(errors).toEqual([{ fieldId: `${existingOrderGroupId}-yes`, messageKey: 'apply:errors.hasOrder' }]);
    expect(serverFieldId('applicant.address.state')).toBe('applicant-address-state');
    expect(serverFieldId('children')).toBe('children-0-firstName');
  });
});
