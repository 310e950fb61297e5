// The schedule in agency time whatever the server's zone: 9:00 in Georgia is 14:00 UTC in winter
// and 13:00 UTC in summer, weekends have no slots, and the day after the clocks change is right.
import { describe, expect, it } from 'vitest';
import { agencyInstant, plannedSlots } from './slot-schedule.ts';

describe('agencyInstant', () => {
  it('follows Eastern standard and daylight time', () => {
    expect(agencyInstant(2026, 0, 15, 9).toISOString()).toBe('2026-01-15T14:00:00.000Z');
    expect(agencyInstant(2026, 6, 15, 9).toISOString()).toBe('2026-07-15T13:00:00.000Z');
    // 8 March 2026: clocks go forward at 2:00; 9:00 that morning is already EDT.
    expect(agencyInstant(2026, 2, 8, 9).toISOString()).toBe('2026-03-08T13:00:00.000Z');
  });
});

describe('plannedSlots', () => {
  it('plans six slots on each of the next ten working days, none at a weekend or on a state holiday', () => {
    const friday = new Date('2026-10-30T20:00:00Z'); // Friday 4 p.m. in Georgia
    const slots = plannedSlots(friday);
    expect(slots).toHaveLength(60);
    expect(slots[0]?.startsAt.toISOString()).toBe('2026-11-02T14:00:00.000Z'); // Monday, after the clocks went back
    // Veterans Day (Wednesday 11 November) is a Georgia state holiday: the tenth day is Monday the 16th.
    expect(slots.some((slot) => slot.startsAt.toISOString().startsWith('2026-11-11'))).toBe(false);
    expect(slots.at(-1)?.startsAt.toISOString()).toBe('2026-11-16T20:00:00.000Z');
    expect(slots.some((slot) => [0, 6].includes(slot.startsAt.getUTCDay()))).toBe(false);
    expect(slots.every((slot) => slot.endsAt.getTime() - slot.startsAt.getTime() === 45 * 60_000)).toBe(true);
  });

  it('starts from the agency’s tomorrow, not UTC’s: late evening in Georgia is already the next UTC day', () => {
    const lateMonday = new Date('2026-11-03T03:30:00Z'); // Monday 10:30 p.m. in Georgia
    expect(plannedSlots(lateMonday)[0]?.startsAt.toISOString()).toBe('2026-11-03T14:00:00.000Z');
  });
});
