import type { StaffUserCredentials } from '@cos/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../components/ui/page-loading.tsx';
import { staffMeQueryOptions } from '../../features/auth/api/get-me.ts';
import { staffUsersQueryOptions } from '../../features/staff-users/api/staff-users.ts';
import { CreateStaffUserForm } from '../../features/staff-users/components/create-staff-user-form.tsx';
import { StaffUserTable } from '../../features/staff-users/components/staff-user-table.tsx';
import { TemporaryPasswordNotice } from '../../features/staff-users/components/temporary-password-notice.tsx';

type Shown = { kind: 'created'; credentials: StaffUserCredentials };

/** Admins: personal staff accounts — list, create (temporary password shown once), disable, reset (emailed). */
export function StaffUsersRoute() {
  const { t } = useTranslation('staffUsers');
  const users = useQuery(staffUsersQueryOptions());
  const me = useQuery(staffMeQueryOptions());
  const [shown, setShown] = useState<Shown | null>(null);

  return (
    <div className="padding-y-4">
      <h1>{t('title')}</h1>
      <p className="usa-intro">{t('intro')}</p>
      {shown && (
        <TemporaryPasswordNotice
          kind={shown.kind}
          username={shown.credentials.user.username}
          displayName={shown.credentials.user.displayName}
          temporaryPassword={shown.credentials.temporaryPassword}
          onDone={() => setShown(null)}
        />
      )}
      <section aria-labelledby="staff-list-heading">
        <h2 id="staff-list-heading">{t('table.heading')}</h2>
        {users.isPending && <PageLoading />}
        {users.isError && <p role="alert">{t('table.error')}</p>}
        {users.data && <StaffUserTable users={users.data.items} selfUsername={me.data?.username} />}
      </section>
      <CreateStaffUserForm onCreated={(credentials) => setShown({ kind: 'created', credentials })} />
    </div>
  );
}
