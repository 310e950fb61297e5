// Office appointment slots for the next two working weeks, and a few booked appointments, so
// "next appointment" on My Case and the booking page have something to show.
import type { SeedAccount } from './accounts.ts';
import type { CasePlan } from './cases.ts';
import type { SeedOffice } from './offices.ts';
import type { Random } from './random.ts';

const SLOT_HOURS = [9, 10, 11, 13, 14, 15];
const WORKING_DAYS = 10;
const PURPOSES = [
  'Review of support order',
  'Payment questions',
  'Genetic testing',
  'Case information update',
];

export type SeedSlot = {
  id: string;
  officeId: string;
  startsAt: Date;
  endsAt: Date;
  bookedAppointmentId: string | null;
};
export type SeedAppointment = {
  id: string;
  slotId: string;
  accountId: string;
  caseId: string;
  purpose: string;
  createdAt: Date;
};

/** The instant when Georgia's clocks show `hour`:00 on the given day (EST or EDT as it falls). */
export function easternTime(year: number, month: number, day: number, hour: number): Date {
  const guess = new Date(Date.UTC(year, month, day, hour + 5));
  const shown = Number(
    new Intl.DateTimeFormat('en-US', {
      timeZone: 'America/New_York',
      hour: 'numeric',
      hourCycle: 'h23',
    }).format(guess),
  );
  return new Date(guess.getTime() - (shown - hour) * 3_600_000);
}

export function buildSchedule(
  random: Random,
  input: {
    offices: SeedOffice[];
    cases: CasePlan[];
    accounts: SeedAccount[];
    officeOf: (county: string) => SeedOffice;
    now: Date;
  },
): { slots: SeedSlot[]; appointments: SeedAppointment[] } {
  const { offices, cases, accounts, officeOf, now } = input;
  const days: Date[] = [];
  for (let offset = 1; days.length < WORKING_DAYS; offset += 1) {
    const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + offset));
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) days.push(day);
  }
  const slots: SeedSlot[] = offices.flatMap((office) =>
    days.flatMap((day) =>
      SLOT_HOURS.map((hour) => {
        const startsAt = easternTime(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour);
        return {
          id: random.uuid(),
          officeId: office.id,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 45 * 60_000),
          bookedAppointmentId: null,
        };
      }),
    ),
  );

  // Every active registered parent with an open case gets one upcoming appointment at the case's office.
  const appointments: SeedAppointment[] = [];
  for (const account of accounts.filter((a) => a.status === 'active')) {
    const supportCase = cases.find(
      (c) =>
        c.status === 'open' &&
        (c.custodial.id === account.person.id || c.nonCustodial.id === account.person.id),
    );
    if (!supportCase) continue;
    const officeId = officeOf(supportCase.county).id;
    const free = slots.filter((s) => s.officeId === officeId && s.bookedAppointmentId === null);
    const slot = free[Math.min(free.length - 1, random.int(8, 40))];
    if (!slot) continue;
    const id = random.uuid();
    slot.bookedAppointmentId = id;
    appointments.push({
      id,
      slotId: slot.id,
      accountId: account.id,
      caseId: supportCase.id,
      purpose: random.pick(PURPOSES),
      createdAt: new Date(now.getTime() - random.int(1, 14) * 86_400_000),
    });
  }
  return { slots, appointments };
}
