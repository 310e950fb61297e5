import type { AdminNotice } from '@cos/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../components/ui/page-loading.tsx';
import { adminNoticesQueryOptions } from '../../features/content/api/notices.ts';
import { switchesQueryOptions } from '../../features/content/api/switches.ts';
import { NoticeForm } from '../../features/content/components/notice-form.tsx';
import { NoticeTable } from '../../features/content/components/notice-table.tsx';

/** Supervisors: the notices and outage banners of the portal — list, create, edit, schedule, retire. */
export function NoticesRoute() {
  const { t } = useTranslation('content');
  const notices = useQuery(adminNoticesQueryOptions());
  const switches = useQuery(switchesQueryOptions());
  const [editing, setEditing] = useState<AdminNotice | null>(null);
  const [done, setDone] = useState('');

  return (
    <div className="padding-y-4">
      <h1>{t('notices.title')}</h1>
      <p className="usa-intro">{t('notices.intro')}</p>
      <p role="status">{done}</p>
      <section aria-labelledby="notice-list-heading">
        <h2 id="notice-list-heading">{t('notices.table.heading')}</h2>
        {notices.isPending && <PageLoading />}
        {notices.isError && <p className="usa-error-message">{t('loadFailed')}</p>}
        {notices.data && (
          <NoticeTable
            notices={notices.data.items}
            onEdit={(notice) => {
              setEditing(notice);
              document.getElementById('notice-form-heading')?.scrollIntoView();
            }}
            onRetired={(notice) => setDone(t('notices.retired', { title: notice.title }))}
          />
        )}
      </section>
      <NoticeForm
        // A new key per notice starts the form afresh with that notice's values.
        key={editing?.id ?? 'new'}
        editing={editing}
        switches={switches.data?.items ?? []}
        onSaved={(notice, kind) => {
          setEditing(null);
          setDone(t(kind === 'created' ? 'notices.created' : 'notices.updated', { title: notice.title }));
        }}
        onCancelEdit={() => setEditing(null)}
      />
    </div>
  );
}
