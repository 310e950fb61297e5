// Fast deterministic identifiers and randomness for millions of rows. Ids are UUIDv7-shaped with a
// fixed timestamp per table and the row number in the low bits: every run makes the same ids, and
// they arrive in ascending order, so primary-key indexes are appended to instead of split at random.

const BASE_MS = Date.UTC(2026, 0, 1);

export function idMaker(tableCode: number): (index: number) => string {
  const time = (BASE_MS + tableCode).toString(16).padStart(12, '0');
  const prefix = `${time.slice(0, 8)}-${time.slice(8)}-7000-8000-`;
  return (index) => prefix + index.toString(16).padStart(12, '0');
}

/** mulberry32: a tiny seeded PRNG; never used for anything secret. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new RangeError('pick() from an empty list');
  return item;
}

export const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** `user000001` …: predictable, so benchmarks can sign in as any generated account. */
export const userIdOf = (index: number): string => `user${pad(index + 1, 6)}`;

/** Valid under SSA rules (area 200–2xx, group 01–99, serial 0001–9999) and unique per index. */
export function ssnOf(index: number): string {
  const serial = (index % 9999) + 1;
  const group = (Math.floor(index / 9999) % 99) + 1;
  const area = 200 + Math.floor(index / (9999 * 99));
  return `${area}-${pad(group, 2)}-${pad(serial, 4)}`;
}

/** Synthetic case numbers start at 2000000001, clear of the demo data's 1000000001 …. */
export const caseNumberOf = (index: number): string => String(2_000_000_001 + index);
