// The 30 demo cases and who is on them. Cases 1–3 carry the fixed records of docs/product.md §7; the rest
// are generated. Some parents appear on two cases (a payer with children by two partners, a
// custodial parent with two cases), as real caseloads do.
import { CHILD_NAMES } from './names.ts';
import { FIXED_PEOPLE, fixedPerson, generatedPerson, type SeedPerson } from './people.ts';
import type { Random } from './random.ts';

export const CASE_COUNT = 30;

export type PaymentProfile = 'steady' | 'partial' | 'irregular' | 'arrears';
export type Frequency = 'weekly' | 'biweekly' | 'semimonthly' | 'monthly';

export type CasePlan = {
  id: string;
  caseNumber: string;
  county: string;
  status: 'open' | 'closed' | 'suspended';
  custodial: SeedPerson;
  nonCustodial: SeedPerson;
  orderMonthlyCents: number;
  orderFrequency: Frequency;
  orderStartDate: string; // YYYY-MM-DD
  openedAt: string; // YYYY-MM-DD
  profile: PaymentProfile;
  disbursementMethod: 'direct_deposit' | 'debit_card' | 'check';
  children: { firstName: string; birthYear: number }[];
};

const GENERATED_COUNTIES = [
  'Fulton',
  'DeKalb',
  'Cobb',
  'Gwinnett',
  'Clayton',
  'Chatham',
  'Richmond',
  'Muscogee',
  'Bibb',
  'Clarke',
  'Dougherty',
  'Lowndes',
  'Hall',
  'Henry',
];
const CLOSED = new Set([11, 23]);
const SUSPENDED = new Set([19]);

export const caseNumber = (n: number): string => String(1_000_000_000 + n);

export function planCases(random: Random, now: Date): { people: SeedPerson[]; cases: CasePlan[] } {
  const casey = fixedPerson(random, FIXED_PEOPLE.casey);
  const riley = fixedPerson(random, FIXED_PEOPLE.riley);
  const jordan = fixedPerson(random, FIXED_PEOPLE.jordan);
  const people = [casey, riley, jordan];
  let generated = 0;
  const newPerson = (county: string): SeedPerson => {
    const person = generatedPerson(random, generated, county);
    generated += 1;
    people.push(person);
    return person;
  };

  const cases: CasePlan[] = [];
  for (let n = 1; n <= CASE_COUNT; n += 1) {
    const county = n === 1 ? 'Fulton' : n === 2 ? 'Cobb' : n === 3 ? 'Bibb' : random.pick(GENERATED_COUNTIES);
    const previous = cases.at(-1);
    // Every 4th generated case shares its payer with the case before; two share a custodial parent.
    const custodial =
      n === 1
        ? casey
        : n === 3
          ? jordan
          : (n === 15 || n === 27) && previous
            ? previous.custodial
            : newPerson(county);
    const nonCustodial = n <= 2 ? riley : n % 4 === 0 && previous ? previous.nonCustodial : newPerson(county);
    const profile: PaymentProfile =
      n === 1
        ? 'steady'
        : n === 2
          ? 'partial'
          : n === 3
            ? 'irregular'
            : random.pick([
                'steady',
                'steady',
                'steady',
                'steady',
                'partial',
                'partial',
                'irregular',
                'arrears',
              ]);
    const startYear = now.getUTCFullYear() - random.int(3, 9);
    const startMonth = random.int(1, 12);
    const orderStartDate = `${startYear}-${String(startMonth).padStart(2, '0')}-01`;
    const opened = new Date(Date.UTC(startYear, startMonth - 1 - random.int(2, 8), random.int(1, 28)));
    cases.push({
      id: random.uuid(),
      caseNumber: caseNumber(n),
      county,
      status: CLOSED.has(n) ? 'closed' : SUSPENDED.has(n) ? 'suspended' : 'open',
      custodial,
      nonCustodial,
      orderMonthlyCents: n === 1 ? 45_000 : n === 2 ? 32_500 : n === 3 ? 38_000 : random.int(30, 190) * 500,
      orderFrequency:
        profile === 'steady'
          ? random.pick(['biweekly', 'semimonthly'] as const)
          : random.pick(['monthly', 'monthly', 'weekly'] as const),
      orderStartDate,
      openedAt: opened.toISOString().slice(0, 10),
      profile,
      disbursementMethod:
        n === 1
          ? 'direct_deposit'
          : random.pick(['direct_deposit', 'direct_deposit', 'debit_card', 'debit_card', 'check'] as const),
      children: planChildren(random, startYear, now.getUTCFullYear()),
    });
  }
  return { people, cases };
}

function planChildren(random: Random, orderYear: number, thisYear: number) {
  const count = random.pick([1, 1, 2, 2, 3]);
  const names = new Set<string>();
  while (names.size < count) names.add(random.pick(CHILD_NAMES));
  // Born before the order and still under 18 today.
  const earliest = Math.max(orderYear - 6, thisYear - 17);
  return [...names].map((firstName) => ({
    firstName,
    birthYear: random.int(earliest, Math.max(earliest, orderYear)),
  }));
}
