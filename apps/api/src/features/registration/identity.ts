// The identity check of registration (SPEC.md §3.2): a person with this SSN (found by its keyed
// lookup hash), the same first and last name (ignoring case, accents and extra spaces), the same
// date of birth, and a participant of the case. The reason a check failed is for the audit trail
// only; the person asking always gets the same answer.
import type { Prisma } from '@cos/db';
import type { SsnCipher } from '@cos/security';

export type IdentityInput = { caseNumber: string; firstName: string; lastName: string; dateOfBirth: string };

export type IdentityCheck =
  | { ok: true; person: { id: string; firstName: string; accountId: string | null } }
  | {
      ok: false;
      reason:
        'invalid_ssn' | 'ssn_not_found' | 'name_mismatch' | 'date_of_birth_mismatch' | 'not_a_participant';
      personId?: string;
    };

export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export async function checkIdentity(
  db: Prisma.TransactionClient,
  ssnCipher: SsnCipher,
  input: IdentityInput,
  ssnDigits: string | null,
): Promise<IdentityCheck> {
  if (!ssnDigits) return { ok: false, reason: 'invalid_ssn' };
  const person = await db.person.findUnique({
    where: { ssnHash: ssnCipher.lookupHash(ssnDigits) },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      dateOfBirth: true,
      account: { select: { id: true } },
      participations: { where: { supportCase: { caseNumber: input.caseNumber } }, select: { id: true } },
    },
  });
  if (!person) return { ok: false, reason: 'ssn_not_found' };
  const personId = person.id;
  if (
    normaliseName(person.firstName) !== normaliseName(input.firstName) ||
    normaliseName(person.lastName) !== normaliseName(input.lastName)
  ) {
    return { ok: false, reason: 'name_mismatch', personId };
  }
  if (person.dateOfBirth.toISOString().slice(0, 10) !== input.dateOfBirth)
    return { ok: false, reason: 'date_of_birth_mismatch', personId };
  if (person.participations.length === 0) return { ok: false, reason: 'not_a_participant', personId };
  return {
    ok: true,
    person: { id: person.id, firstName: person.firstName, accountId: person.account?.id ?? null },
  };
}
