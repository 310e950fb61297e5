import { describe, expect, it } from 'vitest';
import { pickDeterministic, questionsForAccount, questionsForDecoy } from './question-choice.ts';

const active = [1, 2, 3, 4, 5, 6, 7, 8];

describe('question choice', () => {
  it('is a pure function of the seed', () => {
    expect(questionsForDecoy('seed-a', active, 3, 2)).toEqual(questionsForDecoy('seed-a', active, 3, 2));
    expect(questionsForAccount('seed-a', [1, 2, 3], 2)).toEqual(questionsForAccount('seed-a', [1, 2, 3], 2));
  });

  it('keeps the given order and picks distinct candidates', () => {
    for (let i = 0; i < 50; i += 1) {
      const picked = pickDeterministic(`seed-${i}`, active, 3);
      expect(picked).toHaveLength(3);
      expect([...picked].sort((a, b) => a - b)).toEqual(picked);
    }
  });

  it('spreads over every pair of a person’s three questions, as over the decoys’', () => {
    const pairs = new Set<string>();
    const decoyQuestions = new Set<number>();
    for (let i = 0; i < 200; i += 1) {
      pairs.add(questionsForAccount(`seed-${i}`, [1, 2, 3], 2).join());
      for (const id of questionsForDecoy(`seed-${i}`, active, 3, 2)) decoyQuestions.add(id);
    }
    expect([...pairs].sort()).toEqual(['1,2', '1,3', '2,3']);
    expect([...decoyQuestions].sort()).toEqual(active);
  });

  it('asks all three when the policy says so', () => {
    expect(questionsForAccount('seed', [4, 6, 7], 3)).toEqual([4, 6, 7]);
  });
});
