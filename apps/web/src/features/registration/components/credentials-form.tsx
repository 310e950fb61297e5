import { ErrorSummary, NewPasswordField, TextField, useApiForm, useProblemText } from '@cos/ui';
import { useTranslation } from 'react-i18next';
import { SecurityQuestionsFieldset } from '../../../components/forms/security-questions-fieldset.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { serverFieldErrors } from '../../../lib/form-errors.ts';
import { usePasswordCheck } from '../../../lib/password/use-password-check.ts';
import { completeRegistration } from '../api/complete-registration.ts';
import {
  credentialsDefaults,
  credentialsFieldIds,
  credentialsMessages,
  credentialsSchema,
} from '../lib/credentials-form.ts';
import type { VerifiedIdentity } from './identity-form.tsx';

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
  // The password rules need the User ID typed so far, so the check is made after the form's hook;
  // the schema reads it when a submit runs.
  let firstProblem: (password: string) => string | undefined = () => undefined;
  const { form, errors, busy, onSubmit, field } = useApiForm({
    schema: credentialsSchema({ passwordProblem: (password) => firstProblem(password), text: t }),
    defaultValues: credentialsDefaults(),
    ids: credentialsFieldIds,
    messages: credentialsMessages,
    submit: (request) => completeRegistration({ registrationToken: identity.registrationToken, ...request }),
    onSuccess: onRegistered,
    failure: (error, fieldId) => {
      if (
        isApiError(error, 'UNAUTHENTICATED') ||
        (isApiError(error) && error.fields.some((problem) => problem.field === 'registrationToken'))
      ) {
        onExpired();
        return [];
      }
      if (isApiError(error, 'CONFLICT') || isApiError(error, 'VALIDATION_FAILED'))
        return serverFieldErrors(error, fieldId, credentialsFieldIds.userId);
      return requestFailure(error, credentialsFieldIds.userId, (count) =>
        t('auth:errors.rateLimited', { count }),
      );
    },
  });
  const [userId, password, chosen] = form.watch(['userId', 'password', 'securityAnswers']);
  const check = usePasswordCheck(password, { userId, names: [identity.firstName, identity.lastName] });
  firstProblem = (candidate) => {
    const [problem] = check.validate(candidate);
    return problem && describe(problem);
  };
  const { error: passwordError } = field('password');

  return (
    <>
      <ErrorSummary errors={errors} />
      <p>{t('credentials.intro', { name: identity.firstName })}</p>
      <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit}>
        <TextField
          {...field('userId')}
          label={t('credentials.userId')}
          hint={t('credentials.userIdHint')}
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
          onChange={(value) => form.setValue('password', value)}
          error={passwordError}
          check={check}
        />
        <TextField
          {...field('email')}
          type="email"
          label={t('credentials.email')}
          hint={t('credentials.emailHint')}
          autoComplete="email"
          spellCheck={false}
        />
        <SecurityQuestionsFieldset field={field} chosen={chosen} />
        <button className="usa-button" type="submit" disabled={busy}>
          {t('credentials.submit')}
        </button>
      </form>
    </>
  );
}
