// The console's search forms (docs/product.md §6), each as a query an agent would type about a
// real person, and what finding that person means: the exact forms must list them, a name search
// must list people of that name, and a misspelled name is measured, not required, to find them.
import type { SamplePerson } from './staff-search-data.ts';

/** The fields of a result the checks read (the phone is masked: •••-•••-0151). */
export type FoundItem = { userId: string; firstName: string; lastName: string; phone: string | null };

export type SearchForm = {
  label: string;
  example: string;
  /** Exact forms and correctly spelled names: a query that misses its person is an error. */
  required: boolean;
  query: (person: SamplePerson, index: number) => string | null;
  /** Whether the first page answers the query well. */
  found: (person: SamplePerson, items: FoundItem[]) => boolean;
};

const same = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' }) === 0;
const listsPerson = (person: SamplePerson, items: FoundItem[]) =>
  items.some((item) => item.userId === person.userId);
const listsName = (person: SamplePerson, items: FoundItem[]) =>
  items.some((item) => same(item.lastName, person.lastName) && same(item.firstName, person.firstName));

const VOWELS = 'aeiou';
const CONSONANTS = 'bcdfghjklmnprstvwz';

/**
 * One letter changed, never the first (callers and agents rarely get that wrong), a vowel for a
 * vowel and a consonant for a consonant: "Smith" → "Smoth", "Garcia" → "Garcoa".
 */
export function misspell(name: string, seed: number): string {
  const letters = [...name];
  const positions = letters.flatMap((letter, i) => (i > 0 && /\p{L}/u.test(letter) ? [i] : []));
  const at = positions[seed % positions.length];
  const letter = at === undefined ? undefined : letters[at]?.toLowerCase();
  if (at === undefined || letter === undefined) return `${name}x`;
  const set = VOWELS.includes(letter) ? VOWELS : CONSONANTS;
  // A letter outside the set (y, q, x, an accent) is replaced by any letter of it: still a change.
  letters[at] = set[(set.indexOf(letter) + 1 + (seed % (set.length - 1))) % set.length] ?? 'x';
  return letters.join('');
}

/** The console's page size (apps/console/src/features/lookup/api/search-accounts.ts). */
export const PAGE_SIZE = 20;

const phone = (digits: string) => `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`;

export const SEARCH_FORMS: SearchForm[] = [
  {
    label: 'User ID',
    example: 'user000151',
    required: true,
    query: (person) => person.userId,
    found: listsPerson,
  },
  {
    label: 'Case number',
    example: '2000000151',
    required: true,
    query: (person) => person.caseNumber,
    found: listsPerson,
  },
  {
    label: 'Last name',
    example: 'Garcia',
    required: true,
    query: (person) => person.lastName,
    found: (person, items) => items.some((item) => same(item.lastName, person.lastName)),
  },
  {
    label: 'Last, first',
    example: 'Garcia, Maria',
    required: true,
    query: (person) => `${person.lastName}, ${person.firstName}`,
    found: listsName,
  },
  {
    label: 'Misspelled last, first',
    example: 'Garcoa, Maria',
    required: false,
    query: (person, index) => `${misspell(person.lastName, index)}, ${person.firstName}`,
    found: listsName,
  },
  {
    label: 'SSN last 4 + date of birth',
    example: '0151 1984-03-12',
    required: true,
    query: (person) => `${person.ssnLast4} ${person.dateOfBirth}`,
    found: listsPerson,
  },
  {
    label: 'Phone',
    example: '(404) 555-0151',
    required: true,
    query: (person) => (person.phone && /^\d{10}$/.test(person.phone) ? phone(person.phone) : null),
    // The generator shares each 555 number among ≈ 17 people per million: with more than a page
    // of them, a full page of that number is the right answer even without this person on it.
    found: (person, items) =>
      listsPerson(person, items) ||
      (items.length === PAGE_SIZE &&
        items.every((item) => item.phone?.slice(-4) === person.phone?.slice(-4))),
  },
];
