// Which case a payment is for, resolved through the parent's own participations: a case they are
// not on is a 404 like a missing one (docs/product.md §3.5); a case they receive support on is a 403.
import type { PrismaClient } from '@cos/db';
import { notFound } from '../../lib/errors.ts';
import { notPayer } from './payment-errors.ts';

export async function payableCase(
  db: PrismaClient,
  accountId: string,
  caseNumber: string,
): Promise<{ caseId: string; caseNumber: string }> {
  const participation = await db.caseParticipant.findFirst({
    where: { supportCase: { caseNumber }, person: { account: { id: accountId } } },
    select: { role: true, caseId: true },
  });
  if (!participation) throw notFound('We could not find that case on your account.');
  if (participation.role !== 'non_custodial') throw notPayer();
  return { caseId: participation.caseId, caseNumber };
}
