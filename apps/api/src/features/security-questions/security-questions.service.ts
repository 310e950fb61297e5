import type { SecurityQuestion } from '@cos/contracts';
import type { Prisma } from '@cos/db';

/** The questions a customer may choose from, in the agency's order. */
export async function listSecurityQuestions(deps: {
  db: Prisma.TransactionClient;
}): Promise<SecurityQuestion[]> {
  return deps.db.securityQuestion.findMany({
    where: { active: true },
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
    select: { id: true, text: true },
  });
}
