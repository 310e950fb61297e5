// Field schemas shared by several resources, each with the message a person reads when it fails.
import { z } from 'zod';

export const CaseNumber = z
  .string()
  .trim()
  .regex(/^\d{10}$/, 'Enter the 10-digit case number.');

/** A calendar date as typed on a form: YYYY-MM-DD, and a real date. */
export const IsoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date as YYYY-MM-DD.')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'Enter a real date.');

export const DateOfBirth = IsoDate.refine(
  (value) => value >= '1900-01-01' && value <= new Date().toISOString().slice(0, 10),
  'Enter your date of birth.',
);

/** 123-45-6789 or 123456789; whether it is a valid SSN is checked by the server (packages/security). */
export const SsnInput = z
  .string()
  .trim()
  .regex(/^\d{3}-?\d{2}-?\d{4}$/, 'Enter the 9-digit Social Security number.');

export const PersonName = z.string().trim().min(1, 'Enter a name.').max(60, 'Use at most 60 characters.');

/** A masked SSN, e.g. ***-**-1234. Responses carry this type, never a full SSN. */
export const MaskedSsn = z
  .string()
  .regex(/^\*{3}-\*{2}-\d{4}$/)
  .brand<'MaskedSsn'>();
export type MaskedSsn = z.infer<typeof MaskedSsn>;

/** Paged lists: `{ items, nextCursor }` (docs/product.md §8). */
export function paged<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
