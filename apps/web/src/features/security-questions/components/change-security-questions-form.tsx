import { ErrorSummary, PasswordField, useApiForm } from '@cos/ui';
import { ChangeSecurityQuestionsRequest } from '@cos/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { SecurityQuestionsFieldset } from '../../../components/forms/security-questions-fieldset.tsx';
import { paths } from '../../../config/paths.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { serverFieldErrors } from '../../../lib/form-errors.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import {
  checkSecurityAnswers,
  securityAnswerIds,
  securityAnswerMessages,
  securityAnswersDefaults,
  securityAnswersRequest,
} from '../../../lib/security-questions/answers.ts';
import { changeSecurityQuestions } from '../api/change-security-questions.ts';
import { mySecurityQuestionsQueryOptions } from '../api/get-my-security-questions.ts';

const ids = { currentPassword: 'current-password', ...securityAnswerIds };

/** The form's values; the output is ChangeSecurityQuestionsRequest (the registration rules). */
function changeSecurityQuestionsSchema(userId: string | undefined, text: (key: string) => string) {
  return z
    .object({
      currentPassword: ChangeSecurityQuestionsRequest.shape.currentPassword,
      securityAnswers: z.array(z.object({ questionId: z.string(), answer: z.string() })),
    })
    .superRefine(({ currentPassword, securityAnswers }, context) =>
      checkSecurityAnswers(
        { securityAnswers, userId: userId ?? '', password: currentPassword },
        context,
        text,
      ),
    )
    .transform(({ currentPassword, securityAnswers }) => ({
      currentPassword,
      securityAnswers: securityAnswersRequest(securityAnswers),
    }));
}

/**
 * The current password, then three questions and answers (the registration rules). The answers
 * are never shown back: the page lists which questions are on file, nothing more.
 */
export function ChangeSecurityQuestionsForm({ userId }: { userId: string | undefined }) {
  const { t } = useTranslation('auth');
  const queryClient = useQueryClient();
  const mine = useQuery(mySecurityQuestionsQueryOptions());
  const success = useRef<HTMLDivElement>(null);
  const { form, mutation, errors, busy, onSubmit, field } = useApiForm({
    schema: changeSecurityQuestionsSchema(userId, t),
    defaultValues: { currentPassword: '', securityAnswers: securityAnswersDefaults() },
    ids,
    messages: { currentPassword: 'auth:errors.currentPasswordRequired', ...securityAnswerMessages },
    submit: changeSecurityQuestions,
    onSuccess: (saved) => {
      queryClient.setQueryData(mySecurityQuestionsQueryOptions().queryKey, saved);
      form.reset();
    },
    failure: (error, fieldId) =>
      isApiError(error, 'VALIDATION_FAILED')
        ? serverFieldErrors(error, fieldId, ids.currentPassword)
        : requestFailure(error, ids.currentPassword, (count) => t('errors.rateLimited', { count })),
  });
  const done = mutation.isSuccess;

  useEffect(() => {
    if (done) success.current?.focus();
  }, [done]);

  return (
    <>
      <section aria-labelledby="on-file-heading" className="margin-y-3">
        <h2 id="on-file-heading">{t('securityQuestions.onFileHeading')}</h2>
        {mine.isPending && <p role="status">{t('securityQuestions.loading')}</p>}
        {mine.isError && <p className="usa-error-message">{t('securityQuestions.loadFailed')}</p>}
        {mine.data && (
          <ul className="usa-list">
            {mine.data.items.map((question) => (
              <li key={question.id}>{question.text}</li>
            ))}
          </ul>
        )}
      </section>
      {done && (
        <div ref={success} tabIndex={-1} className="usa-alert usa-alert--success margin-y-3" role="status">
          <div className="usa-alert__body">
            <h2 className="usa-alert__heading">{t('securityQuestions.doneHeading')}</h2>
            <p className="usa-alert__text">{t('securityQuestions.doneText')}</p>
            <p className="usa-alert__text">
              <Link to={paths.security.path}>{t('securityQuestions.back')}</Link>
            </p>
          </div>
        </div>
      )}
      <h2>{t('securityQuestions.changeHeading')}</h2>
      <ErrorSummary errors={errors} />
      <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit}>
        <PasswordField
          {...field('currentPassword')}
          label={t('securityQuestions.password')}
          hint={t('securityQuestions.passwordHint')}
          autoComplete="current-password"
          required
        />
        <SecurityQuestionsFieldset field={field} chosen={form.watch('securityAnswers')} />
        <button className="usa-button" type="submit" disabled={busy}>
          {t('securityQuestions.submit')}
        </button>
      </form>
    </>
  );
}
