// Which questions a recovery attempt asks (docs/product.md §3.4). The choice is a pure function of a keyed
// hash of the identity typed (never a random draw), for real accounts and decoys alike: repeating
// the same identity always shows the same questions, so repetition cannot tell a real account (whose
// choice would otherwise change) from a decoy (which must stay the same to be plausible).
// A decoy first picks three "registered" questions from the active list, then asks some of them
// exactly as a real account's three are asked, so both come out of the same procedure.
import { createHash } from 'node:crypto';

/** The `count` candidates a deterministic shuffle keyed by `seed` puts first, in their given order. */
export function pickDeterministic<T>(seed: string, candidates: readonly T[], count: number): T[] {
  const order = candidates.map((_, index) => index);
  for (let index = order.length - 1; index > 0; index -= 1) {
    const draw = createHash('sha256').update(`${seed}:${index}`).digest().readUInt32BE(0);
    const other = draw % (index + 1);
    [order[index], order[other]] = [order[other] ?? 0, order[index] ?? 0];
  }
  const chosen = new Set(order.slice(0, count));
  return candidates.filter((_, index) => chosen.has(index));
}

/** The questions to ask of a real account: `count` of the person's own (in the agency's order). */
export function questionsForAccount<T>(seed: string, own: readonly T[], count: number): T[] {
  return pickDeterministic(`${seed}:asked`, own, count);
}

/** The questions to ask for an identity with no account: plausible, and the same every time. */
export function questionsForDecoy<T>(
  seed: string,
  active: readonly T[],
  registeredCount: number,
  count: number,
): T[] {
  return questionsForAccount(seed, pickDeterministic(`${seed}:registered`, active, registeredCount), count);
}
