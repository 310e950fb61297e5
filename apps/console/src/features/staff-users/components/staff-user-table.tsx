import type { StaffUserSummary } from '@cos/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { ReasonDialog } from '../../../components/ui/reason-dialog.tsx';
import { RowActions } from '../../../components/ui/row-actions.tsx';
import { formatAgencyDateTime } from '../../../lib/format.ts';
import { disableStaffUser, resetStaffUser } from '../api/staff-users.ts';

type Pending = { kind: 'disable' | 'reset'; user: StaffUserSummary };

type Props = {
  users: readonly StaffUserSummary[];
  /** The signed-in admin's own account has no Disable or Reset here (nobody locks themselves out). */
  selfUsername: string | undefined;
};

/** Every staff user, with Disable and Reset (each confirmed; the reason is optional). */
export function StaffUserTable({ users, selfUsername }: Props) {
  const { t, i18n } = useTranslation('staffUsers');
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<Pending | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const language = i18n.resolvedLanguage ?? 'en';

  async function confirm(reason: string) {
    if (!pending) return;
    const { kind, user } = pending;
    if (kind === 'disable') {
      await disableStaffUser(user.id, reason);
      setDone(t('disable.done', { name: user.displayName }));
    } else {
      // The temporary password went to the staff member by email; the admin learns only where.
      const { emailedTo } = await resetStaffUser(user.id, reason);
      setDone(t('reset.done', { name: user.displayName, emailedTo }));
    }
    setPending(null);
    await queryClient.invalidateQueries({ queryKey: ['staff-users'] });
  }

  return (
    <>
      <p role="status">{done ?? ''}</p>
      <DataTable
        caption={t('table.caption')}
        columns={[
          t('table.name'),
          t('table.username'),
          t('table.role'),
          t('table.status'),
          t('table.authenticator'),
          t('table.lastSignIn'),
          t('table.actions'),
        ]}
        className="usa-table usa-table--borderless width-full"
      >
        {users.map((user) => (
          <tr key={user.id}>
            <th scope="row">{user.displayName}</th>
            <td>{user.username}</td>
            <td>{t(`roles.${user.role}`)}</td>
            <td>
              <span className={`usa-tag ${user.status === 'active' ? 'bg-green' : 'bg-base-darkest'}`}>
                {t(`statuses.${user.status}`)}
              </span>
            </td>
            <td>{t(user.totpEnrolled ? 'table.enrolled' : 'table.notEnrolled')}</td>
            <td>
              {user.lastSignInAt ? formatAgencyDateTime(user.lastSignInAt, language) : t('table.never')}
            </td>
            <td>
              {user.username !== selfUsername && (
                <RowActions
                  rowName={user.displayName}
                  actions={[
                    { label: t('reset.button'), onClick: () => setPending({ kind: 'reset', user }) },
                    ...(user.status === 'active'
                      ? [
                          {
                            label: t('disable.button'),
                            onClick: () => setPending({ kind: 'disable', user }),
                            danger: true,
                          },
                        ]
                      : []),
                  ]}
                />
              )}
            </td>
          </tr>
        ))}
      </DataTable>
      {(['disable', 'reset'] as const).map((kind) => (
        <ReasonDialog
          key={kind}
          open={pending?.kind === kind}
          heading={t(`${kind}.heading`, { name: pending?.user.displayName ?? '' })}
          description={<p>{t(`${kind}.description`, { name: pending?.user.displayName ?? '' })}</p>}
          confirmLabel={t(`${kind}.confirm`)}
          reasonRequired={false}
          onCancel={() => setPending(null)}
          onConfirm={confirm}
        />
      ))}
    </>
  );
}
