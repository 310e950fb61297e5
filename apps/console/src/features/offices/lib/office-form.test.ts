import { describe, expect, it } from 'vitest';
import { checkOffice, emptyOffice, formatPhone, officeFieldId } from './office-form.ts';

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
    const { request, errors } = checkOffice(emptyOffice);
    expect(request).toBeNull();
    expect(errors.map((error) => error.fieldId)).toEqual([
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
    expect(
      checkOffice({ ...filled, latitude: '40.7', longitude: 'west' }).errors.map((error) => error.fieldId),
    ).toEqual(['office-latitude', 'office-longitude']);
  });

  it('gives the request as the API keeps it: county spelt as Georgia does, phone as 10 digits, no empty extras', () => {
    expect(checkOffice({ ...filled, latitude: '31.78' }).request).toEqual({
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
    expect(officeFieldId('services.1')).toBe('office-service-0');
    expect(officeFieldId('zip')).toBe('office-zip');
    expect(officeFieldId('reason')).toBeUndefined();
    expect(formatPhone('9125550142')).toBe('(912) 555-0142');
  });
});
