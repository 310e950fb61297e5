import { APPOINTMENT_SCHEDULE, BookAppointmentRequest, type AppointmentOffice } from '@cos/contracts';
import { ErrorSummary, SelectField, TextareaField, useApiForm, type FieldError } from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { isApiError } from '../../../lib/api-client.ts';
import { serverFieldErrors } from '../../../lib/form-errors.ts';
import { formatAgencyDateTime } from '../../../lib/format/agency-time.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { bookAppointment } from '../api/book-appointment.ts';
import { SlotSelect } from './slot-select.tsx';

export const bookingFieldIds = {
  officeId: 'appointment-office',
  slotId: 'appointment-slot',
  purpose: 'appointment-purpose',
  caseNumber: 'appointment-case',
} as const;

/** BookAppointmentRequest, with the office the times are chosen from (the form's, not the wire's). */
const BookingValues = BookAppointmentRequest.extend({
  officeId: z.string().min(1),
  caseNumber: z.string(),
}).transform(({ officeId: _officeId, caseNumber, ...request }) => ({
  ...request,
  ...(caseNumber ? { caseNumber } : {}),
}));

const bookingMessages = {
  officeId: 'appointments:errors.office',
  slotId: 'appointments:errors.slot',
  purpose: 'appointments:errors.purpose',
};

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
  const confirmation = useRef<HTMLDivElement>(null);
  const { form, mutation, errors, busy, onSubmit, field } = useApiForm({
    schema: BookingValues,
    defaultValues: { officeId: mine[0]?.id ?? '', slotId: '', purpose: '', caseNumber: '' },
    ids: bookingFieldIds,
    messages: bookingMessages,
    submit: bookAppointment,
    onSuccess: async () => {
      // The office stays chosen, for a second appointment there.
      form.reset({ officeId: form.getValues('officeId'), slotId: '', purpose: '', caseNumber: '' });
      // My Case shows the next appointment; the slot list no longer offers this time.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['appointments'] }),
        queryClient.invalidateQueries({ queryKey: ['cases'] }),
      ]);
    },
    failure: (error, fieldId): FieldError[] => {
      const slot = bookingFieldIds.slotId;
      if (isApiError(error, 'SLOT_TAKEN')) {
        void queryClient.invalidateQueries({
          queryKey: ['appointments', 'slots', form.getValues('officeId')],
        });
        return [{ fieldId: slot, messageKey: 'appointments:errors.slotTaken' }];
      }
      if (isApiError(error, 'OFFICE_CLOSED')) {
        // Closed by an administrator since the page loaded: the office list drops it.
        void queryClient.invalidateQueries({ queryKey: ['appointments', 'offices'] });
        return [{ fieldId: bookingFieldIds.officeId, messageKey: 'appointments:errors.officeClosed' }];
      }
      if (isApiError(error, 'TOO_MANY_APPOINTMENTS'))
        return [{ fieldId: slot, messageKey: 'appointments:errors.tooMany' }];
      if (isApiError(error, 'CONFLICT'))
        return [{ fieldId: slot, messageKey: 'appointments:errors.overlap' }];
      if (isApiError(error, 'VALIDATION_FAILED')) return serverFieldErrors(error, fieldId, slot);
      return requestFailure(error, slot, (count) => t('auth:errors.rateLimited', { count }));
    },
  });
  const booked = mutation.data;
  const officeId = form.watch('officeId');
  const office = field('officeId');

  useEffect(() => {
    if (booked) confirmation.current?.focus();
  }, [booked]);

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
      <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit}>
        <SelectField
          {...office}
          label={t('book.office')}
          onChange={(event) => {
            // Another office's times: the one chosen before is not among them.
            form.setValue('slotId', '');
            return office.onChange(event);
          }}
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
        <SlotSelect {...field('slotId')} officeId={officeId} />
        <TextareaField
          {...field('purpose')}
          label={t('book.purpose')}
          hint={t('book.purposeHint')}
          maxLength={APPOINTMENT_SCHEDULE.purposeMaxLength}
          rows={3}
          required
        />
        {caseNumbers.length > 0 && (
          <SelectField {...field('caseNumber')} label={t('book.case')}>
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
