import type { AccountView } from '@cos/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusBadges } from '../../../components/ui/status-badges.tsx';
import { formatAgencyDateTime } from '../../../lib/format.ts';
import { RevealSsn } from './reveal-ssn.tsx';

function Facts({ children }: { children: ReactNode }) {
  return <dl className="cos-facts">{children}</dl>;
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="cos-fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Why the caller cannot get in, at a glance: status, sign-in counters, identity (masked), cases, questions. */
export function AccountOverview({ account, canRevealSsn }: { account: AccountView; canRevealSsn: boolean }) {
  const { t, i18n } = useTranslation('accounts');
  const language = i18n.resolvedLanguage ?? 'en';
  const when = (iso: string | null) => (iso ? formatAgencyDateTime(iso, language) : t('never'));

  return (
    <>
      <section aria-labelledby="status-heading">
        <h2 id="status-heading">{t('status.heading')}</h2>
        <StatusBadges badges={account.badges} />
        <Facts>
          <Fact term={t('status.failedAttempts')}>{account.failedSignInCount}</Fact>
          <Fact term={t('status.lastSignIn')}>{when(account.lastSignInAt)}</Fact>
          <Fact term={t('status.activeSessions')}>{account.activeSessions}</Fact>
          <Fact term={t('status.passwordChanged')}>{when(account.passwordChangedAt)}</Fact>
          <Fact term={t('status.registered')}>{when(account.registeredAt)}</Fact>
        </Facts>
      </section>

      {account.pendingDirectDepositChange && (
        // A parent on the phone about a bank change they did not make: what waits and until when.
        <section
          aria-labelledby="dd-pending-heading"
          className="usa-alert usa-alert--warning usa-alert--slim margin-top-4"
          data-testid="dd-pending"
        >
          <div className="usa-alert__body">
            <h2 id="dd-pending-heading" className="usa-alert__heading">
              {t('directDeposit.pendingHeading')}
            </h2>
            <p className="usa-alert__text">
              {t('directDeposit.pendingText', {
                type: t(`directDeposit.types.${account.pendingDirectDepositChange.accountType}`),
                last4: account.pendingDirectDepositChange.accountNumberLast4,
                requested: when(account.pendingDirectDepositChange.requestedAt),
                effective: when(account.pendingDirectDepositChange.effectiveAt),
              })}
            </p>
          </div>
        </section>
      )}

      <section aria-labelledby="identity-heading" className="margin-top-4">
        <h2 id="identity-heading">{t('identity.heading')}</h2>
        <Facts>
          <Fact term={t('identity.userId')}>{account.userId}</Fact>
          <Fact term={t('identity.ssn')}>
            <RevealSsn
              key={account.accountId}
              accountId={account.accountId}
              masked={account.ssn}
              allowed={canRevealSsn}
            />
          </Fact>
          <Fact term={t('identity.birthYear')}>{account.birthYear}</Fact>
          <Fact term={t('identity.email')}>{account.email ?? t('identity.none')}</Fact>
          <Fact term={t('identity.phone')}>{account.phone ?? t('identity.none')}</Fact>
        </Facts>
      </section>

      <section aria-labelledby="cases-heading" className="margin-top-4">
        <h2 id="cases-heading">{t('cases.heading')}</h2>
        {account.cases.length === 0 ? (
          <p>{t('cases.none')}</p>
        ) : (
          <table className="usa-table usa-table--borderless usa-table--compact">
            <caption className="usa-sr-only">{t('cases.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cases.number')}</th>
                <th scope="col">{t('cases.role')}</th>
                <th scope="col">{t('cases.status')}</th>
                <th scope="col">{t('cases.county')}</th>
              </tr>
            </thead>
            <tbody>
              {account.cases.map((caseRole) => (
                <tr key={caseRole.caseNumber}>
                  <th scope="row">{caseRole.caseNumber}</th>
                  <td>{t(`cases.roles.${caseRole.role}`)}</td>
                  <td>{t(`cases.statuses.${caseRole.status}`)}</td>
                  <td>{caseRole.county}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="questions-heading" className="margin-top-4">
        <h2 id="questions-heading">{t('questions.heading')}</h2>
        <p className="usa-hint">{t('questions.hint')}</p>
        {account.securityQuestions.length === 0 ? (
          <p>{t('questions.none')}</p>
        ) : (
          <ul className="usa-list">
            {account.securityQuestions.map((question) => (
              <li key={question.questionId} lang="en">
                {question.text}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
