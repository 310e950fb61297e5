import { ErrorSummary, PasswordField, errorText, type FieldError } from '@cos/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SecurityQuestionsFieldset } from '../../../components/forms/security-questions-fieldset.tsx';
import { paths } from '../../../config/paths.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { serverFieldErrors } from '../../../lib/form-errors.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import {
  questionCount,
  securityAnswerFieldId,
  securityAnswerProblems,
  securityAnswersRequest,
} from '../../../lib/security-questions/answers.ts';
import { changeSecurityQuestions } from '../api/change-security-questions.ts';
import { mySecurityQuestionsQueryOptions } from '../api/get-my-security-questions.ts';

const passwordId = 'current-password';
const empty = Array.from({ length: questionCount }, () => '');

/**
 * The current password, then three questions and answers (the registration rules). The answers
 * are never shown back: the page lists which questions are on file, nothing more.
 */
export function ChangeSecurityQuestionsForm({ userId }: { userId: string | undefined }) {
  const { t } = useTranslation('auth');
  const queryClient = useQueryClient();
  const mine = useQuery(mySecurityQuestionsQueryOptions());
  const [password, setPassword] = useState('');
  const [chosen, setChosen] = useState<string[]>(empty);
  const [answers, setAnswers] = useState<string[]>(empty);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const success = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (done) success.current?.focus();
  }, [done]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: FieldError[] = [];
    if (!password) problems.push({ fieldId: passwordId, messageKey: 'auth:errors.currentPasswordRequired' });
    problems.push(
      ...securityAnswerProblems({ questions: chosen, answers }, { userId: userId ?? '', password }),
    );
    setErrors(problems);
    if (problems.length > 0) return;
    setBusy(true);
    try {
      const saved = await changeSecurityQuestions({
        currentPassword: password,
        securityAnswers: securityAnswersRequest({ questions: chosen, answers }),
      });
      queryClient.setQueryData(mySecurityQuestionsQueryOptions().queryKey, saved);
      setPassword('');
      setChosen(empty);
      setAnswers(empty);
      setDone(true);
    } catch (error) {
      if (isApiError(error, 'VALIDATION_FAILED')) {
        setErrors(
          serverFieldErrors(
            error,
            (field) => (field === 'currentPassword' ? passwordId : securityAnswerFieldId(field)),
            passwordId,
          ),
        );
      } else setErrors(requestFailure(error, passwordId, (count) => t('errors.rateLimited', { count })));
    } finally {
      setBusy(false);
    }
  }

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
      <form className="usa-form usa-form--large" noValidate onSubmit={(event) => void submit(event)}>
        <PasswordField
          id={passwordId}
          name="currentPassword"
          label={t('securityQuestions.password')}
          hint={t('securityQuestions.passwordHint')}
          error={errorText(errors, passwordId, t)}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          autoComplete="current-password"
          required
        />
        <SecurityQuestionsFieldset
          chosen={chosen}
          answers={answers}
          onChoose={(index, id) => setChosen((list) => list.map((item, at) => (at === index ? id : item)))}
          onAnswer={(index, answer) =>
            setAnswers((list) => list.map((item, at) => (at === index ? answer : item)))
          }
          errors={errors}
        />
        <button className="usa-button" type="submit" disabled={busy}>
          {t('securityQuestions.submit')}
        </button>
      </form>
    </>
  );
}
