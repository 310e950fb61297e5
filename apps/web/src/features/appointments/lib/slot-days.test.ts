import { describe, expect, it } from 'vitest';
import { groupSlotsByDay } from './slot-days.ts';

const slot = (id: string, startsAt: string) => ({ id, startsAt, endsAt: startsAt });

describe('groupSlotsByDay', () => {
  it('groups by Georgia’s calendar day and shows Georgia’s time, in the reader’s language', () => {
    const slots = [
      slot('a', '2026-11-03T14:00:00.000Z'),
      slot('b', '2026-11-03T20:00:00.000Z'),
      slot('c', '2026-11-04T14:00:00.000Z'),
    ];
    expect(groupSlotsByDay(slots, 'en')).toEqual([
      {
        day: '2026-11-03',
        label: 'Tuesday, November 3',
        slots: [
          { id: 'a', startsAt: slots[0]?.startsAt, label: '9:00 AM' },
          { id: 'b', startsAt: slots[1]?.startsAt, label: '3:00 PM' },
        ],
      },
      {
        day: '2026-11-04',
        label: 'Wednesday, November 4',
        slots: [{ id: 'c', startsAt: slots[2]?.startsAt, label: '9:00 AM' }],
      },
    ]);
    expect(groupSlotsByDay(slots, 'es')[0]?.label).toBe('martes, 3 de noviembre');
  });

  it('puts a slot late in a Georgia evening on that day, not on the next UTC day', () => {
    expect(groupSlotsByDay([slot('late', '2026-11-04T01:30:00.000Z')], 'en')[0]?.day).toBe('2026-11-03');
  });
});
