import type { RecoveryAnswerResponse, RecoveryChoice, RecoveryStartResponse } from '@cos/contracts';
import { ErrorSummary, TextField, useApiForm, type FieldError } from '@cos/ui';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PhoneLink } from '../../../components/ui/phone-link.tsx';
import { paths } from '../../../config/paths.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { answerRecovery } from '../api/answer-recovery.ts';
import {
  RecoveryAnswersValues,
  answerFieldId,
  type RecoveryAnswers,
  recoveryAnswersIds,
  recoveryAnswersMessages,
  recoveryFieldIds,
} from '../lib/recovery-form.ts';

const choices: ReadonlyArray<{ value: RecoveryChoice; id: string }> = [
  { value: 'userId', id: recoveryFieldIds.recover },
  { value: 'password', id: 'recover-password' },
  { value: 'both', id: 'recover-both' },
];

type Props = {
  started: RecoveryStartResponse;
  onRecovered: (result: RecoveryAnswerResponse) => void;
  /** Right answers, but the account has a passkey or a second factor: a proof is asked for too. */
  onProofRequired: (answers: RecoveryAnswers) => void;
  /** The recovery token ran out or was refused: start again at step 1. */
  onExpired: () => void;
};

/**
 * Recovery step 2: the questions the server chose (the person cannot pick others) and what to
 * recover. Wrong answers get one generic message; after too many, recovery is paused and the page
 * points to the contact center instead of the form.
 */
export function RecoveryAnswersForm({ started, onRecovered, onProofRequired, onExpired }: Props) {
  const { t } = useTranslation('recovery');
  const { form, mutation, errors, busy, onSubmit, field, errorAt } = useApiForm({
    schema: RecoveryAnswersValues,
    defaultValues: {
      answers: started.questions.map(({ id }) => ({ questionId: id, answer: '' })),
      recover: '',
    },
    ids: recoveryAnswersIds(started.questions),
    messages: recoveryAnswersMessages(started.questions),
    submit: (request) => answerRecovery({ recoveryToken: started.recoveryToken, ...request }),
    onSuccess: onRecovered,
    failure: (error): FieldError[] => {
      const first = answerFieldId(0);
      if (isApiError(error, 'UNAUTHENTICATED')) {
        onExpired();
        return [];
      }
      if (isApiError(error, 'RECOVERY_LOCKED')) return []; // the page below replaces the form
      if (isApiError(error, 'SECOND_FACTOR_REQUIRED')) {
        onProofRequired(RecoveryAnswersValues.parse(form.getValues()));
        return [];
      }
      if (isApiError(error, 'RECOVERY_NOT_VERIFIED')) {
        // Wrong answers are typed again from scratch; the choice of what to recover stays.
        started.questions.forEach((_, index) => form.setValue(`answers.${index}.answer`, ''));
        return [{ fieldId: first, messageKey: 'recovery:errors.notVerified' }];
      }
      return requestFailure(error, first, (count) => t('auth:errors.rateLimited', { count }));
    },
  });

  if (isApiError(mutation.error, 'RECOVERY_LOCKED'))
    return <RecoveryLocked message={mutation.error.message} />;

  const recoverError = errorAt(recoveryFieldIds.recover);
  return (
    <>
      <ErrorSummary errors={errors} />
      <p>{t('answers.intro')}</p>
      <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit}>
        {started.questions.map((question, index) => (
          <TextField
            key={question.id}
            {...field(`answers.${index}.answer`)}
            label={question.text}
            autoComplete="off"
            spellCheck={false}
            maxLength={200}
            required
          />
        ))}
        <fieldset
          className={`usa-fieldset usa-form-group margin-top-4${recoverError ? ' usa-form-group--error' : ''}`}
          aria-describedby={recoverError ? 'recover-error' : undefined}
        >
          <legend className={`usa-legend text-bold${recoverError ? ' usa-label--error' : ''}`}>
            {t('answers.recoverLegend')}
          </legend>
          {recoverError && (
            <span className="usa-error-message" id="recover-error">
              {recoverError}
            </span>
          )}
          {choices.map(({ value, id }) => (
            <div key={value} className="usa-radio">
              <input
                {...form.register('recover')}
                className="usa-radio__input usa-radio__input--tile"
                id={id}
                type="radio"
                value={value}
                aria-describedby={`${id}-description`}
              />
              <label className="usa-radio__label" htmlFor={id}>
                {t(`answers.choices.${value}.label`)}
                <span className="usa-checkbox__label-description" id={`${id}-description`}>
                  {t(`answers.choices.${value}.description`)}
                </span>
              </label>
            </div>
          ))}
        </fieldset>
        <button className="usa-button" type="submit" disabled={busy}>
          {t('answers.submit')}
        </button>
      </form>
    </>
  );
}

/** Recovery is paused: the server's words, the contact center, and sign-in (which still works). */
export function RecoveryLocked({ message }: { message: string }) {
  const { t } = useTranslation('recovery');
  const alert = useRef<HTMLDivElement>(null);
  useEffect(() => alert.current?.focus(), []);
  return (
    <div ref={alert} tabIndex={-1} className="usa-alert usa-alert--error margin-y-3" role="alert">
      <div className="usa-alert__body">
        <h3 className="usa-alert__heading">{t('locked.heading')}</h3>
        <p className="usa-alert__text">{message}</p>
        <p className="usa-alert__text">
          {t('callUs')} <PhoneLink />
        </p>
        <p className="usa-alert__text">
          <Link to={paths.signIn.path}>{t('locked.signIn')}</Link>
        </p>
      </div>
    </div>
  );
}
