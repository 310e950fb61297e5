// Writes the reference content (questions, switches, notices, app policy, offices).
import type { Prisma } from '../generated/prisma/client.ts';
import { APP_VERSION_POLICY, FEATURE_SWITCHES, NOTICES, SECURITY_QUESTIONS } from './content.ts';
import type { SeedOffice } from './offices.ts';

type Tx = Prisma.TransactionClient;

export async function writeReference(tx: Tx, offices: SeedOffice[], now: Date): Promise<void> {
  // Explicit ids keep "questions 1–3" stable for the fixed accounts; the sequence is then moved past
  // them so questions added later through the console get fresh ids.
  await tx.securityQuestion.createMany({
    data: SECURITY_QUESTIONS.map((text, index) => ({ id: index + 1, text, sortOrder: (index + 1) * 10 })),
  });
  await tx.$executeRaw`SELECT setval(pg_get_serial_sequence('security_questions', 'id'), (SELECT max(id) FROM security_questions))`;

  await tx.featureSwitch.createMany({ data: FEATURE_SWITCHES.map((s) => ({ ...s, updatedBy: 'seed' })) });
  await tx.appVersionPolicy.create({ data: { ...APP_VERSION_POLICY } });
  await tx.notice.createMany({
    // Standing content, not news: marked announced, so no parent is emailed the seeded notices.
    data: NOTICES.map((notice, index) => ({
      ...notice,
      featureKey: notice.featureKey ?? null,
      sortOrder: (index + 1) * 10,
      announcedAt: notice.audience === 'staff' ? null : now,
      emailsWrittenAt: notice.audience === 'staff' ? null : now,
    })),
  });
  await tx.office.createMany({ data: offices });
}
