import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/ui/data-table.tsx';
import { PageLoading } from '../../components/ui/page-loading.tsx';
import { jobsQueryOptions } from '../../features/jobs/api/jobs.ts';
import { FailedJobTable } from '../../features/jobs/components/failed-job-table.tsx';

/** Admins: background jobs (queue sizes, failures with their error, retry) and the email outbox. */
export function JobsRoute() {
  const { t } = useTranslation('jobs');
  const jobs = useQuery(jobsQueryOptions());
  const data = jobs.data;
  return (
    <div className="padding-y-4">
      <h1>{t('title')}</h1>
      <p className="usa-intro">{t('intro')}</p>
      {jobs.isPending && <PageLoading />}
      {jobs.isError && <p className="usa-error-message">{t('loadFailed')}</p>}
      {data && !data.available && <p className="usa-alert__text">{t('unavailable')}</p>}
      {data && (
        <>
          <section aria-labelledby="queues-heading">
            <h2 id="queues-heading">{t('queues.heading')}</h2>
            <DataTable
              caption={t('queues.caption')}
              columns={[
                t('queues.name'),
                t('queues.queued'),
                t('queues.active'),
                t('queues.failed'),
                t('queues.deferred'),
              ]}
              className="usa-table usa-table--borderless width-full"
            >
              {data.queues.map((queue) => (
                <tr key={queue.name}>
                  <th scope="row">{queue.name}</th>
                  <td>{queue.queued}</td>
                  <td>{queue.active}</td>
                  <td>{queue.failed}</td>
                  <td>{queue.deferred}</td>
                </tr>
              ))}
            </DataTable>
          </section>
          <section aria-labelledby="failed-heading">
            <h2 id="failed-heading">{t('failed.heading')}</h2>
            <FailedJobTable jobs={data.failedJobs} />
          </section>
          <section aria-labelledby="outbox-heading">
            <h2 id="outbox-heading">{t('outbox.heading')}</h2>
            <p>{t('outbox.counts', data.outbox)}</p>
            {data.failedEmails.length > 0 && (
              <DataTable
                caption={t('outbox.caption')}
                columns={[t('outbox.id'), t('outbox.attempts'), t('outbox.error')]}
                className="usa-table usa-table--borderless width-full"
              >
                {data.failedEmails.map((email) => (
                  <tr key={email.id}>
                    <th scope="row">{email.id}</th>
                    <td>{email.attempts}</td>
                    <td>{email.error}</td>
                  </tr>
                ))}
              </DataTable>
            )}
          </section>
        </>
      )}
    </div>
  );
}
