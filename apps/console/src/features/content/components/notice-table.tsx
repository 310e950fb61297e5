import type { AdminNotice, NoticeStatus } from '@cos/contracts';
import { ModalDialog } from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { RowActions } from '../../../components/ui/row-actions.tsx';
import { formatAgencyDateTime } from '../../../lib/format.ts';
import { noticesKey, retireNotice } from '../api/notices.ts';

// The words carry the meaning; the colour only repeats it (WCAG 1.4.1).
const statusClass: Record<NoticeStatus, string> = {
  active: 'bg-green',
  scheduled: 'bg-primary',
  expired: 'bg-base-dark',
  retired: 'bg-base-darkest',
};

type NoticeTableProps = {
  notices: readonly AdminNotice[];
  onEdit: (notice: AdminNotice) => void;
  onRetired: (notice: AdminNotice) => void;
};

/** Every notice with its status; Edit, and Retire after a confirmation. */
export function NoticeTable({ notices, onEdit, onRetired }: NoticeTableProps) {
  const { t, i18n } = useTranslation('content');
  const queryClient = useQueryClient();
  const [retiring, setRetiring] = useState<AdminNotice | null>(null);
  const [failed, setFailed] = useState(false);
  const language = i18n.resolvedLanguage ?? 'en';
  const when = (iso: string | null) => (iso ? formatAgencyDateTime(iso, language) : '—');

  async function retire() {
    if (!retiring) return;
    try {
      const retired = await retireNotice(retiring.id);
      setFailed(false);
      setRetiring(null);
      await queryClient.invalidateQueries({ queryKey: noticesKey });
      onRetired(retired);
    } catch {
      setFailed(true);
    }
  }

  return (
    <>
      <DataTable
        caption={t('notices.table.caption')}
        columns={[
          t('notices.table.title'),
          t('notices.table.status'),
          t('notices.table.severity'),
          t('notices.table.audience'),
          t('notices.table.schedule'),
          t('notices.table.feature'),
          t('notices.table.actions'),
        ]}
        className="usa-table usa-table--borderless usa-table--compact width-full"
      >
        {notices.map((notice) => (
          <tr key={notice.id}>
            <th scope="row">{notice.title}</th>
            <td>
              <span className={`usa-tag ${statusClass[notice.status]}`}>
                {t(`notices.statuses.${notice.status}`)}
              </span>
            </td>
            <td>{t(`notices.severities.${notice.severity}`)}</td>
            <td>{t(`notices.audiences.${notice.audience}`)}</td>
            <td>{t('notices.table.range', { from: when(notice.startsAt), to: when(notice.endsAt) })}</td>
            <td>{notice.featureKey ?? '—'}</td>
            <td>
              {notice.status !== 'retired' && (
                <RowActions
                  rowName={notice.title}
                  actions={[
                    { label: t('notices.table.edit'), onClick: () => onEdit(notice) },
                    { label: t('notices.table.retire'), onClick: () => setRetiring(notice), danger: true },
                  ]}
                />
              )}
            </td>
          </tr>
        ))}
      </DataTable>
      <ModalDialog
        open={retiring !== null}
        heading={t('notices.retire.heading', { title: retiring?.title ?? '' })}
        description={<p>{t('notices.retire.description')}</p>}
        extra={failed ? <p className="usa-error-message">{t('notices.retire.failed')}</p> : null}
        onCancel={() => setRetiring(null)}
      >
        <li className="usa-button-group__item">
          <button type="button" className="usa-button usa-button--secondary" onClick={() => void retire()}>
            {t('notices.retire.confirm')}
          </button>
        </li>
        <li className="usa-button-group__item">
          <button
            type="button"
            className="usa-button usa-button--unstyled padding-105 text-center"
            onClick={() => setRetiring(null)}
          >
            {t('notices.retire.cancel')}
          </button>
        </li>
      </ModalDialog>
    </>
  );
}
