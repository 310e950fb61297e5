// Georgia state holidays (the offices are closed), from the maintained `date-holidays` list: the
// public holidays of US-GA, their observed substitute days included (Christmas on a Saturday is
// observed on Friday the 24th). Computed once per year and kept.
import Holidays from 'date-holidays';

// Read as calendar days (the date strings), so computed in UTC: far cheaper than in a local zone.
const georgia = new Holidays({ country: 'US', state: 'GA' }, { types: ['public'], timezone: 'UTC' });
const byYear = new Map<number, Set<string>>();

/** Whether offices are closed for a state holiday on that calendar day (month 0–11). */
export function isStateHoliday(year: number, month: number, day: number): boolean {
  let days = byYear.get(year);
  if (!days) {
    days = new Set(georgia.getHolidays(year).map((holiday) => holiday.date.slice(0, 10)));
    byYear.set(year, days);
  }
  return days.has(`${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}
