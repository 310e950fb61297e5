import { NoticeAlert } from '@cos/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session/session-context.tsx';
import { staffNoticesQueryOptions } from '../api/staff-notices.ts';

const DISMISSED = 'cos.console.dismissedNotices';

function readDismissed(): string[] {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(DISMISSED) ?? '[]');
    return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * The notices written for staff, above every console page once signed in (the parents' notices
 * are the portal's; supervisors see them all on the Notices page). Closed ones stay closed for the
 * browser session.
 */
export function StaffNotices() {
  const session = useSession();
  const signedIn = session.status === 'signedIn' && !session.mustEnrollTotp;
  return signedIn ? <StaffNoticeList /> : null;
}

function StaffNoticeList() {
  const { t } = useTranslation('content');
  const { data } = useQuery(staffNoticesQueryOptions());
  const [dismissed, setDismissed] = useState(readDismissed);
  const shown = (data?.items ?? []).filter(
    (notice) => notice.audience === 'staff' && !(notice.dismissible && dismissed.includes(notice.id)),
  );
  if (shown.length === 0) return null;

  function dismiss(id: string) {
    const next = [...dismissed, id];
    setDismissed(next);
    try {
      sessionStorage.setItem(DISMISSED, JSON.stringify(next));
    } catch {
      // Storage refused: closed until the page is left.
    }
  }

  return (
    <section aria-label={t('notices.staffLabel')} className="padding-top-2">
      {shown.map((notice) => (
        <NoticeAlert
          key={notice.id}
          notice={notice}
          outageLabel={t('notices.outageLabel')}
          dismiss={
            notice.dismissible
              ? { label: t('notices.dismiss'), onDismiss: () => dismiss(notice.id) }
              : undefined
          }
        />
      ))}
    </section>
  );
}
