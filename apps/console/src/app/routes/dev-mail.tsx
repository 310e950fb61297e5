import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../components/ui/page-loading.tsx';
import { devMailQueryOptions } from '../../features/jobs/api/jobs.ts';
import { formatAgencyDateTime } from '../../lib/format.ts';

/** Development only: what would have been emailed, kept by the local catcher (no SMTP_URL). */
export function DevMailRoute() {
  const { t, i18n } = useTranslation('jobs');
  const mail = useQuery(devMailQueryOptions());
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <div className="padding-y-4">
      <h1>{t('devMail.title')}</h1>
      <p className="usa-intro">{t('devMail.intro')}</p>
      {mail.isPending && <PageLoading />}
      {mail.isError && <p className="usa-error-message">{t('devMail.none')}</p>}
      {mail.data?.items.length === 0 && <p>{t('devMail.empty')}</p>}
      {mail.data?.items.map((item) => (
        <article key={item.id} className="border-1px border-base-lighter padding-2 margin-bottom-2">
          <h2 className="font-heading-md margin-top-0">{item.subject}</h2>
          <p className="text-base">
            {t('devMail.meta', {
              to: item.to,
              language: item.language,
              status: item.status,
              at: formatAgencyDateTime(item.createdAt, language),
            })}
          </p>
          <pre className="font-mono-xs" style={{ whiteSpace: 'pre-wrap' }}>
            {item.body}
          </pre>
        </article>
      ))}
    </div>
  );
}
