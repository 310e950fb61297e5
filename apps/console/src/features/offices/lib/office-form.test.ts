import { describe, expect, it } from 'vitest';
import { OfficeValues, emptyOffice, formatPhone, officeIds } from './office-form.ts';

/** The element each problem links to, in the form's order. */
const problemsAt = (values: typeof emptyOffice) => {
  const at = new Set(
    OfficeValues.safeParse(values).error?.issues.map((issue) => officeIds[issue.path.join('.')]),
  );
  return Object.values(officeIds).filter((id, index, all) => at.has(id) && all.indexOf(id) === index);
};

const filled = {
  ...emptyOffice,
  name: ' Baxley  Office ',
  county: 'appling',
  addressLine1: '12 Parker Street',
  city: 'Baxley',
  zip: '31513',
  phone: '912.555.0142',
  hours: 'Mondays 9–3',
  services: ['Establish paternity'],
};

describe('the office form', () => {
  it('lists every problem of an empty form in form order, with the contract’s rules', () => {
    expect(OfficeValues.safeParse(emptyOffice).success).toBe(false);
    expect(problemsAt(emptyOffice)).toEqual([
      'office-name',
      'office-county',
      'office-address-line1',
      'office-city',
      'office-zip',
      'office-phone',
      'office-hours',
      'office-service-0',
    ]);
  });

  it('refuses coordinates outside Georgia or that are not numbers', () => {
    expect(problemsAt({ ...filled, latitude: '40.7', longitude: 'west' })).toEqual([
      'office-latitude',
      'office-longitude',
    ]);
  });

  it('gives the request as the API keeps it: county spelt as Georgia does, phone as 10 digits, no empty extras', () => {
    expect(OfficeValues.parse({ ...filled, latitude: '31.78' })).toEqual({
      name: 'Baxley Office',
      county: 'Appling',
      addressLine1: '12 Parker Street',
      addressLine2: null,
      city: 'Baxley',
      state: 'GA',
      zip: '31513',
      phone: '9125550142',
      hours: 'Mondays 9–3',
      services: ['Establish paternity'],
      latitude: 31.78,
      longitude: null,
    });
  });

  it('puts a server’s field error on its element, a service’s on the first box', () => {
    expect(officeIds['services.1']).toBe('office-service-0');
    expect(officeIds['zip']).toBe('office-zip');
    expect(officeIds['reason']).toBeUndefined();
    expect(formatPhone('9125550142')).toBe('(912) 555-0142');
  });
});
