// The Direct Deposit form's schema and wording (docs/decisions/0010-forms.md): the contract's own
// field rules, plus the current password the form always asks for (the step-up, docs/security.md).
// The schema's messages are English; each field's problem is a message key of this page instead.
import { BankAccountNumber, BankAccountType, PasskeyAssertion, RoutingNumber } from '@cos/contracts';
import { radioOptionId, type FieldMessage } from '@cos/ui';
import { z } from 'zod';

export const DirectDepositFormValues = z
  .object({
    routingNumber: RoutingNumber,
    accountNumber: BankAccountNumber,
    accountNumberConfirmation: z.string().trim().min(1),
    accountType: BankAccountType,
    currentPassword: z.string(),
    // "Use a passkey instead" (docs/security.md, step-up): then the password may stay blank.
    passkeyAssertion: PasskeyAssertion.optional(),
  })
  .refine((values) => values.passkeyAssertion !== undefined || values.currentPassword !== '', {
    path: ['currentPassword'],
    when: () => true,
  })
  .refine((values) => values.accountNumber === values.accountNumberConfirmation, {
    path: ['accountNumberConfirmation'],
    // Checked even when another field is wrong (a blank password), so one submit lists every problem.
    when: () => true,
  });
export type DirectDepositFormInput = z.input<typeof DirectDepositFormValues>;

export const ACCOUNT_TYPE_GROUP_ID = 'dd-account-type';

export const directDepositIds = {
  routingNumber: 'dd-routing-number',
  accountNumber: 'dd-account-number',
  accountNumberConfirmation: 'dd-account-number-confirmation',
  // A radio group's problem links to its first option.
  accountType: radioOptionId(ACCOUNT_TYPE_GROUP_ID, 'checking'),
  currentPassword: 'dd-current-password',
  passkey: 'dd-passkey',
} as const;

export const directDepositMessages: Readonly<Record<string, FieldMessage>> = {
  routingNumber: {
    required: 'directDeposit:errors.routingNumberRequired',
    custom: 'directDeposit:errors.routingNumberChecksum',
    default: 'directDeposit:errors.routingNumber',
  },
  accountNumber: {
    required: 'directDeposit:errors.accountNumberRequired',
    default: 'directDeposit:errors.accountNumber',
  },
  accountNumberConfirmation: {
    required: 'directDeposit:errors.accountNumberConfirmationRequired',
    default: 'directDeposit:errors.mismatch',
  },
  accountType: 'directDeposit:errors.accountType',
  currentPassword: 'auth:errors.currentPasswordRequired',
};
