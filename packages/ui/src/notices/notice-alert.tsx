import type { ReactNode } from 'react';
import { NoticeBody } from './notice-body.tsx';

export type NoticeSeverityName = 'info' | 'warning' | 'outage';

// USWDS alert styles: an outage is the emergency (red) alert.
const ALERT_CLASS: Record<NoticeSeverityName, string> = {
  info: 'usa-alert--info',
  warning: 'usa-alert--warning',
  outage: 'usa-alert--emergency',
};

export type NoticeAlertProps = {
  notice: { id: string; title: string; body: string; severity: NoticeSeverityName };
  /** Read before an outage's title by screen readers ("Service outage:"), already translated. */
  outageLabel: string;
  /** A Close button (absent for outages and where notices are listed in full). */
  dismiss?: { label: string; onDismiss: () => void } | undefined;
  children?: ReactNode;
};

/**
 * One notice as a USWDS alert, the same in the portal and in the console's preview. The title is
 * bold text rather than a heading, so notices above a page leave its heading outline alone; the
 * alert is page content, not a live region.
 */
export function NoticeAlert({ notice, outageLabel, dismiss, children }: NoticeAlertProps) {
  return (
    <div
      className={`usa-alert ${ALERT_CLASS[notice.severity]} margin-y-2`}
      data-notice-id={notice.id}
      data-severity={notice.severity}
    >
      <div className="usa-alert__body">
        <p className="usa-alert__heading text-bold">
          {notice.severity === 'outage' && <span className="usa-sr-only">{outageLabel} </span>}
          {notice.title}
        </p>
        <NoticeBody body={notice.body} />
        {dismiss && (
          // The name says which notice ("Close this notice: Privacy"); it starts with the visible words.
          <button
            type="button"
            className="usa-button usa-button--unstyled margin-top-1"
            onClick={dismiss.onDismiss}
            aria-label={`${dismiss.label}: ${notice.title}`}
          >
            {dismiss.label}
          </button>
        )}
        {children}
      </div>
    </div>
  );
}
