import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoading } from '../../components/ui/page-loading.tsx';
import { auditPath, paths } from '../../config/paths.ts';
import { accountQueryOptions } from '../../features/accounts/api/get-account.ts';
import { AccountActions } from '../../features/accounts/components/account-actions.tsx';
import { AccountFactors } from '../../features/accounts/components/account-factors.tsx';
import { AccountNotes } from '../../features/accounts/components/account-notes.tsx';
import { AccountOverview } from '../../features/accounts/components/account-overview.tsx';
import { SecurityEvents } from '../../features/accounts/components/security-events.tsx';
import { SelfServiceScript } from '../../features/accounts/components/self-service-script.tsx';
import { isApiError } from '../../lib/api-client.ts';
import { hasRole } from '../../lib/roles.ts';
import { useSession } from '../../lib/session/session-context.tsx';

/** One customer account: why they cannot get in, what to do about it, and its notes. */
export function AccountRoute() {
  const { t } = useTranslation('accounts');
  const { id = '' } = useParams();
  const session = useSession();
  const role = session.status === 'signedIn' ? session.role : 'agent';
  const query = useQuery(accountQueryOptions(id));

  if (query.isPending) return <PageLoading />;
  if (query.isError) {
    // A malformed id (400) and an unknown one (404) read the same.
    const missing = isApiError(query.error) && (query.error.status === 404 || query.error.status === 400);
    return (
      <div className="usa-prose padding-y-4">
        <h1>{t(missing ? 'notFound.title' : 'loadError.title')}</h1>
        <p>{t(missing ? 'notFound.body' : 'loadError.body')}</p>
        <p>
          <Link to={paths.home.path}>{t('backToLookup')}</Link>
        </p>
      </div>
    );
  }

  const account = query.data;
  return (
    <div className="padding-y-4">
      <p className="margin-top-0">
        <Link to={paths.home.path}>{t('backToLookup')}</Link>
      </p>
      <h1 className="margin-bottom-1">
        {account.firstName} {account.lastName}
      </h1>
      <p className="margin-top-0 text-base-dark">{t('subtitle', { userId: account.userId })}</p>
      {hasRole(role, 'supervisor') && (
        <p>
          <Link to={auditPath({ accountId: account.accountId })}>{t('whoViewed')}</Link>
        </p>
      )}
      <div className="grid-row grid-gap-lg">
        <div className="desktop:grid-col-8">
          <AccountOverview account={account} canRevealSsn={hasRole(role, 'supervisor')} />
          <AccountFactors accountId={account.accountId} />
          <SecurityEvents events={account.securityEvents} />
          <AccountNotes accountId={account.accountId} notes={account.notes} />
        </div>
        <div className="desktop:grid-col-4">
          <AccountActions account={account} />
          <SelfServiceScript key={account.accountId} account={account} />
        </div>
      </div>
    </div>
  );
}
