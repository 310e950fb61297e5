import { NoticeAlert } from '@cos/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session/session-context.tsx';
import { noticesQueryOptions } from '../api/get-notices.ts';

/** Every notice in force for this visitor, closed ones included (the Notices page). */
export function NoticeList() {
  const { t } = useTranslation('notices');
  const audience = useSession().status === 'signedIn' ? 'customer' : 'public';
  const { data, isPending, isError } = useQuery(noticesQueryOptions(audience));
  if (isPending) return <p role="status">{t('loading')}</p>;
  if (isError) return <p className="usa-error-message">{t('loadFailed')}</p>;
  if (data.items.length === 0) return <p>{t('none')}</p>;
  return (
    <section aria-label={t('label')}>
      {data.items.map((notice) => (
        <NoticeAlert key={notice.id} notice={notice} outageLabel={t('outagePrefix')} />
      ))}
    </section>
  );
}
