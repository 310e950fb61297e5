import { ErrorSummary, TextField, errorText, type FieldError } from '@cos/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { paths, safeNextPath } from '../../../config/paths.ts';
import { identify } from '../api/identify.ts';
import {
  formText,
  nextSearch,
  readSignInState,
  signInFieldIds,
  validateUserId,
} from '../lib/sign-in-form.ts';
import { requestFailure } from '../../../lib/request-failure.ts';

/** Sign-in step 1: the User ID. The answer never says whether the ID exists (that is step 2's job). */
export function UserIdForm() {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const next = safeNextPath(search.get('next'));
  // Coming back with "Not you?" keeps what was typed.
  const previous = readSignInState(useLocation().state);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const userId = formText(event.currentTarget, 'userId').trim();
    const problems = validateUserId(userId);
    setErrors(problems);
    if (problems.length > 0) return;
    setBusy(true);
    try {
      await identify(userId);
      await navigate(`${paths.signInPassword.path}${nextSearch(next)}`, { state: { userId } });
    } catch (error) {
      setErrors(requestFailure(error, signInFieldIds.userId, (count) => t('errors.rateLimited', { count })));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <form className="usa-form" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id={signInFieldIds.userId}
          name="userId"
          label={t('userId')}
          hint={t('userIdIntro')}
          error={errorText(errors, signInFieldIds.userId, t)}
          defaultValue={previous?.userId}
          autoComplete="username"
          autoCapitalize="off"
          spellCheck={false}
          required
        />
        <button className="usa-button" type="submit" disabled={busy}>
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
