import { LegalWarning, StepIndicator } from '@cos/ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { pageLabelKey, paths } from '../../config/paths.ts';
import { CredentialsForm } from '../../features/registration/components/credentials-form.tsx';
import {
  IdentityForm,
  type VerifiedIdentity,
} from '../../features/registration/components/identity-form.tsx';

type Step = { step: 'identity'; expired: boolean } | { step: 'credentials'; identity: VerifiedIdentity };

/**
 * Two steps on one page: the registration token from step 1 stays in memory only (a reload
 * starts again), and the step heading takes focus when the step changes.
 */
export function RegisterRoute() {
  const { t } = useTranslation('registration');
  const navigate = useNavigate();
  const [state, setState] = useState<Step>({ step: 'identity', expired: false });
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const current = state.step === 'identity' ? 0 : 1;

  useEffect(() => {
    // Not on the first render: a fresh page starts at the top as usual.
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [current]);

  return (
    <div className="padding-y-4">
      <div className="grid-row">
        <div className="tablet:grid-col-10 desktop:grid-col-8">
          <h1>{t(pageLabelKey('register'))}</h1>
          <StepIndicator
            steps={[t('steps.identity'), t('steps.credentials')]}
            current={current}
            label={t('steps.label')}
            headingRef={heading}
          />
          {state.step === 'identity' ? (
            <>
              {state.expired && (
                <div className="usa-alert usa-alert--warning usa-alert--slim margin-y-3" role="status">
                  <div className="usa-alert__body">
                    <p className="usa-alert__text">{t('expired')}</p>
                  </div>
                </div>
              )}
              <IdentityForm onVerified={(identity) => setState({ step: 'credentials', identity })} />
              <p className="margin-top-3">
                {t('haveAccount')} <Link to={paths.signIn.path}>{t('signIn')}</Link>
              </p>
            </>
          ) : (
            <CredentialsForm
              identity={state.identity}
              onRegistered={() => void navigate(paths.registered.path, { replace: true })}
              onExpired={() => setState({ step: 'identity', expired: true })}
            />
          )}
        </div>
      </div>
      <LegalWarning />
    </div>
  );
}
