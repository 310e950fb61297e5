import { describe, expect, it } from 'vitest';
import {
  ApplicationValues,
  applicationDefaults,
  applicationIds,
  applicationMessages,
  emptyChild,
  existingOrderGroupId,
  type ApplicationFormValues,
} from './application-form.ts';

function filled(): ApplicationFormValues {
  const values = applicationDefaults();
  values.applicant = {
    firstName: ' Taylor ',
    lastName: 'Brooks',
    dateOfBirth: '1990-03-21',
    address: { line1: '12 Peachtree Lane', line2: '', city: 'Macon', state: 'GA', zip: '31201' },
    phone: '478-555-0142',
    email: '',
  };
  values.children = [{ firstName: 'Avery', lastName: 'Brooks', dateOfBirth: '2018-06-01' }];
  values.existingOrder.hasOrder = 'no';
  return values;
}

/** What the summary would list: each box once, with its words. */
function problems(values: ApplicationFormValues) {
  const seen = new Set<string>();
  return (ApplicationValues.safeParse(values).error?.issues ?? []).flatMap((issue) => {
    const path = issue.path.join('.');
    const fieldId = applicationIds[path] ?? path;
    if (seen.has(fieldId)) return [];
    seen.add(fieldId);
    return [{ fieldId, messageKey: applicationMessages[path] }];
  });
}

describe('the application form', () => {
  it('turns the boxes into the request, leaving out an unknown other parent and empty optional boxes', () => {
    const request = ApplicationValues.parse(filled());
    expect(request.applicant.firstName).toBe('Taylor');
    expect(request.applicant.email).toBeUndefined();
    expect(request.otherParent).toBeUndefined();
    expect(request.existingOrder).toEqual({ hasOrder: false });
  });

  it('points each problem at its box, in wire-path ids, with a translatable message', () => {
    const values = filled();
    values.applicant.address.zip = '312';
    values.children.push({ ...emptyChild(), firstName: 'Quinn' });
    values.existingOrder.hasOrder = 'yes';
    values.otherParent.lastName = 'Brooks';
    expect(problems(values)).toEqual(
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
    const values = filled();
    values.existingOrder.hasOrder = '';
    expect(problems(values)).toEqual([
      { fieldId: `${existingOrderGroupId}-yes`, messageKey: 'apply:errors.hasOrder' },
    ]);
    expect(applicationIds['applicant.address.state']).toBe('applicant-address-state');
    expect(applicationIds['children']).toBe('children-0-firstName');
  });
});
