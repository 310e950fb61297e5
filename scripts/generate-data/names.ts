// Names for the synthetic people, distributed like a real population's. In the US Smith is about
// 0.8 % of people, the 1,000 commonest surnames about 40 %, and a long tail of rare names makes up
// the rest; the staff search (docs/decisions/0002-staff-name-search.md) behaves quite differently
// on that than on a handful of names shared by tens of thousands each. So name rank r is drawn
// with weight 1 / (r + offset)^exponent (Zipf–Mandelbrot) over a pool of the real common names
// (name-lists.ts, most common first) followed by synthesized ones (syllable combinations, in a
// seeded shuffled order) for the tail. Deterministic: the pools are fixed, the draws take the
// generator's prng.
import { prng } from './ids.ts';
import {
  COMMON_FIRST_NAMES,
  COMMON_SURNAMES,
  FIRST_NAME_SYLLABLES,
  SURNAME_SYLLABLES,
} from './name-lists.ts';

export type NamePool = {
  /** Most likely first. */
  names: readonly string[];
  /** cumulative[i]: the probability of drawing one of names[0 … i]; the last is 1. */
  cumulative: Float64Array;
};

type Shape = { size: number; exponent: number; offset: number };
type Syllables = { starts: readonly string[]; middles: readonly string[]; ends: readonly string[] };

/** Surnames: the top ≈ 0.84 %, the top 1,000 ≈ 39 %; the rarest ≈ 3 people per million. */
export const SURNAME_SHAPE: Shape = { size: 60_000, exponent: 0.85, offset: 5 };
/** First names: the top ≈ 2 %, the top 100 ≈ 46 %; the rarest ≈ 23 people per million. */
export const FIRST_NAME_SHAPE: Shape = { size: 5_000, exponent: 1.1, offset: 10 };

/** Every start · middle · end combination not already a real name, shuffled with a fixed seed. */
function synthesized(syllables: Syllables, real: ReadonlySet<string>, seed: number): string[] {
  const names = new Set<string>();
  for (const start of syllables.starts)
    for (const middle of syllables.middles)
      for (const end of syllables.ends) {
        const name = start + middle + end;
        if (!real.has(name)) names.add(name);
      }
  const list = [...names];
  const random = prng(seed);
  for (let i = list.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const [a, b] = [list[i], list[j]];
    if (a !== undefined && b !== undefined) [list[i], list[j]] = [b, a];
  }
  return list;
}

export function zipfPool(names: readonly string[], shape: Omit<Shape, 'size'>): NamePool {
  const cumulative = new Float64Array(names.length);
  let total = 0;
  for (let rank = 1; rank <= names.length; rank += 1) {
    total += 1 / (rank + shape.offset) ** shape.exponent;
    cumulative[rank - 1] = total;
  }
  for (let i = 0; i < cumulative.length; i += 1) cumulative[i] = (cumulative[i] ?? 0) / total;
  return { names, cumulative };
}

function buildPool(real: readonly string[], syllables: Syllables, shape: Shape, seed: number): NamePool {
  const tail = synthesized(syllables, new Set(real), seed);
  const names = [...new Set(real), ...tail].slice(0, shape.size);
  if (names.length < shape.size) throw new Error(`only ${names.length} names for a pool of ${shape.size}`);
  return zipfPool(names, shape);
}

/** One name, by binary search for the first cumulative probability above a uniform draw. */
export function drawName(pool: NamePool, random: () => number): string {
  const x = random();
  let low = 0;
  let high = pool.cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((pool.cumulative[middle] ?? 1) > x) high = middle;
    else low = middle + 1;
  }
  const name = pool.names[low];
  if (name === undefined) throw new RangeError('drawName() from an empty pool');
  return name;
}

export const SURNAMES = buildPool(COMMON_SURNAMES, SURNAME_SYLLABLES, SURNAME_SHAPE, 201);
export const FIRST_NAMES = buildPool(COMMON_FIRST_NAMES, FIRST_NAME_SYLLABLES, FIRST_NAME_SHAPE, 202);
