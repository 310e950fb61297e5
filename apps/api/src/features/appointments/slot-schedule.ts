// Which slots an office offers, from its hours: the next working days (Monday–Friday in agency
// time, not a Georgia state holiday) at the schedule's start hours (APPOINTMENT_SCHEDULE in @cos/contracts). Pure: the clock's
// "now" comes in, instants go out.
import { APPOINTMENT_SCHEDULE } from '@cos/contracts';
import { AGENCY_TIME_ZONE } from '../../lib/agency-time.ts';
import { isStateHoliday } from '../../lib/state-holidays.ts';

const dayParts = new Intl.DateTimeFormat('en-US', {
  timeZone: AGENCY_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

function wallClock(instant: Date): {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
} {
  const parts = Object.fromEntries(
    dayParts.formatToParts(instant).map((part) => [part.type, Number(part.value)]),
  );
  return {
    year: parts['year'] ?? 0,
    month: (parts['month'] ?? 1) - 1,
    day: parts['day'] ?? 1,
    hour: parts['hour'] ?? 0,
    minute: parts['minute'] ?? 0,
  };
}

/** The instant when agency clocks show `hour`:00 on the given calendar day (EST or EDT as it falls). */
export function agencyInstant(year: number, month: number, day: number, hour: number): Date {
  // Start from the hour read as UTC, then correct by the zone's offset at that moment (twice, so
  // a day on which the offset changes still lands right).
  let guess = new Date(Date.UTC(year, month, day, hour));
  for (let pass = 0; pass < 2; pass += 1) {
    const shown = wallClock(guess);
    const shownAsUtc = Date.UTC(shown.year, shown.month, shown.day, shown.hour, shown.minute);
    guess = new Date(guess.getTime() - (shownAsUtc - Date.UTC(year, month, day, hour)));
  }
  return guess;
}

export interface PlannedSlot {
  startsAt: Date;
  endsAt: Date;
}

/** The slots of the next `workingDays` working days after today (agency time), earliest first. */
export function plannedSlots(
  now: Date,
  workingDays: number = APPOINTMENT_SCHEDULE.workingDaysAhead,
): PlannedSlot[] {
  const today = wallClock(now);
  const slots: PlannedSlot[] = [];
  let found = 0;
  for (let offset = 1; found < workingDays; offset += 1) {
    const day = new Date(Date.UTC(today.year, today.month, today.day + offset));
    if (day.getUTCDay() === 0 || day.getUTCDay() === 6) continue;
    if (isStateHoliday(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate())) continue;
    found += 1;
    for (const hour of APPOINTMENT_SCHEDULE.slotHours) {
      const startsAt = agencyInstant(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour);
      slots.push({
        startsAt,
        endsAt: new Date(startsAt.getTime() + APPOINTMENT_SCHEDULE.slotMinutes * 60_000),
      });
    }
  }
  return slots;
}
