import { APPOINTMENT_SCHEDULE, type AppointmentItem, type AppointmentOffice } from '@cos/contracts';
import { ErrorSummary, SelectField, TextareaField, errorText, type FieldError } from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client.ts';
import { serverFieldErrors } from '../../../lib/form-errors.ts';
import { formatAgencyDateTime } from '../../../lib/format/agency-time.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { bookAppointment } from '../api/book-appointment.ts';
import { SlotSelect } from './slot-select.tsx';

export const bookingFieldIds = {
  office: 'appointment-office',
  slot: 'appointment-slot',
  purpose: 'appointment-purpose',
  caseNumber: 'appointment-case',
} as const;

const fieldOf = (field: string) =>
  field === 'slotId'
    ? bookingFieldIds.slot
    : field === 'purpose' || field === 'caseNumber'
      ? bookingFieldIds[field]
      : undefined;

/** Choose an office (your case offices first), a free time, say why; one case optionally. */
export function BookingForm({
  offices,
  caseNumbers,
}: {
  offices: readonly AppointmentOffice[];
  caseNumbers: readonly string[];
}) {
  const { t, i18n } = useTranslation('appointments');
  const queryClient = useQueryClient();
  const mine = offices.filter((office) => office.onMyCase);
  const [officeId, setOfficeId] = useState(mine[0]?.id ?? '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const [booked, setBooked] = useState<AppointmentItem | null>(null);
  const confirmation = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (booked) confirmation.current?.focus();
  }, [booked]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const slotId = String(data.get('slotId') ?? '');
    const purpose = String(data.get('purpose') ?? '').trim();
    const caseNumber = String(data.get('caseNumber') ?? '');
    const problems: FieldError[] = [];
    if (!officeId)
      problems.push({ fieldId: bookingFieldIds.office, messageKey: 'appointments:errors.office' });
    if (!slotId) problems.push({ fieldId: bookingFieldIds.slot, messageKey: 'appointments:errors.slot' });
    if (purpose.length < 3)
      problems.push({ fieldId: bookingFieldIds.purpose, messageKey: 'appointments:errors.purpose' });
    setErrors(problems);
    setBooked(null);
    if (problems.length > 0) return;
    setBusy(true);
    try {
      const appointment = await bookAppointment({ slotId, purpose, ...(caseNumber ? { caseNumber } : {}) });
      form.reset();
      setBooked(appointment);
      // My Case shows the next appointment; the slot list no longer offers this time.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['appointments'] }),
        queryClient.invalidateQueries({ queryKey: ['cases'] }),
      ]);
    } catch (error) {
      if (isApiError(error, 'SLOT_TAKEN')) {
        setErrors([{ fieldId: bookingFieldIds.slot, messageKey: 'appointments:errors.slotTaken' }]);
        await queryClient.invalidateQueries({ queryKey: ['appointments', 'slots', officeId] });
      } else if (isApiError(error, 'OFFICE_CLOSED')) {
        // Closed by an administrator since the page loaded: the office list drops it.
        setErrors([{ fieldId: bookingFieldIds.office, messageKey: 'appointments:errors.officeClosed' }]);
        await queryClient.invalidateQueries({ queryKey: ['appointments', 'offices'] });
      } else if (isApiError(error, 'TOO_MANY_APPOINTMENTS'))
        setErrors([{ fieldId: bookingFieldIds.slot, messageKey: 'appointments:errors.tooMany' }]);
      else if (isApiError(error, 'CONFLICT'))
        setErrors([{ fieldId: bookingFieldIds.slot, messageKey: 'appointments:errors.overlap' }]);
      else if (isApiError(error, 'VALIDATION_FAILED'))
        setErrors(serverFieldErrors(error, fieldOf, bookingFieldIds.slot));
      else
        setErrors(
          requestFailure(error, bookingFieldIds.slot, (count) => t('auth:errors.rateLimited', { count })),
        );
    } finally {
      setBusy(false);
    }
  }

  const others = offices.filter((office) => !office.onMyCase);
  return (
    <section aria-labelledby="book-heading" className="margin-top-5">
      <h2 id="book-heading">{t('book.heading')}</h2>
      {booked && (
        <div
          ref={confirmation}
          tabIndex={-1}
          role="status"
          className="usa-alert usa-alert--success usa-alert--slim margin-bottom-2 cos-focus-target"
        >
          <div className="usa-alert__body">
            <p className="usa-alert__text">
              {t('book.done', {
                when: formatAgencyDateTime(booked.startsAt, i18n.resolvedLanguage ?? 'en'),
                office: booked.office.name,
              })}
            </p>
          </div>
        </div>
      )}
      <ErrorSummary errors={errors} />
      <form className="usa-form usa-form--large" noValidate onSubmit={(event) => void submit(event)}>
        <SelectField
          id={bookingFieldIds.office}
          name="officeId"
          label={t('book.office')}
          error={errorText(errors, bookingFieldIds.office, t)}
          value={officeId}
          onChange={(event) => setOfficeId(event.target.value)}
        >
          <option value="">{t('book.chooseOffice')}</option>
          {mine.length > 0 && (
            <optgroup label={t('book.myOffices')}>
              {mine.map((office) => (
                <option key={office.id} value={office.id}>{`${office.name} (${office.city})`}</option>
              ))}
            </optgroup>
          )}
          <optgroup label={t('book.allOffices')}>
            {others.map((office) => (
              <option key={office.id} value={office.id}>{`${office.name} (${office.city})`}</option>
            ))}
          </optgroup>
        </SelectField>
        <SlotSelect
          id={bookingFieldIds.slot}
          officeId={officeId}
          error={errorText(errors, bookingFieldIds.slot, t)}
        />
        <TextareaField
          id={bookingFieldIds.purpose}
          name="purpose"
          label={t('book.purpose')}
          hint={t('book.purposeHint')}
          error={errorText(errors, bookingFieldIds.purpose, t)}
          maxLength={APPOINTMENT_SCHEDULE.purposeMaxLength}
          rows={3}
          required
        />
        {caseNumbers.length > 0 && (
          <SelectField
            id={bookingFieldIds.caseNumber}
            name="caseNumber"
            label={t('book.case')}
            error={errorText(errors, bookingFieldIds.caseNumber, t)}
            defaultValue=""
          >
            <option value="">{t('book.noCase')}</option>
            {caseNumbers.map((caseNumber) => (
              <option key={caseNumber} value={caseNumber}>
                {caseNumber}
              </option>
            ))}
          </SelectField>
        )}
        <button className="usa-button" type="submit" disabled={busy}>
          {t('book.submit')}
        </button>
      </form>
    </section>
  );
}
