import type { FailedJob } from '@cos/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { formatAgencyDateTime } from '../../../lib/format.ts';
import { retryJob } from '../api/jobs.ts';

/** Jobs that failed their last try, each with its error and a Retry that queues it again. */
export function FailedJobTable({ jobs }: { jobs: readonly FailedJob[] }) {
  const { t, i18n } = useTranslation('jobs');
  const queryClient = useQueryClient();
  const [done, setDone] = useState('');
  const language = i18n.resolvedLanguage ?? 'en';
  const retry = useMutation({
    mutationFn: (job: FailedJob) => retryJob(job.queue, job.id),
    onSuccess: async (_, job) => {
      setDone(t('failed.retried', { queue: job.queue }));
      await queryClient.invalidateQueries({ queryKey: ['admin-jobs'] });
    },
    onError: () => setDone(t('failed.retryFailed')),
  });

  if (jobs.length === 0) return <p>{t('failed.none')}</p>;
  return (
    <>
      <p role="status">{done}</p>
      <DataTable
        caption={t('failed.caption')}
        columns={[
          t('failed.queue'),
          t('failed.error'),
          t('failed.retries'),
          t('failed.failedAt'),
          t('failed.action'),
        ]}
        className="usa-table usa-table--borderless width-full"
      >
        {jobs.map((job) => (
          <tr key={job.id}>
            <th scope="row">{job.queue}</th>
            <td>{job.error}</td>
            <td>{job.retries}</td>
            <td>{job.failedAt ? formatAgencyDateTime(job.failedAt, language) : ''}</td>
            <td>
              <button
                type="button"
                className="usa-button usa-button--outline"
                disabled={retry.isPending}
                onClick={() => retry.mutate(job)}
              >
                {t('failed.retry')}
                <span className="usa-sr-only"> {job.queue}</span>
              </button>
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
