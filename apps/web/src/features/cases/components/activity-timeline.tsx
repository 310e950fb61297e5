import type { CaseDetail } from '@cos/contracts';
import { useTranslation } from 'react-i18next';
import { formatAgencyDate } from '../../../lib/format/agency-time.ts';
import './cases.css';

// Kinds the case system records; an unknown kind still shows, as a general "case update".
const knownKinds = new Set([
  'case_opened',
  'order_established',
  'income_withholding_sent',
  'tax_offset_received',
  'license_suspended',
  'license_release_sent',
  'payment_disbursed',
  'review_started',
  'case_suspended',
  'case_closed',
]);

/** What happened on the case, newest first: a translated title, the case system's own words, the day. */
export function ActivityTimeline({ activity }: { activity: CaseDetail['activity'] }) {
  const { t, i18n } = useTranslation('cases');
  const language = i18n.resolvedLanguage ?? 'en';
  if (activity.length === 0) return <p>{t('activity.none')}</p>;

  return (
    <ol className="usa-collection cos-activity">
      {activity.map((event) => (
        <li key={`${event.occurredAt}-${event.kind}`} className="usa-collection__item">
          <div className="usa-collection__body">
            <h3 className="usa-collection__heading">
              {t(`activity.kinds.${knownKinds.has(event.kind) ? event.kind : 'other'}`)}
            </h3>
            <p className="usa-collection__description">{event.description}</p>
            <time dateTime={event.occurredAt}>{formatAgencyDate(event.occurredAt, language)}</time>
          </div>
        </li>
      ))}
    </ol>
  );
}
