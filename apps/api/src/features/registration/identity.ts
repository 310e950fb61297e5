// The identity check of registration (docs/product.md §3.2): a person with this SSN (found by its keyed
// lookup hash), the same first and last name (ignoring case, accents and extra spaces), the same
// date of birth, and a participant of the case. The reason a check failed is for the audit trail
// only; the person asking always gets the same answer.
import type { Prisma } from '@cos/db';
import type { SsnCipher } from '@cos/security';
import { z } from 'zod';

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

const PersonRow = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: z.coerce.date(),
  accountId: z.string().nullable(),
  participant: z.boolean(),
});

export async function checkIdentity(
  db: Prisma.TransactionClient,
  ssnCipher: SsnCipher,
  input: IdentityInput,
  ssnDigits: string | null,
): Promise<IdentityCheck> {
  if (!ssnDigits) return { ok: false, reason: 'invalid_ssn' };
  // One joined statement whatever it finds (as recovery-lookups.ts): nested selects would cost a
  // person on file more queries than an unknown SSN, and the time would tell the two apart.
  const rows = z.array(PersonRow).parse(
    await db.$queryRaw`
      SELECT p.id::text AS "id", p.first_name AS "firstName", p.last_name AS "lastName",
             p.date_of_birth AS "dateOfBirth", a.id::text AS "accountId",
             EXISTS (SELECT 1 FROM case_participants cp JOIN cases c ON c.id = cp.case_id
                      WHERE cp.person_id = p.id AND c.case_number = ${input.caseNumber}) AS "participant"
        FROM people p
        LEFT JOIN customer_accounts a ON a.person_id = p.id
       WHERE p.ssn_hash = ${ssnCipher.lookupHash(ssnDigits)}`,
  );
  const person = rows[0];
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
  if (!person.participant) return { ok: false, reason: 'not_a_participant', personId };
  return { ok: true, person: { id: person.id, firstName: person.firstName, accountId: person.accountId } };
}
