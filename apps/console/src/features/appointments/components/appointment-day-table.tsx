import type { StaffAppointment } from '@cos/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { ReasonDialog } from '../../../components/ui/reason-dialog.tsx';
import { RowActions } from '../../../components/ui/row-actions.tsx';
import { formatAgencyDateTime } from '../../../lib/format.ts';
import { cancelAppointment } from '../api/appointments.ts';

/** The day's appointments by time; a booked one still to come can be cancelled with a reason. */
export function AppointmentDayTable({
  items,
  now = new Date(),
}: {
  items: readonly StaffAppointment[];
  now?: Date;
}) {
  const { t, i18n } = useTranslation('appointments');
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<StaffAppointment | null>(null);
  const [done, setDone] = useState('');
  const language = i18n.resolvedLanguage ?? 'en';
  const when = (item: StaffAppointment) => formatAgencyDateTime(item.startsAt, language);

  async function confirm(reason: string) {
    if (!pending) return;
    const cancelled = await cancelAppointment(pending.id, reason);
    setPending(null);
    setDone(t('cancel.done', { when: when(cancelled), name: cancelled.parentName }));
    await queryClient.invalidateQueries({ queryKey: ['appointments', 'day'] });
  }

  return (
    <>
      <p role="status">{done}</p>
      <DataTable
        caption={t('table.caption')}
        columns={[
          t('table.time'),
          t('table.parent'),
          t('table.case'),
          t('table.purpose'),
          t('table.status'),
          t('table.actions'),
        ]}
        className="usa-table usa-table--borderless width-full"
      >
        {items.map((item) => (
          <tr key={item.id}>
            <th scope="row">
              <time dateTime={item.startsAt}>{when(item)}</time>
            </th>
            <td>{item.parentName}</td>
            <td>{item.caseNumber ?? t('table.noCase')}</td>
            <td>{item.purpose}</td>
            <td>
              <span className={`usa-tag ${item.status === 'booked' ? 'bg-green' : 'bg-base-darkest'}`}>
                {t(`statuses.${item.status}`)}
              </span>
              {item.cancelReason && (
                <p className="usa-hint margin-y-05">{t('table.reason', { reason: item.cancelReason })}</p>
              )}
            </td>
            <td>
              {item.status === 'booked' && new Date(item.startsAt) > now && (
                <RowActions
                  rowName={t('table.rowName', { when: when(item), name: item.parentName })}
                  actions={[{ label: t('cancel.button'), onClick: () => setPending(item), danger: true }]}
                />
              )}
            </td>
          </tr>
        ))}
      </DataTable>
      <ReasonDialog
        open={pending !== null}
        heading={t('cancel.heading')}
        description={
          <p>{pending ? t('cancel.description', { when: when(pending), name: pending.parentName }) : ''}</p>
        }
        confirmLabel={t('cancel.confirm')}
        onCancel={() => setPending(null)}
        onConfirm={confirm}
      />
    </>
  );
}
