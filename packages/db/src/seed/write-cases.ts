// Writes people (SSNs encrypted, hashed for lookup, last 4 kept), cases and everything on them.
import type { FieldCipher, SsnCipher } from '@cos/security';
import type { Prisma } from '../generated/prisma/client.ts';
import { buildActivities, licenseStatus } from './activities.ts';
import type { CasePlan } from './cases.ts';
import type { Ledger } from './ledger.ts';
import type { SeedOffice } from './offices.ts';
import type { SeedPerson } from './people.ts';
import type { Random } from './random.ts';

type Tx = Prisma.TransactionClient;
export type Ciphers = { ssnCipher: SsnCipher; fieldCipher: FieldCipher };

const bytes = (buffer: Buffer): Uint8Array<ArrayBuffer> => new Uint8Array(buffer);

export async function writePeople(tx: Tx, people: SeedPerson[], { ssnCipher }: Ciphers): Promise<void> {
  await tx.person.createMany({
    data: people.map(({ ssn, dateOfBirth, ...person }) => ({
      ...person,
      dateOfBirth: new Date(`${dateOfBirth}T00:00:00Z`),
      ssnCiphertext: bytes(ssnCipher.encrypt(ssn)),
      ssnHash: ssnCipher.lookupHash(ssn),
      ssnLast4: ssnCipher.last4(ssn),
    })),
  });
}

export async function writeCases(
  tx: Tx,
  random: Random,
  input: {
    cases: CasePlan[];
    ledgers: Map<string, Ledger>;
    officeOf: (county: string) => SeedOffice;
    now: Date;
  },
): Promise<void> {
  const { cases, ledgers, officeOf, now } = input;
  const ledgerOf = (plan: CasePlan): Ledger => {
    const ledger = ledgers.get(plan.id);
    if (!ledger) throw new Error(`No ledger for case ${plan.caseNumber}`);
    return ledger;
  };
  await tx.supportCase.createMany({
    data: cases.map((plan) => ({
      id: plan.id,
      caseNumber: plan.caseNumber,
      status: plan.status,
      county: plan.county,
      officeId: officeOf(plan.county).id,
      orderMonthlyCents: plan.orderMonthlyCents,
      orderFrequency: plan.orderFrequency,
      orderStartDate: new Date(`${plan.orderStartDate}T00:00:00Z`),
      openedAt: new Date(`${plan.openedAt}T00:00:00Z`),
      ...ledgerOf(plan).balances,
      driversLicenseStatus: licenseStatus(plan, ledgerOf(plan)),
    })),
  });
  await tx.caseParticipant.createMany({
    data: cases.flatMap((plan) => [
      { id: random.uuid(), caseId: plan.id, personId: plan.custodial.id, role: 'custodial' as const },
      { id: random.uuid(), caseId: plan.id, personId: plan.nonCustodial.id, role: 'non_custodial' as const },
    ]),
  });
  await tx.caseChild.createMany({
    data: cases.flatMap((plan) =>
      plan.children.map((child) => ({ id: random.uuid(), caseId: plan.id, ...child })),
    ),
  });
  await tx.caseActivity.createMany({
    data: cases.flatMap((plan) =>
      buildActivities(random, plan, ledgerOf(plan), now).map((activity) => ({
        id: random.uuid(),
        caseId: plan.id,
        ...activity,
      })),
    ),
  });
  await tx.charge.createMany({
    data: cases.flatMap((plan) =>
      ledgerOf(plan).charges.map((charge) => ({ id: random.uuid(), caseId: plan.id, ...charge })),
    ),
  });
  await tx.payment.createMany({
    data: cases.flatMap((plan) =>
      ledgerOf(plan).payments.map((payment) => ({
        id: random.uuid(),
        caseId: plan.id,
        createdAt: payment.receivedAt,
        ...payment,
      })),
    ),
  });
}
