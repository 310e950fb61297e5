// The password rules of docs/product.md §5, shared by the API (which decides) and the apps (which explain
// while the person types). The figures come from the one security policy module.
import { SECURITY_POLICY_DEFAULTS } from './security-policy.ts';

export type PasswordProblem =
  | { code: 'too_short'; minLength: number }
  | { code: 'too_long'; maxLength: number }
  | { code: 'common' }
  | { code: 'contains_user_id' }
  | { code: 'contains_name' }
  | { code: 'contains_agency_word'; word: string };

export interface PasswordContext {
  userId?: string | undefined;
  names?: readonly string[];
}

export interface PasswordRules {
  minLength: number;
  maxLength: number;
  agencyWords: readonly string[];
  /** True when the password is on the common-password list. */
  isCommon: (password: string) => boolean;
}

/** Characters as a person counts them: an emoji is one, not two UTF-16 units. */
export function passwordLength(password: string): number {
  return [...password].length;
}

const squash = (value: string) => value.toLowerCase().replace(/[\s._-]+/g, '');

export function checkPassword(
  password: string,
  context: PasswordContext,
  rules: PasswordRules,
): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = passwordLength(password);
  if (length < rules.minLength) problems.push({ code: 'too_short', minLength: rules.minLength });
  if (length > rules.maxLength) problems.push({ code: 'too_long', maxLength: rules.maxLength });
  if (length > rules.maxLength) return problems; // nothing more to say about an over-long one

  const squashed = squash(password);
  if (rules.isCommon(password.toLowerCase()) || rules.isCommon(password.trim().toLowerCase()))
    problems.push({ code: 'common' });
  const userId = context.userId ? squash(context.userId) : '';
  if (userId.length >= 3 && squashed.includes(userId)) problems.push({ code: 'contains_user_id' });
  const names = (context.names ?? []).map(squash).filter((name) => name.length >= 3);
  if (names.some((name) => squashed.includes(name))) problems.push({ code: 'contains_name' });
  const word = rules.agencyWords.find((agencyWord) => squashed.includes(squash(agencyWord)));
  if (word) problems.push({ code: 'contains_agency_word', word });
  return problems;
}

export function describePasswordProblem(problem: PasswordProblem): string {
  switch (problem.code) {
    case 'too_short':
      return `Use at least ${problem.minLength} characters. A few unrelated words make a long password that is easy to remember.`;
    case 'too_long':
      return `Use at most ${problem.maxLength} characters.`;
    case 'common':
      return 'This password is on a list of passwords that are often used or leaked. Choose another.';
    case 'contains_user_id':
      return 'Do not use your User ID in your password.';
    case 'contains_name':
      return 'Do not use your name in your password.';
    case 'contains_agency_word':
      return `Do not use “${problem.word}” in your password.`;
  }
}

export const defaultPasswordLimits = SECURITY_POLICY_DEFAULTS.password;
