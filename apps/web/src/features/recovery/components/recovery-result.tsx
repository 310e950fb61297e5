import type { RecoveryAnswerResponse } from '@cos/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CopyButton } from '../../../components/ui/copy-button.tsx';
import { paths } from '../../../config/paths.ts';
import { formatAgencyDateTime } from '../../../lib/format/agency-time.ts';

/**
 * Recovery step 3: what the server gave, shown this once (it lives only in this page's memory: a
 * reload or leaving the page loses it), each with a Copy button, and the way on to sign in.
 */
export function RecoveryResult({ result }: { result: RecoveryAnswerResponse }) {
  const { t, i18n } = useTranslation('recovery');
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <div className="margin-y-3">
      <div className="usa-alert usa-alert--success usa-alert--slim">
        <div className="usa-alert__body">
          <p className="usa-alert__text">{t('result.verified')}</p>
        </div>
      </div>
      {result.userId && (
        <section aria-labelledby="recovered-user-id" className="margin-top-4">
          <h3 id="recovered-user-id">{t('result.userIdHeading')}</h3>
          <p
            className="font-mono-lg text-bold bg-base-lightest border-1px border-base-light radius-md padding-x-2 padding-y-1 display-inline-block margin-y-1 margin-right-2"
            translate="no"
          >
            {result.userId}
          </p>
          <CopyButton value={result.userId} label={t('result.copyUserId')} />
          {!result.temporaryPassword && <p>{t('result.passwordUnchanged')}</p>}
        </section>
      )}
      {result.temporaryPassword && (
        <section aria-labelledby="temporary-password" className="margin-top-4">
          <h3 id="temporary-password">{t('result.temporaryPasswordHeading')}</h3>
          <p
            className="font-mono-lg text-bold bg-base-lightest border-1px border-base-light radius-md padding-x-2 padding-y-1 display-inline-block margin-y-1 margin-right-2"
            translate="no"
          >
            {result.temporaryPassword}
          </p>
          <CopyButton value={result.temporaryPassword} label={t('result.copyTemporaryPassword')} />
          {result.expiresAt && (
            <p>{t('result.expires', { when: formatAgencyDateTime(result.expiresAt, language) })}</p>
          )}
          <div className="usa-alert usa-alert--warning usa-alert--slim">
            <div className="usa-alert__body">
              <p className="usa-alert__text">{t('result.shownOnce')}</p>
            </div>
          </div>
          <h3>{t('result.nextHeading')}</h3>
          <ol className="usa-list">
            <li>{t('result.next1')}</li>
            <li>{t('result.next2')}</li>
            <li>{t('result.next3')}</li>
          </ol>
        </section>
      )}
      <p className="margin-top-4">
        <Link className="usa-button" to={paths.signIn.path}>
          {t('result.signIn')}
        </Link>
      </p>
    </div>
  );
}
