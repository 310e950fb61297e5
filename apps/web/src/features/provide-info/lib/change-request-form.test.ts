import { describe, expect, it } from 'vitest';
import { ChangeRequestValues, changeRequestDefaults } from './change-request-form.ts';

const values = (typed: Partial<typeof changeRequestDefaults>) => ({ ...changeRequestDefaults, ...typed });
const problems = (typed: Partial<typeof changeRequestDefaults>) =>
  ChangeRequestValues.safeParse(values(typed)).error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('ChangeRequestValues', () => {
  it('asks what changed first', () => {
    expect(problems({})).toEqual(['kind']);
  });

  it('checks only the fields of the chosen kind', () => {
    expect(problems({ kind: 'address', addressLine1: '1 Main St', zip: '303', phone: 'ignored' })).toEqual([
      'city',
      'state',
      'zip',
    ]);
  });

  it('sends a phone as its 10 digits and leaves optional fields out', () => {
    expect(ChangeRequestValues.parse(values({ kind: 'phone', phone: '+1 (404) 555-0100' }))).toEqual({
      kind: 'phone',
      phone: '4045550100',
    });
    expect(ChangeRequestValues.parse(values({ kind: 'employer', employerName: 'Coastal Foods' }))).toEqual({
      kind: 'employer',
      employerName: 'Coastal Foods',
    });
    expect(
      ChangeRequestValues.parse(
        values({
          kind: 'address',
          addressLine1: '1 Main St',
          city: 'San Juan',
          state: 'PR',
          zip: '00901-1234',
        }),
      ),
    ).toMatchObject({ state: 'PR' });
  });
});
