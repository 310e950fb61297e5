// The people of the demo data set: the three fixed persons of docs/product.md §7 and generated ones. A
// generated person lives in the county of their first case, which keeps addresses plausible.
import { OFFICE_CITIES } from './offices.ts';
import { EMPLOYERS, FIRST_NAMES, LAST_NAMES, MIDDLE_NAMES, STREETS } from './names.ts';
import type { Random } from './random.ts';

export type SeedPerson = {
  id: string;
  firstName: string;
  middleName: string | null;
  lastName: string;
  dateOfBirth: string; // YYYY-MM-DD
  ssn: string;
  email: string | null;
  phone: string | null;
  addressLine1: string | null;
  city: string | null;
  state: string | null;
  zip: string | null;
  employerName: string | null;
};

type FixedPerson = Pick<SeedPerson, 'firstName' | 'lastName' | 'dateOfBirth' | 'ssn' | 'email'> & {
  county: string;
};

// The only fixed SSNs (docs/product.md §7); tests and the README rely on them.
export const FIXED_PEOPLE = {
  casey: {
    firstName: 'Casey',
    lastName: 'Morgan',
    dateOfBirth: '1986-02-14',
    ssn: '123-45-6781',
    email: 'casey.morgan@example.com',
    county: 'Fulton',
  },
  riley: {
    firstName: 'Riley',
    lastName: 'Morgan',
    dateOfBirth: '1984-07-09',
    ssn: '123-45-6782',
    email: 'riley.morgan@example.com',
    county: 'Cobb',
  },
  jordan: {
    firstName: 'Jordan',
    lastName: 'Avery',
    dateOfBirth: '1988-04-12',
    ssn: '123-45-6780',
    email: null,
    county: 'Bibb',
  },
} as const satisfies Record<string, FixedPerson>;

function address(random: Random, county: string) {
  const place = OFFICE_CITIES.get(county);
  if (!place) throw new Error(`No office data for ${county} County`);
  const apartment = random.chance(0.3) ? ` Apt ${random.int(1, 40)}${random.pick(['A', 'B', 'C'])}` : '';
  return {
    addressLine1: `${random.int(100, 9899)} ${random.pick(STREETS)}${apartment}`,
    city: place.city,
    state: 'GA',
    zip: place.zip,
    // 555-0100…0199: the block reserved for fictional use.
    phone: `${place.area}5550${random.int(100, 199)}`,
  };
}

export function fixedPerson(random: Random, person: FixedPerson): SeedPerson {
  const { county, ...identity } = person;
  return { id: random.uuid(), middleName: null, employerName: null, ...identity, ...address(random, county) };
}

/**
 * Generated SSNs: area 123 like the fixed ones, group 46 onwards, serials counting up. They pass
 * the SSA validity rules yet read as the well-known "123-45-…" demo pattern.
 */
export function generatedSsn(index: number): string {
  const group = 46 + Math.floor(index / 9999);
  const serial = (index % 9999) + 1;
  return `123-${String(group).padStart(2, '0')}-${String(serial).padStart(4, '0')}`;
}

export function generatedPerson(random: Random, index: number, county: string): SeedPerson {
  const firstName = random.pick(FIRST_NAMES);
  const lastName = random.pick(LAST_NAMES);
  const year = random.int(1972, 1999);
  const dateOfBirth = `${year}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
  return {
    id: random.uuid(),
    firstName,
    middleName: random.chance(0.4) ? random.pick(MIDDLE_NAMES) : null,
    lastName,
    dateOfBirth,
    ssn: generatedSsn(index),
    email: random.chance(0.6) ? `${firstName}.${lastName}${index + 1}@example.com`.toLowerCase() : null,
    ...address(random, county),
    employerName: random.chance(0.7) ? random.pick(EMPLOYERS) : null,
  };
}
