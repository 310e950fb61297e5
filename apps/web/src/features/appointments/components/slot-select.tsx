import { SelectField, type FieldBinding } from '@cos/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { slotsQueryOptions } from '../api/get-appointments.ts';
import { groupSlotsByDay } from '../lib/slot-days.ts';

/** The form's `field('slotId')`, and the office whose times to offer. */
type SlotSelectProps = FieldBinding & { officeId: string };

/**
 * The office's free times as one select, grouped by day: compact, and operated the same way by
 * keyboard, touch and screen reader. Times are Georgia's.
 */
export function SlotSelect({ officeId, ...binding }: SlotSelectProps) {
  const { t, i18n } = useTranslation('appointments');
  const slots = useQuery({ ...slotsQueryOptions(officeId), enabled: officeId !== '' });
  const days = slots.data ? groupSlotsByDay(slots.data.items, i18n.resolvedLanguage ?? 'en') : [];
  const hint = slots.isPending
    ? t('book.slotsLoading')
    : slots.isError
      ? t('book.slotsFailed')
      : days.length === 0
        ? t('book.noSlots')
        : t('book.slotHint');

  return (
    <SelectField
      {...binding}
      label={t('book.slot')}
      hint={officeId === '' ? t('book.chooseOfficeFirst') : hint}
      key={officeId}
      aria-busy={slots.isFetching}
    >
      <option value="">{t('book.chooseSlot')}</option>
      {days.map((day) => (
        <optgroup key={day.day} label={day.label}>
          {day.slots.map((slot) => (
            <option key={slot.id} value={slot.id}>
              {`${day.label}, ${slot.label}`}
            </option>
          ))}
        </optgroup>
      ))}
    </SelectField>
  );
}
