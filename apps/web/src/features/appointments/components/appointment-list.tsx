import type { AppointmentItem } from '@cos/contracts';
import { ModalDialog } from '@cos/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { PhoneLink } from '../../../components/ui/phone-link.tsx';
import { formatAgencyDateTime } from '../../../lib/format/agency-time.ts';
import { cancelAppointment } from '../api/book-appointment.ts';

/** Upcoming appointments, each with a way to cancel it (after a confirmation); one the office cancelled says why. */
export function AppointmentList({ appointments }: { appointments: readonly AppointmentItem[] }) {
  const { t, i18n } = useTranslation('appointments');
  const language = i18n.resolvedLanguage ?? 'en';
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<AppointmentItem | null>(null);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const status = useRef<HTMLDivElement>(null);
  const cancel = useMutation({
    mutationFn: async (appointment: AppointmentItem) => {
      await cancelAppointment(appointment.id);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['appointments'] }),
        queryClient.invalidateQueries({ queryKey: ['cases'] }),
      ]);
    },
    onSettled: (_done, error, appointment) => {
      const when = formatAgencyDateTime(appointment.startsAt, language);
      // Closed and announced in one render: the dialog hands focus back, then the message takes it
      // (the button that opened the dialog is gone with the cancelled appointment).
      setConfirming(null);
      setMessage(
        error
          ? { kind: 'error', text: t('list.cancelFailed', { when }) }
          : { kind: 'success', text: t('list.cancelled', { when }) },
      );
    },
  });
  const busy = cancel.isPending;

  useEffect(() => {
    if (message) status.current?.focus();
  }, [message]);

  return (
    <section aria-labelledby="upcoming-heading">
      <h2 id="upcoming-heading">{t('list.heading')}</h2>
      {message && (
        <div
          ref={status}
          tabIndex={-1}
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={`usa-alert usa-alert--${message.kind} usa-alert--slim margin-bottom-2 cos-focus-target`}
        >
          <div className="usa-alert__body">
            <p className="usa-alert__text">{message.text}</p>
          </div>
        </div>
      )}
      {appointments.length === 0 ? (
        <p>{t('list.none')}</p>
      ) : (
        <ul className="usa-list usa-list--unstyled">
          {appointments.map((appointment) => (
            <li
              key={appointment.id}
              className="border-1px border-base-lighter radius-md padding-2 margin-bottom-2"
            >
              <h3 className="margin-top-0">
                <time dateTime={appointment.startsAt}>
                  {formatAgencyDateTime(appointment.startsAt, language)}
                </time>
              </h3>
              <p className="margin-y-05">
                {appointment.office.name} · {appointment.office.addressLine1}, {appointment.office.city}{' '}
                {appointment.office.zip} · {appointment.office.phone}
              </p>
              <p className="margin-y-05">
                {t('list.purpose')}: {appointment.purpose}
                {appointment.caseNumber && ` · ${t('list.case', { caseNumber: appointment.caseNumber })}`}
              </p>
              {appointment.status === 'booked' && appointment.officeClosed && (
                // Closed after the booking: the appointment stands until someone cancels it, so the
                // parent is told to call and rebook (cancelling here stays open to them).
                <p className="margin-y-05">
                  <span className="usa-tag bg-secondary-dark">{t('list.officeClosedTag')}</span>{' '}
                  <Trans t={t} i18nKey="list.officeClosed" components={{ phone: <PhoneLink /> }} />
                </p>
              )}
              {appointment.status === 'cancelled' ? (
                // Cancelled by the office: kept in the list until its time, so the parent reads why.
                <p className="margin-y-05">
                  <span className="usa-tag bg-secondary-dark">{t('list.cancelledByOffice')}</span>{' '}
                  {t('list.cancelReason', { reason: appointment.cancelReason ?? '' })}
                </p>
              ) : (
                <button
                  type="button"
                  className="usa-button usa-button--outline margin-top-1"
                  onClick={() => setConfirming(appointment)}
                >
                  {t('list.cancel')}
                  <span className="usa-sr-only"> {formatAgencyDateTime(appointment.startsAt, language)}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ModalDialog
        open={confirming !== null}
        heading={t('list.confirmHeading')}
        description={
          <p>
            {confirming
              ? t('list.confirmText', {
                  when: formatAgencyDateTime(confirming.startsAt, language),
                  office: confirming.office.name,
                })
              : ''}
          </p>
        }
        onCancel={() => setConfirming(null)}
      >
        <li className="usa-button-group__item">
          <button
            type="button"
            className="usa-button usa-button--secondary"
            disabled={busy}
            onClick={() => confirming && cancel.mutate(confirming)}
          >
            {t('list.confirmCancel')}
          </button>
        </li>
        <li className="usa-button-group__item">
          <button
            type="button"
            className="usa-button usa-button--unstyled padding-105 text-center"
            onClick={() => setConfirming(null)}
          >
            {t('list.keep')}
          </button>
        </li>
      </ModalDialog>
    </section>
  );
}
