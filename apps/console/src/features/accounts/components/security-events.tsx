import type { AccountView } from '@cos/contracts';
import { useTranslation } from 'react-i18next';
import { formatAgencyDateTime } from '../../../lib/format.ts';

/** The last 20 security events, newest first, in the API's plain words. */
export function SecurityEvents({ events }: { events: AccountView['securityEvents'] }) {
  const { t, i18n } = useTranslation('accounts');
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <section aria-labelledby="events-heading" className="margin-top-4">
      <h2 id="events-heading">{t('events.heading')}</h2>
      {events.length === 0 ? (
        <p>{t('events.none')}</p>
      ) : (
        <table className="usa-table usa-table--borderless usa-table--compact width-full font-body-2xs">
          <caption className="usa-sr-only">{t('events.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('events.when')}</th>
              <th scope="col">{t('events.what')}</th>
              <th scope="col" className="text-no-wrap">
                {t('events.outcome')}
              </th>
              <th scope="col" className="text-no-wrap">
                {t('events.ip')}
              </th>
            </tr>
          </thead>
          <tbody>
            {events.map((event, index) => (
              <tr key={`${event.occurredAt}-${index}`}>
                <td>{formatAgencyDateTime(event.occurredAt, language)}</td>
                <td lang="en">{event.description}</td>
                <td className="text-no-wrap">{t(`outcomes.${event.outcome}`)}</td>
                <td className="text-no-wrap">{event.ip ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
