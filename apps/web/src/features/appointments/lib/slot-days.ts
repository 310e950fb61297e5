// Free slots grouped by the agency's calendar day, labelled in the reader's language: the times
// are Georgia's whatever the device's zone, since the parent walks into a Georgia office.
import type { AppointmentSlot } from '@cos/contracts';
import { agencyTimeZone } from '../../../lib/format/agency-time.ts';

export type SlotDay = {
  day: string;
  label: string;
  slots: { id: string; startsAt: string; label: string }[];
};

export function groupSlotsByDay(slots: readonly AppointmentSlot[], language: string): SlotDay[] {
  const dayKey = new Intl.DateTimeFormat('en-CA', {
    timeZone: agencyTimeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const dayLabel = new Intl.DateTimeFormat(language, {
    timeZone: agencyTimeZone,
    weekday: 'long',
    month: 'long',
    day: 'numeric',
  });
  const timeLabel = new Intl.DateTimeFormat(language, {
    timeZone: agencyTimeZone,
    hour: 'numeric',
    minute: '2-digit',
  });
  const days = new Map<string, SlotDay>();
  for (const slot of slots) {
    const start = new Date(slot.startsAt);
    const day = dayKey.format(start);
    const group = days.get(day) ?? { day, label: dayLabel.format(start), slots: [] };
    group.slots.push({ id: slot.id, startsAt: slot.startsAt, label: timeLabel.format(start) });
    days.set(day, group);
  }
  return [...days.values()];
}
