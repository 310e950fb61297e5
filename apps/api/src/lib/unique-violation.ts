// True when a write failed on a unique constraint: Prisma's P2002, or PostgreSQL's 23505 when the
// driver adapter passes it through. Callers turn it into a clean 409 instead of a 500.
import { Prisma } from '@cos/db';

export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return true;
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    if ('code' in current && current.code === '23505') return true;
    current = 'cause' in current ? current.cause : undefined;
  }
  return false;
}
