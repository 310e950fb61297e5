import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommonPasswords } from './common-passwords.ts';
import { checkPassword, describePasswordProblem, type PasswordRules } from './password-policy.ts';
import { SECURITY_POLICY_DEFAULTS } from './security-policy.ts';

let rules: PasswordRules;
beforeAll(async () => {
  const common = await loadCommonPasswords();
  rules = {
    ...SECURITY_POLICY_DEFAULTS.password,
    agencyWords: SECURITY_POLICY_DEFAULTS.agencyWords,
    isCommon: (p) => common.has(p),
  };
});

const codes = (password: string, context = {}) => checkPassword(password, context, rules).map((p) => p.code);

describe('password policy (docs/product.md §5)', () => {
  it('ships a common-password list of at least 10,000 entries', async () => {
    expect((await loadCommonPasswords()).size).toBeGreaterThanOrEqual(10_000);
  });

  it('needs 15 to 128 characters, and no composition rules', () => {
    expect(codes('a'.repeat(14))).toEqual(['too_short']);
    expect(codes('sunny meadow la')).toEqual([]);
    expect(codes('x'.repeat(128))).toEqual([]);
    expect(codes('x'.repeat(129))).toEqual(['too_long']);
  });

  it('counts an emoji as one character', () => {
    expect(codes('🐢'.repeat(14))).toEqual(['too_short']);
    expect(codes('🐢'.repeat(15))).toEqual([]);
    expect(codes('🐢'.repeat(129))).toEqual(['too_long']);
  });

  it('refuses a password from the common list, whatever its case', () => {
    expect(codes('passwordpassword')).toEqual(['common']);
    expect(codes('PasswordPassword')).toEqual(['common']);
  });

  it('refuses the User ID, the person’s name and agency words inside the password', () => {
    expect(codes('my casey.m2026 is long', { userId: 'Casey.M2026' })).toEqual(['contains_user_id']);
    expect(codes('my friend morgan likes tea', { names: ['Casey', 'Morgan'] })).toEqual(['contains_name']);
    expect(codes('i love child support here')).toEqual(['contains_agency_word']);
    expect(codes('dcss is the best agency')).toEqual(['contains_agency_word']);
  });

  it('explains every problem in plain words', () => {
    for (const problem of checkPassword('dcss', { userId: 'dcss.user' }, rules)) {
      expect(describePasswordProblem(problem)).toMatch(/\w{3,}/);
    }
  });
});
