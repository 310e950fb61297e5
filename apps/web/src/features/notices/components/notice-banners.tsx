import type { NoticeAudience } from '@cos/contracts';
import { NoticeAlert } from '@cos/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session/session-context.tsx';
import { noticesQueryOptions } from '../api/get-notices.ts';
import { readDismissed, saveDismissed } from '../lib/dismissed.ts';

type NoticeBannersProps = {
  /** A page that explains this feature's outage itself leaves its banner out (no duplicate). */
  excludeFeature?: string | undefined;
  className?: string | undefined;
  /** Only the notices written for this audience (signed-in pages show just the parents' own). */
  onlyAudience?: NoticeAudience | undefined;
};

/**
 * The notices in force for this visitor, as alerts. Closing one hides it for the browser session;
 * outages stay. Nothing is shown (not even the region) when there is nothing to say.
 */
export function NoticeBanners({ excludeFeature, className, onlyAudience }: NoticeBannersProps) {
  const { t } = useTranslation('notices');
  const audience = useSession().status === 'signedIn' ? 'customer' : 'public';
  const { data } = useQuery(noticesQueryOptions(audience));
  const [dismissed, setDismissed] = useState(readDismissed);

  const shown = (data?.items ?? []).filter(
    (notice) =>
      !(notice.dismissible && dismissed.includes(notice.id)) &&
      (!excludeFeature || notice.featureKey !== excludeFeature) &&
      (!onlyAudience || notice.audience === onlyAudience),
  );
  if (shown.length === 0) return null;

  function dismiss(id: string) {
    const next = [...dismissed, id];
    setDismissed(next);
    saveDismissed(next);
  }

  return (
    <section aria-label={t('label')} className={className}>
      {shown.map((notice) => (
        <NoticeAlert
          key={notice.id}
          notice={notice}
          outageLabel={t('outagePrefix')}
          dismiss={
            notice.dismissible ? { label: t('dismiss'), onDismiss: () => dismiss(notice.id) } : undefined
          }
        />
      ))}
    </section>
  );
}
