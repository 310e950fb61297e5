import type { Notice, NoticeSeverity } from '@cos/contracts';
import { useTranslation } from 'react-i18next';
import { NoticeBody } from './notice-body.tsx';

// USWDS alert styles: an outage is the emergency (red) alert.
const ALERT_CLASS: Record<NoticeSeverity, string> = {
  info: 'usa-alert--info',
  warning: 'usa-alert--warning',
  outage: 'usa-alert--emergency',
};

type NoticeAlertProps = {
  notice: Pick<Notice, 'id' | 'title' | 'body' | 'severity'>;
  /** Shows a Close button (absent for outages and on the Notices page). */
  onDismiss?: (() => void) | undefined;
};

/**
 * One notice as a USWDS alert. The title is bold text rather than a heading, so notices above a
 * page do not break its heading outline; the alert is not a live region (it is page content).
 */
export function NoticeAlert({ notice, onDismiss }: NoticeAlertProps) {
  const { t } = useTranslation('notices');
  return (
    <div className={`usa-alert ${ALERT_CLASS[notice.severity]} margin-y-2`} data-notice-id={notice.id} data-severity={notice.severity}>
      <div className="usa-alert__body">
        <p className="usa-alert__heading text-bold">
          {notice.severity === 'outage' && <span className="usa-sr-only">{t('outagePrefix')} </span>}
          {notice.title}
        </p>
        <NoticeBody body={notice.body} />
        {onDismiss && (
          <button type="button" className="usa-button usa-button--unstyled margin-top-1" onClick={onDismiss}>
            {t('dismiss')}
            <span className="usa-sr-only">: {notice.title}</span>
          </button>
        )}
      </div>
    </div>
  );
}
