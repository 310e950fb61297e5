import type { PendingDirectDepositChange } from '@cos/contracts';
import { ErrorSummary } from '@cos/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { cancelDirectDepositChange } from '../api/cancel-direct-deposit-change.ts';
import { directDepositQueryOptions } from '../api/get-direct-deposit.ts';

const CANCEL_BUTTON_ID = 'dd-cancel-change';

/**
 * The change waiting out its cooling-off (docs/security.md, "Direct Deposit cooling-off"): which
 * account, from when, and a Cancel button — no password, so a parent who did not make the change
 * can stop it at once. After a cancel the page says so (focused) and shows the account as it stays.
 */
export function PendingChange({ pending }: { pending: PendingDirectDepositChange | null }) {
  const { t, i18n } = useTranslation('directDeposit');
  const queryClient = useQueryClient();
  const done = useRef<HTMLDivElement>(null);
  const cancel = useMutation({
    mutationFn: cancelDirectDepositChange,
    onSuccess: (view) => queryClient.setQueryData(directDepositQueryOptions().queryKey, view),
    // Already applied or cancelled elsewhere: show the page as it is now.
    onError: (error) =>
      isApiError(error, 'NOT_FOUND')
        ? queryClient.invalidateQueries({ queryKey: directDepositQueryOptions().queryKey })
        : undefined,
  });

  useEffect(() => {
    if (cancel.isSuccess) done.current?.focus();
  }, [cancel.isSuccess]);
  // One array per failure, so the summary takes focus once per failed attempt, not on every render.
  const failed = useMemo(
    () =>
      cancel.error && !isApiError(cancel.error, 'NOT_FOUND')
        ? requestFailure(cancel.error, CANCEL_BUTTON_ID, (count) => t('errors.rateLimited', { count }))
        : [],
    [cancel.error, t],
  );

  if (!pending) {
    return cancel.isSuccess ? (
      <div ref={done} tabIndex={-1} className="usa-alert usa-alert--info margin-y-2" role="status">
        <div className="usa-alert__body">
          <p className="usa-alert__text">{t('pending.cancelled')}</p>
        </div>
      </div>
    ) : null;
  }
  const date = new Date(pending.effectiveAt).toLocaleString(i18n.language, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'America/New_York',
  });
  return (
    <section
      className="usa-alert usa-alert--warning margin-y-3"
      aria-labelledby="dd-pending-heading"
      data-testid="dd-pending"
    >
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id="dd-pending-heading">
          {t('pending.heading')}
        </h2>
        <p className="usa-alert__text">
          {t('pending.text', {
            type: t(`accountTypes.${pending.accountType}`),
            last4: pending.accountNumberLast4,
            date,
          })}
        </p>
        <p className="usa-alert__text">{t('pending.notYou')}</p>
        <ErrorSummary errors={failed} />
        <button
          id={CANCEL_BUTTON_ID}
          type="button"
          className="usa-button usa-button--secondary margin-top-1"
          disabled={cancel.isPending}
          onClick={() => cancel.mutate()}
        >
          {t('pending.cancel')}
        </button>
      </div>
    </section>
  );
}
