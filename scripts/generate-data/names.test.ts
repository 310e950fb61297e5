// The names' shape at a million people, which the staff-search benchmark relies on: a common
// surname is about 1 % of people (not 1/26 of them), there are tens of thousands of distinct
// surnames, and a rare one finds a handful of people.
import { describe, expect, it } from 'vitest';
import { prng } from './ids.ts';
import { FIRST_NAMES, SURNAMES, drawName, type NamePool } from './names.ts';

const PEOPLE = 1_000_000;

function census(pool: NamePool, seed: number): Map<string, number> {
  const random = prng(seed);
  const counts = new Map<string, number>();
  for (let i = 0; i < PEOPLE; i += 1) {
    const name = drawName(pool, random);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

const share = (counts: Map<string, number>, name: string) => (counts.get(name) ?? 0) / PEOPLE;

describe('synthetic names', () => {
  it('gives surnames a real population’s shape: Smith ≈ 1 %, ≥ 55,000 distinct, rare names a handful each', () => {
    const counts = census(SURNAMES, 7);
    expect(SURNAMES.names[0]).toBe('Smith');
    expect(share(counts, 'Smith')).toBeGreaterThan(0.006);
    expect(share(counts, 'Smith')).toBeLessThan(0.012);
    const top1000 = SURNAMES.names.slice(0, 1000).reduce((sum, name) => sum + share(counts, name), 0);
    expect(top1000).toBeGreaterThan(0.3);
    expect(top1000).toBeLessThan(0.5);
    expect(counts.size).toBeGreaterThanOrEqual(55_000);
    // The rarest sixth of the pool: a search for one of them lists a few people, not thousands.
    const rare = SURNAMES.names
      .slice(50_000)
      .map((name) => counts.get(name) ?? 0)
      .sort((a, b) => a - b);
    expect(rare[Math.floor(rare.length / 2)]).toBeGreaterThanOrEqual(1);
    expect(rare[Math.floor(rare.length / 2)]).toBeLessThanOrEqual(6);
    expect(rare.at(-1)).toBeLessThanOrEqual(20);
  });

  it('gives first names the same shape, more concentrated', () => {
    const counts = census(FIRST_NAMES, 8);
    expect(share(counts, 'James')).toBeGreaterThan(0.01);
    expect(share(counts, 'James')).toBeLessThan(0.03);
    expect(counts.size).toBeGreaterThanOrEqual(4_900);
  });

  it('is deterministic and only makes names the search accepts', () => {
    const first = prng(101);
    const again = prng(101);
    const a = Array.from({ length: 50 }, () => drawName(SURNAMES, first));
    expect(Array.from({ length: 50 }, () => drawName(SURNAMES, again))).toEqual(a);
    expect(new Set(SURNAMES.names).size).toBe(SURNAMES.names.length);
    // search-query.ts: a name part starts with a letter and holds letters, apostrophes and hyphens.
    const namePart = /^\p{L}[\p{L}'’-]*$/u;
    expect([...SURNAMES.names, ...FIRST_NAMES.names].filter((name) => !namePart.test(name))).toEqual([]);
  });
});
