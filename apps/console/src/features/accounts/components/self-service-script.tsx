import type { AccountView } from '@cos/contracts';
import { CheckboxField } from '@cos/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

// What the agent tells the caller, in the order of the portal's "Forgot your User ID or
// Password?" flow (apps/web /forgot). The agent never hears, sees or sets a password or an answer.
const steps = [
  'open',
  'identity',
  'questions',
  'choose',
  'temporary',
  'signIn',
  'newPassword',
  'next',
] as const;

/**
 * "Help the caller reset on their own": a guided script with a checkbox per step, so the agent
 * keeps their place while the caller works through the self-service reset. The ticks are only
 * this screen's (not saved).
 */
export function SelfServiceScript({ account }: { account: AccountView }) {
  const { t } = useTranslation('accounts');
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const recoveryLocked = account.badges.some((badge) => badge.kind === 'recovery_locked');
  const disabled = account.badges.some((badge) => badge.kind === 'disabled');

  function toggle(step: string, checked: boolean) {
    setDone((previous) => {
      const next = new Set(previous);
      if (checked) next.add(step);
      else next.delete(step);
      return next;
    });
  }

  return (
    <section
      aria-labelledby="script-heading"
      className="margin-bottom-4 bg-base-lightest padding-2 radius-md cos-script"
    >
      <h2 id="script-heading" className="margin-top-0">
        {t('script.heading')}
      </h2>
      <p>{t('script.intro')}</p>
      <div className="usa-alert usa-alert--info usa-alert--slim usa-alert--no-icon margin-y-2">
        <div className="usa-alert__body">
          <p className="usa-alert__text">{t('script.never')}</p>
        </div>
      </div>
      {(recoveryLocked || disabled) && (
        <div className="usa-alert usa-alert--warning usa-alert--slim margin-y-2">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t(disabled ? 'script.disabled' : 'script.recoveryLocked')}</p>
          </div>
        </div>
      )}
      <ol className="usa-list usa-list--unstyled">
        {steps.map((step, index) => (
          <li key={step}>
            <CheckboxField
              id={`script-step-${step}`}
              label={`${index + 1}. ${t(`script.steps.${step}`)}`}
              checked={done.has(step)}
              onChange={(event) => toggle(step, event.target.checked)}
            />
            {step === 'questions' && account.securityQuestions.length > 0 && (
              <ul className="usa-list font-body-2xs margin-left-4 margin-top-05">
                {account.securityQuestions.map((question) => (
                  <li key={question.questionId} lang="en">
                    {question.text}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      <p role="status" className="margin-bottom-0">
        {t('script.progress', { done: done.size, total: steps.length })}
      </p>
      {done.size > 0 && (
        <button
          type="button"
          className="usa-button usa-button--unstyled margin-top-1"
          onClick={() => setDone(new Set())}
        >
          {t('script.reset')}
        </button>
      )}
    </section>
  );
}
