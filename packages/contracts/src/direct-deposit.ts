// Direct Deposit (docs/product.md §4, §8): the masked current enrolment and the update form. The account
// number is never sent back; the answer names its last 4 digits.
import { z } from 'zod';
import { StepUp } from './factors.ts';

/** ABA routing number checksum: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) is a multiple of 10. */
export function isValidRoutingNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const d = [...value].map(Number);
  const sum = (i: number) => (d[i] ?? 0) + (d[i + 3] ?? 0) + (d[i + 6] ?? 0);
  const total = 3 * sum(0) + 7 * sum(1) + sum(2);
  return total % 10 === 0 && value !== '000000000';
}

export const BankAccountType = z.enum(['checking', 'savings'], { message: 'Choose checking or savings.' });
export type BankAccountType = z.infer<typeof BankAccountType>;

export const RoutingNumber = z
  .string()
  .trim()
  .regex(/^\d{9}$/, 'Enter the 9-digit routing number.')
  .refine(
    isValidRoutingNumber,
    'This routing number is not valid. Check it on your check or with your bank.',
  );

export const BankAccountNumber = z
  .string()
  .trim()
  .regex(/^\d{4,17}$/, 'Enter the account number: 4 to 17 digits.');

export const UpdateDirectDepositRequest = z
  .object({
    routingNumber: RoutingNumber,
    accountNumber: BankAccountNumber,
    accountNumberConfirmation: z.string().trim().min(1, 'Enter the account number again.'),
    accountType: BankAccountType,
    // Step-up (docs/security.md): the current password, or a fresh passkey assertion in its place.
    currentPassword: StepUp.shape.currentPassword,
    passkeyAssertion: StepUp.shape.passkeyAssertion,
  })
  .refine((input) => input.accountNumber === input.accountNumberConfirmation, {
    message: 'The account numbers do not match.',
    path: ['accountNumberConfirmation'],
  });
export type UpdateDirectDepositRequest = z.infer<typeof UpdateDirectDepositRequest>;

export const MaskedEnrolment = z.object({
  routingNumberLast4: z.string().regex(/^\d{4}$/),
  accountNumberLast4: z.string().regex(/^\d{4}$/),
  accountType: BankAccountType,
  updatedAt: z.iso.datetime(),
});
export type MaskedEnrolment = z.infer<typeof MaskedEnrolment>;

/**
 * A change waiting out the cooling-off period (docs/security.md, "Direct Deposit cooling-off"): it
 * replaces the enrolment at `effectiveAt` unless the parent cancels it first. Masked like the enrolment.
 */
export const PendingDirectDepositChange = z
  .object({
    routingNumberLast4: z.string().regex(/^\d{4}$/),
    accountNumberLast4: z.string().regex(/^\d{4}$/),
    accountType: BankAccountType,
    requestedAt: z.iso.datetime(),
    effectiveAt: z.iso.datetime(),
  })
  .meta({ id: 'PendingDirectDepositChange' });
export type PendingDirectDepositChange = z.infer<typeof PendingDirectDepositChange>;

export const DirectDepositView = z
  .object({ enrolment: MaskedEnrolment.nullable(), pendingChange: PendingDirectDepositChange.nullable() })
  .meta({ id: 'DirectDepositView' });
export type DirectDepositView = z.infer<typeof DirectDepositView>;
