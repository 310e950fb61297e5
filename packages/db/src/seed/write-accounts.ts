// Writes online accounts and what hangs off them: answers, direct deposit, notifications,
// appointments, and the staff users with their encrypted TOTP secrets.
import type { Prisma } from '../generated/prisma/client.ts';
import {
  DEMO_PARENT_TOTP_SECRET,
  DEMO_TOTP_SECRET,
  STAFF,
  type DemoHashes,
  type SeedAccount,
} from './accounts.ts';
import type { SeedAppointment, SeedSlot } from './appointments.ts';
import type { Ledger } from './ledger.ts';
import type { Random } from './random.ts';
import type { Ciphers } from './write-cases.ts';

type Tx = Prisma.TransactionClient;

// A made-up routing number that passes the ABA checksum (3-7-1 weights), so validation accepts it.
const DEMO_ROUTING_NUMBER = '061999998';
const DEMO_BANK_ACCOUNT = '4000123456789';

export async function writeAccounts(
  tx: Tx,
  random: Random,
  input: {
    accounts: SeedAccount[];
    hashes: DemoHashes;
    ciphers: Ciphers;
    demoParentLedger: Ledger;
    now: Date;
  },
): Promise<void> {
  const { accounts, hashes, ciphers, demoParentLedger, now } = input;
  await tx.customerAccount.createMany({
    data: accounts.map(({ person, totp, ...account }) => ({
      ...account,
      ...(totp
        ? {
            totpSecretCiphertext: new Uint8Array(ciphers.fieldCipher.encrypt(DEMO_PARENT_TOTP_SECRET)),
            totpEnrolledAt: account.createdAt,
          }
        : {}),
      personId: person.id,
      userIdNormalized: account.userId.trim().toLowerCase(),
      passwordHash: hashes.customerPassword,
      passwordChangedAt: account.createdAt,
      // The demo parents' addresses count as confirmed, so their email reaches the catcher or relay.
      emailConfirmedAt: account.email ? account.createdAt : null,
    })),
  });
  await tx.securityAnswer.createMany({
    data: accounts.flatMap((account) =>
      hashes.answers.map((answerHash, index) => ({
        id: random.uuid(),
        accountId: account.id,
        questionId: index + 1,
        answerHash,
        createdAt: account.createdAt,
      })),
    ),
  });

  const parent = accounts.find((a) => a.userId === 'demo.parent');
  if (!parent) throw new Error('demo.parent is missing from the plan');
  await tx.directDepositEnrolment.create({
    data: {
      accountId: parent.id,
      routingNumber: DEMO_ROUTING_NUMBER,
      accountNumberCiphertext: new Uint8Array(ciphers.fieldCipher.encrypt(DEMO_BANK_ACCOUNT)),
      accountNumberLast4: DEMO_BANK_ACCOUNT.slice(-4),
      accountType: 'checking',
      updatedAt: new Date(now.getTime() - 400 * 86_400_000),
    },
  });
  const recent = demoParentLedger.payments.filter((p) => p.status === 'disbursed' && p.disbursedAt).slice(-2);
  await tx.notification.createMany({
    data: recent.map((payment) => ({
      id: random.uuid(),
      accountId: parent.id,
      kind: 'payment_disbursed',
      subject: 'Payment sent to your bank account',
      body: `A child support payment of $${(payment.amountCents / 100).toFixed(2)} for case 1000000001 was sent to your account ending in ${DEMO_BANK_ACCOUNT.slice(-4)}.`,
      createdAt: payment.disbursedAt ?? now,
    })),
  });
}

export async function writeSchedule(
  tx: Tx,
  schedule: { slots: SeedSlot[]; appointments: SeedAppointment[] },
): Promise<void> {
  await tx.appointmentSlot.createMany({ data: schedule.slots });
  await tx.appointment.createMany({ data: schedule.appointments });
}

export async function writeStaff(
  tx: Tx,
  input: { hashes: DemoHashes; ciphers: Ciphers; officeId: string; now: Date; random: Random },
): Promise<void> {
  const { hashes, ciphers, officeId, now, random } = input;
  await tx.staffUser.createMany({
    data: STAFF.map((staff) => ({
      id: random.uuid(),
      ...staff,
      passwordHash: hashes.staffPassword,
      totpSecretCiphertext: new Uint8Array(ciphers.fieldCipher.encrypt(DEMO_TOTP_SECRET)),
      totpEnrolledAt: new Date(now.getTime() - 30 * 86_400_000),
      officeId,
    })),
  });
}
