import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { directDepositQueryOptions } from '../api/get-direct-deposit.ts';

/**
 * On My Case: a Direct Deposit change waiting out its cooling-off, with the way to the page that
 * cancels it — a parent who did not make the change sees it where they look first. Nothing otherwise
 * (and nothing while the answer is on its way: it never holds the page up).
 */
export function PendingChangeBanner() {
  const { t, i18n } = useTranslation('directDeposit');
  const pending = useQuery(directDepositQueryOptions()).data?.pendingChange;
  if (!pending) return null;
  const date = new Date(pending.effectiveAt).toLocaleDateString(i18n.language, {
    dateStyle: 'long',
    timeZone: 'America/New_York',
  });
  return (
    <div
      className="usa-alert usa-alert--warning usa-alert--slim margin-top-3"
      data-testid="dd-pending-banner"
    >
      <div className="usa-alert__body">
        <p className="usa-alert__text">
          {t('pending.banner', { last4: pending.accountNumberLast4, date })}{' '}
          <Link to={paths.directDeposit.path}>{t('pending.review')}</Link>
        </p>
      </div>
    </div>
  );
}
