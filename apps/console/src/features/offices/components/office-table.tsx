import type { AdminOffice } from '@cos/contracts';
import { TextField } from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { ReasonDialog } from '../../../components/ui/reason-dialog.tsx';
import { RowActions } from '../../../components/ui/row-actions.tsx';
import { officeEditPath } from '../../../config/paths.ts';
import { officesKey, updateOffice } from '../api/offices.ts';
import { formatPhone } from '../lib/office-form.ts';
import { ClosingImpact } from './closing-impact.tsx';

const matches = (office: AdminOffice, filter: string) => {
  const words = filter.trim().toLowerCase();
  return !words || office.name.toLowerCase().includes(words) || office.county.toLowerCase().includes(words);
};

/**
 * Every office with its status; a filter box narrows the rows by name or county. Closing and
 * reopening are confirmed in the dialog that asks why (the audit trail keeps the reason).
 */
export function OfficeTable({ offices }: { offices: readonly AdminOffice[] }) {
  const { t } = useTranslation('offices');
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState('');
  const [pending, setPending] = useState<AdminOffice | null>(null);
  const [done, setDone] = useState('');
  const shown = offices.filter((office) => matches(office, filter));

  async function confirm(reason: string) {
    if (!pending) return;
    const changed = await updateOffice(pending.id, { active: !pending.active, reason });
    setPending(null);
    setDone(t(changed.active ? 'status.reopened' : 'status.closed', { name: changed.name }));
    await queryClient.invalidateQueries({ queryKey: officesKey });
  }

  const closing = pending?.active ?? false;
  return (
    <>
      <p role="status">{done}</p>
      <TextField
        id="office-filter"
        type="search"
        label={t('table.filter')}
        hint={t('table.filterHint')}
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
        autoComplete="off"
      />
      <p aria-live="polite" className="margin-y-1">
        {t('table.count', { count: shown.length })}
      </p>
      <DataTable
        caption={t('table.caption')}
        columns={[
          t('table.name'),
          t('table.county'),
          t('table.city'),
          t('table.phone'),
          t('table.status'),
          t('table.actions'),
        ]}
        className="usa-table usa-table--borderless width-full"
      >
        {shown.map((office) => (
          <tr key={office.id}>
            <th scope="row">{office.name}</th>
            <td>{office.county}</td>
            <td>{office.city}</td>
            <td>{formatPhone(office.phone)}</td>
            <td>
              <span className={`usa-tag ${office.active ? 'bg-green' : 'bg-base-darkest'}`}>
                {t(office.active ? 'status.open' : 'status.closedTag')}
              </span>
            </td>
            <td>
              <ul className="add-list-reset display-flex flex-wrap">
                <li className="margin-right-2">
                  <Link to={officeEditPath(office.id)}>
                    {t('table.edit')}
                    <span className="usa-sr-only"> {office.name}</span>
                  </Link>
                </li>
                <li>
                  <RowActions
                    rowName={office.name}
                    actions={[
                      {
                        label: t(office.active ? 'table.close' : 'table.reopen'),
                        onClick: () => setPending(office),
                        danger: office.active,
                      },
                    ]}
                  />
                </li>
              </ul>
            </td>
          </tr>
        ))}
      </DataTable>
      <ReasonDialog
        open={pending !== null}
        heading={t(closing ? 'dialog.closeHeading' : 'dialog.reopenHeading', { name: pending?.name ?? '' })}
        description={
          <>
            <p>{t(closing ? 'dialog.closeDescription' : 'dialog.reopenDescription')}</p>
            {closing && pending && <ClosingImpact officeId={pending.id} />}
          </>
        }
        confirmLabel={t(closing ? 'dialog.confirmClose' : 'dialog.confirmReopen')}
        onCancel={() => setPending(null)}
        onConfirm={confirm}
      />
    </>
  );
}
