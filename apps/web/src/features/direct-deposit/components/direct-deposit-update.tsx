import { DIRECT_DEPOSIT_FEATURE_KEY, type DirectDepositView } from '@cos/contracts';
import { NoticeAlert } from '@cos/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { featuresQueryOptions } from '../../../lib/queries/get-features.ts';
import { directDepositQueryOptions } from '../api/get-direct-deposit.ts';
import { DirectDepositForm } from './direct-deposit-form.tsx';

/**
 * The update part of the page: while the directDepositUpdate switch is off, the outage message
 * and no form; once on, the form. The switch is asked again every few seconds, so a supervisor's
 * change shows here without a reload.
 */
export function DirectDepositUpdate() {
  const { t } = useTranslation('directDeposit');
  const { t: tn } = useTranslation('notices');
  const queryClient = useQueryClient();
  const features = useQuery(featuresQueryOptions());
  const [saved, setSaved] = useState<DirectDepositView | null>(null);
  // "Received" describes the change still waiting; once it is cancelled (or replaced) it no longer does.
  const current = useQuery(directDepositQueryOptions()).data?.pendingChange;
  const received =
    saved?.pendingChange && current?.requestedAt === saved.pendingChange.requestedAt ? saved : null;
  const confirmation = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (received) confirmation.current?.focus();
  }, [received]);

  if (features.isPending) return <p role="status">{t('loading')}</p>;
  const feature = features.data?.[DIRECT_DEPOSIT_FEATURE_KEY];
  const available = feature?.enabled === true;

  return (
    <section aria-labelledby="dd-update-heading" className="margin-top-4">
      <h2 id="dd-update-heading">{t('update.heading')}</h2>
      {received && (
        <div
          ref={confirmation}
          tabIndex={-1}
          className="usa-alert usa-alert--success margin-y-2"
          role="status"
        >
          <div className="usa-alert__body">
            <p className="usa-alert__heading text-bold">{t('update.doneHeading')}</p>
            <p className="usa-alert__text">{t('update.doneText')}</p>
          </div>
        </div>
      )}
      {available ? (
        <DirectDepositForm
          onSaved={setSaved}
          onUnavailable={() =>
            void queryClient.invalidateQueries({ queryKey: featuresQueryOptions().queryKey })
          }
        />
      ) : (
        <NoticeAlert
          notice={{
            id: 'direct-deposit-outage',
            title: t('update.unavailableHeading'),
            body: feature?.message ?? t('update.unavailable'),
            severity: 'outage',
          }}
          outageLabel={tn('outagePrefix')}
        />
      )}
    </section>
  );
}
