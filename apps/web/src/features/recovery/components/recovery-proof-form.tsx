import type { RecoveryAnswerResponse, RecoveryProof } from '@cos/contracts';
import { CheckboxField, ErrorSummary, RadioGroupField, TextField, useApiForm } from '@cos/ui';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { answerRecovery, sendRecoveryEmailCode } from '../api/answer-recovery.ts';
import { RecoveryProofValues, proofFieldIds, type RecoveryAnswers } from '../lib/recovery-form.ts';
import { RecoveryLocked } from './recovery-answers-form.tsx';

const methods: ReadonlyArray<RecoveryProof['method']> = ['recovery_code', 'totp', 'email'];

type Props = {
  recoveryToken: string;
  /** The answers just given (right, the server said): sent again with the proof. */
  answers: RecoveryAnswers;
  onRecovered: (result: RecoveryAnswerResponse) => void;
  onExpired: () => void;
};

/**
 * Recovery for a parent with a passkey or a second factor (docs/security.md): the answers alone do
 * not recover the account, so a recovery code, a code from the authenticator app or an emailed
 * code goes beside them; a parent with a passkey can simply sign in with it. Which proofs the
 * account has is not said (the server keeps that to itself): each is offered.
 */
export function RecoveryProofForm({ recoveryToken, answers, onRecovered, onExpired }: Props) {
  const { t } = useTranslation('recovery');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { form, mutation, errors, busy, onSubmit, field } = useApiForm({
    schema: RecoveryProofValues,
    defaultValues: { method: 'recovery_code', code: '', removeAuthenticator: false },
    ids: proofFieldIds,
    messages: { code: 'recovery:proof.codeRequired' },
    submit: ({ method, code, removeAuthenticator }) =>
      answerRecovery({
        recoveryToken,
        ...answers,
        proof: { method, code },
        // Proven without the app, it can be turned off (the parent is emailed; it is audited).
        removeAuthenticator: removeAuthenticator && method !== 'totp',
      }),
    onSuccess: onRecovered,
    failure: (error) => {
      if (isApiError(error, 'UNAUTHENTICATED')) {
        onExpired();
        return [];
      }
      if (isApiError(error, 'RECOVERY_LOCKED')) return [];
      if (isApiError(error, 'RECOVERY_NOT_VERIFIED')) {
        form.setValue('code', '');
        return [{ fieldId: proofFieldIds.code, messageKey: 'recovery:proof.wrong' }];
      }
      return requestFailure(error, proofFieldIds.code, (count) => t('auth:errors.rateLimited', { count }));
    },
  });
  const method = useWatch({ control: form.control, name: 'method' });
  const email = useMutation({ mutationFn: () => sendRecoveryEmailCode(recoveryToken) });

  if (isApiError(mutation.error, 'RECOVERY_LOCKED'))
    return <RecoveryLocked message={mutation.error.message} />;

  return (
    <>
      <ErrorSummary errors={errors} />
      <h3 ref={heading} tabIndex={-1}>
        {t('proof.heading')}
      </h3>
      <p>{t('proof.intro')}</p>
      <p>
        {t('proof.passkey')} <Link to={paths.signIn.path}>{t('proof.passkeyLink')}</Link>
      </p>
      <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit}>
        <RadioGroupField
          id={proofFieldIds.method}
          name="method"
          legend={t('proof.method')}
          value={method}
          onChange={(value) => {
            const chosen = methods.find((candidate) => candidate === value);
            if (chosen) form.setValue('method', chosen);
          }}
          options={methods.map((value) => ({ value, label: t(`proof.methods.${value}`) }))}
        />
        {method === 'email' && (
          <>
            <p>
              <button
                type="button"
                className="usa-button usa-button--outline"
                disabled={email.isPending}
                onClick={() => email.mutate()}
              >
                {t('proof.sendEmail')}
              </button>
            </p>
            {email.isSuccess && (
              <div className="usa-alert usa-alert--info usa-alert--slim" role="status">
                <div className="usa-alert__body">
                  <p className="usa-alert__text">{t('proof.emailSent')}</p>
                </div>
              </div>
            )}
            {email.isError && (
              <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
                <div className="usa-alert__body">
                  <p className="usa-alert__text">{t('auth:errors.unexpected')}</p>
                </div>
              </div>
            )}
          </>
        )}
        <TextField
          {...field('code')}
          label={t(`proof.labels.${method}`)}
          hint={t(`proof.hints.${method}`)}
          autoComplete="one-time-code"
          autoCapitalize="characters"
          spellCheck={false}
          inputMode={method === 'recovery_code' ? 'text' : 'numeric'}
          required
        />
        {method !== 'totp' && (
          <CheckboxField {...field('removeAuthenticator')} label={t('proof.removeAuthenticator')} />
        )}
        <button className="usa-button" type="submit" disabled={busy}>
          {t('answers.submit')}
        </button>
      </form>
    </>
  );
}
