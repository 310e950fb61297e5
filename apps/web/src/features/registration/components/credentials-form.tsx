import {
  ErrorSummary,
  NewPasswordField,
  TextField,
  errorText,
  useProblemText,
  type FieldError,
} from '@cos/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SecurityQuestionsFieldset } from '../../../components/forms/security-questions-fieldset.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { serverFieldErrors } from '../../../lib/form-errors.ts';
import { usePasswordCheck } from '../../../lib/password/use-password-check.ts';
import { questionCount } from '../../../lib/security-questions/answers.ts';
import { completeRegistration } from '../api/complete-registration.ts';
import { credentialsFieldId, credentialsFieldIds, validateCredentials } from '../lib/credentials-form.ts';
import type { VerifiedIdentity } from './identity-form.tsx';

const slots = Array.from({ length: questionCount }, () => '');

type Props = {
  identity: VerifiedIdentity;
  onRegistered: () => void;
  /** The registration token ran out (or was refused): start again at step 1. */
  onExpired: () => void;
};

/** Registration step 2: User ID, password, optional email and three security questions. */
export function CredentialsForm({ identity, onRegistered, onExpired }: Props) {
  const { t } = useTranslation('registration');
  const describe = useProblemText();
  const [userId, setUserId] = useState('');
  const [password, setPassword] = useState('');
  const [email, setEmail] = useState('');
  const [chosen, setChosen] = useState<string[]>(slots);
  const [answers, setAnswers] = useState<string[]>(slots);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const check = usePasswordCheck(password, { userId, names: [identity.firstName, identity.lastName] });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { errors: problems, request } = validateCredentials(
      { userId, password, email, questions: chosen, answers },
      password ? check.validate(password)[0] : undefined,
      describe,
    );
    setErrors(problems);
    if (!request) return;
    setBusy(true);
    try {
      await completeRegistration({ registrationToken: identity.registrationToken, ...request });
      onRegistered();
    } catch (error) {
      if (
        isApiError(error, 'UNAUTHENTICATED') ||
        (isApiError(error) && error.fields.some((field) => field.field === 'registrationToken'))
      ) {
        onExpired();
        return;
      }
      if (isApiError(error, 'CONFLICT') || isApiError(error, 'VALIDATION_FAILED')) {
        setErrors(serverFieldErrors(error, credentialsFieldId, credentialsFieldIds.userId));
      } else
        setErrors(
          requestFailure(error, credentialsFieldIds.userId, (count) =>
            t('auth:errors.rateLimited', { count }),
          ),
        );
    } finally {
      setBusy(false);
    }
  }

  const update = (list: string[], index: number, value: string) =>
    list.map((item, at) => (at === index ? value : item));

  return (
    <>
      <ErrorSummary errors={errors} />
      <p>{t('credentials.intro', { name: identity.firstName })}</p>
      <form className="usa-form usa-form--large" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id={credentialsFieldIds.userId}
          name="userId"
          label={t('credentials.userId')}
          hint={t('credentials.userIdHint')}
          error={errorText(errors, credentialsFieldIds.userId, t)}
          value={userId}
          onChange={(event) => setUserId(event.target.value)}
          autoComplete="username"
          autoCapitalize="off"
          spellCheck={false}
          maxLength={30}
          required
        />
        <NewPasswordField
          id={credentialsFieldIds.password}
          name="password"
          label={t('credentials.password')}
          value={password}
          onChange={setPassword}
          error={errorText(errors, credentialsFieldIds.password, t)}
          check={check}
        />
        <TextField
          id={credentialsFieldIds.email}
          name="email"
          type="email"
          label={t('credentials.email')}
          hint={t('credentials.emailHint')}
          error={errorText(errors, credentialsFieldIds.email, t)}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          autoComplete="email"
          spellCheck={false}
        />
        <SecurityQuestionsFieldset
          chosen={chosen}
          answers={answers}
          onChoose={(index, questionId) => setChosen((list) => update(list, index, questionId))}
          onAnswer={(index, answer) => setAnswers((list) => update(list, index, answer))}
          errors={errors}
        />
        <button className="usa-button" type="submit" disabled={busy}>
          {t('credentials.submit')}
        </button>
      </form>
    </>
  );
}
