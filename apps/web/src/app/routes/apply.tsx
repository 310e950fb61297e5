import type { ApplicationReceipt } from '@cos/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Confirmation } from '../../components/ui/confirmation.tsx';
import { pageLabelKey, paths } from '../../config/paths.ts';
import { ApplicationForm } from '../../features/applications/components/application-form.tsx';
import { ApplicationStatusLookup } from '../../features/applications/components/application-status.tsx';
import { MyApplications } from '../../features/applications/components/my-applications.tsx';
import { useSession } from '../../lib/session/session-context.tsx';

/**
 * Apply Now: the application for services (public; linked to the account when signed in), then
 * its confirmation number; below, the status lookup and, for a signed-in parent, their applications.
 */
export function ApplyRoute() {
  const { t } = useTranslation('apply');
  const signedIn = useSession().status === 'signedIn';
  const [receipt, setReceipt] = useState<ApplicationReceipt | null>(null);

  return (
    <div className="padding-y-4">
      <div className="grid-row">
        <div className="tablet:grid-col-10 desktop:grid-col-8">
          <h1>{t(pageLabelKey('applyNow'))}</h1>
          <p className="usa-intro">{t('intro')}</p>
          <p>{t('whatYouNeed')}</p>
          <section aria-labelledby="apply-form-heading">
            <h2 id="apply-form-heading">{t('formHeading')}</h2>
            {receipt ? (
              <Confirmation
                namespace="apply"
                headingId="apply-confirmation-heading"
                confirmationNumber={receipt.confirmationNumber}
                onAnother={() => setReceipt(null)}
              />
            ) : (
              <>
                {!signedIn && (
                  <p>
                    {t('signInToKeep')}{' '}
                    <Link to={`${paths.signIn.path}?next=${encodeURIComponent(paths.applyNow.path)}`}>
                      {t('signIn')}
                    </Link>
                  </p>
                )}
                <ApplicationForm signedIn={signedIn} onSubmitted={setReceipt} />
              </>
            )}
          </section>
          <section aria-labelledby="apply-status-heading" className="margin-top-6">
            <h2 id="apply-status-heading">{t('status.heading')}</h2>
            <p>{t('status.intro')}</p>
            <ApplicationStatusLookup />
          </section>
          {signedIn && (
            <section aria-labelledby="apply-mine-heading" className="margin-top-6">
              <h2 id="apply-mine-heading">{t('mine.heading')}</h2>
              <MyApplications />
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
