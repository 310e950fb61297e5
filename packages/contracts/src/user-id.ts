import { z } from 'zod';

/** docs/product.md §3.2: 6–30 characters of letters, digits, `.`, `_`, `-`; compared case-insensitively. */
export const USER_ID_PATTERN = /^[A-Za-z0-9._-]{6,30}$/;

export const NewUserId = z
  .string()
  .trim()
  .min(6, 'Use at least 6 characters.')
  .max(30, 'Use at most 30 characters.')
  .regex(USER_ID_PATTERN, 'Use only letters, numbers, periods, underscores and hyphens.');

/** What a person types to sign in: lenient on purpose, so a wrong User ID is just "not found". */
export const UserIdInput = z.string().trim().min(1, 'Enter your User ID.').max(100, 'Enter your User ID.');

export function normaliseUserId(userId: string): string {
  return userId.trim().toLowerCase();
}
