import type { RecoveryAnswerResponse, RecoveryStartResponse } from '@cos/contracts';
import { LegalWarning, StepIndicator } from '@cos/ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pageLabelKey, paths } from '../../config/paths.ts';
import { RecoveryAnswersForm } from '../../features/recovery/components/recovery-answers-form.tsx';
import { RecoveryIdentityForm } from '../../features/recovery/components/recovery-identity-form.tsx';
import { RecoveryInstructions } from '../../features/recovery/components/recovery-instructions.tsx';
import { RecoveryProofForm } from '../../features/recovery/components/recovery-proof-form.tsx';
import { RecoveryResult } from '../../features/recovery/components/recovery-result.tsx';
import type { RecoveryAnswers } from '../../features/recovery/lib/recovery-form.ts';

type Step =
  | { step: 'identity'; expired: boolean }
  | { step: 'answers'; started: RecoveryStartResponse }
  | { step: 'proof'; started: RecoveryStartResponse; answers: RecoveryAnswers }
  | { step: 'result'; result: RecoveryAnswerResponse };

// The proof an account with a factor gives beside its answers is part of the answers step.
const order = { identity: 0, answers: 1, proof: 1, result: 2 } as const;

/**
 * "Forgot your User ID or Password?": who you are → the server's questions and what you need →
 * the result, shown once. Everything stays in this page's memory (the recovery token, the
 * temporary password): a reload starts again. The step heading takes focus at each step.
 */
export function ForgotRoute() {
  const { t } = useTranslation('recovery');
  const [state, setState] = useState<Step>({ step: 'identity', expired: false });
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const current = order[state.step];

  useEffect(() => {
    // Not on the first render: a fresh page starts at the top as usual.
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [current]);

  return (
    <div className="padding-y-4">
      <div className="grid-row">
        <div className="tablet:grid-col-10 desktop:grid-col-8">
          <h1>{t(pageLabelKey('forgot'))}</h1>
          {state.step === 'identity' && <p className="usa-intro">{t('intro')}</p>}
          <StepIndicator
            steps={[t('steps.identity'), t('steps.answers'), t('steps.result')]}
            current={current}
            label={t('steps.label')}
            headingRef={heading}
          />
          {state.step === 'identity' && (
            <>
              {state.expired && (
                <div className="usa-alert usa-alert--warning usa-alert--slim margin-y-3" role="status">
                  <div className="usa-alert__body">
                    <p className="usa-alert__text">{t('expired')}</p>
                  </div>
                </div>
              )}
              <RecoveryInstructions />
              <RecoveryIdentityForm onStarted={(started) => setState({ step: 'answers', started })} />
              <p className="margin-top-3">
                {t('notRegistered')} <Link to={paths.register.path}>{t('register')}</Link>
              </p>
            </>
          )}
          {state.step === 'answers' && (
            <RecoveryAnswersForm
              started={state.started}
              onRecovered={(result) => setState({ step: 'result', result })}
              onProofRequired={(answers) => setState({ step: 'proof', started: state.started, answers })}
              onExpired={() => setState({ step: 'identity', expired: true })}
            />
          )}
          {state.step === 'proof' && (
            <RecoveryProofForm
              recoveryToken={state.started.recoveryToken}
              answers={state.answers}
              onRecovered={(result) => setState({ step: 'result', result })}
              onExpired={() => setState({ step: 'identity', expired: true })}
            />
          )}
          {state.step === 'result' && <RecoveryResult result={state.result} />}
        </div>
      </div>
      <LegalWarning />
    </div>
  );
}
