import { CaseNumber } from '@cos/contracts';
import { z } from 'zod';
import {
  checkDateOfBirth,
  identityFieldIds as sharedFieldIds,
  identityFieldsDefaults,
  identityFieldsShape,
  identityMessages,
  withDateOfBirth,
} from '../../../lib/identity-fields.ts';

export const identityFieldIds = { caseNumber: 'case-number', ...sharedFieldIds } as const;

/**
 * Registration step 1 as the form holds it; the output is RegistrationVerifyRequest. The rules are
 * the contracts' schemas (what the server accepts); the words are this app's (`identityMessages`).
 */
export const IdentityValues = z
  .object({ caseNumber: CaseNumber, ...identityFieldsShape })
  .superRefine(checkDateOfBirth)
  .transform(withDateOfBirth);

export const identityDefaults = { caseNumber: '', ...identityFieldsDefaults };

export const identityMessagesByField = {
  caseNumber: 'registration:errors.caseNumber',
  ...identityMessages('registration'),
};
