import { ErrorSummary, TextField, errorFor, type FieldError } from '@cos/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { formText, readSignInState, signInFieldIds, validateUserId } from '../lib/sign-in-form.ts';

/** Sign-in step 1: the User ID. The answer never says whether the ID exists (that is step 2's job). */
export function UserIdForm() {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  // Coming back with "Change User ID" keeps what was typed.
  const previous = readSignInState(useLocation().state);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const userIdError = errorFor(errors, signInFieldIds.userId);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const userId = formText(event.currentTarget, 'userId').trim();
    const problems = validateUserId(userId);
    setErrors(problems);
    if (problems.length === 0) void navigate(paths.signInPassword.path, { state: { userId } });
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <form className="usa-form" noValidate onSubmit={submit}>
        <TextField
          id={signInFieldIds.userId}
          name="userId"
          label={t('userId')}
          hint={t('userIdIntro')}
          error={userIdError && t(userIdError)}
          defaultValue={previous?.userId}
          autoComplete="username"
          autoCapitalize="off"
          spellCheck={false}
          required
        />
        <button className="usa-button" type="submit">
          {t('continue')}
        </button>
      </form>
      <p className="margin-top-3">
        <Link to={paths.forgot.path}>{t('forgot')}</Link>
      </p>
      <p>
        {t('newHere')} <Link to={paths.register.path}>{t('register')}</Link>
      </p>
    </>
  );
}
