import {
  CheckboxField,
  ErrorSummary,
  LegalWarning,
  PasswordField,
  TextField,
  errorText,
  type FieldError,
} from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client.ts';
import { requestErrors } from '../../../lib/form-errors.ts';
import { useSessionStore } from '../../../lib/session/session-context.tsx';
import { signIn } from '../api/sign-in.ts';
import {
  normaliseTotp,
  readStaffSignIn,
  staffFieldIds,
  validateStaffSignIn,
} from '../lib/staff-sign-in-form.ts';

/**
 * Staff sign-in: the legal warning and its acknowledgement, username, password and authenticator
 * code. Every refusal (unknown user, wrong password or code, a code used before, locked, disabled)
 * is one message, as the API gives one answer.
 */
export function StaffSignInForm() {
  const { t } = useTranslation('auth');
  const queryClient = useQueryClient();
  const store = useSessionStore();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values = readStaffSignIn(form);
    const problems = validateStaffSignIn(values);
    setErrors(problems);
    if (problems.length > 0) return;
    setBusy(true);
    try {
      const totp = normaliseTotp(values.totp);
      const grant = await signIn({
        username: values.username.trim(),
        password: values.password,
        ...(totp ? { totp } : {}),
        acknowledgedWarning: true,
      });
      // Whatever was cached belongs to whoever used this browser before. The sign-in page then
      // moves on by itself (to the page asked for, or to set up the authenticator app).
      queryClient.clear();
      store.grant(grant);
    } catch (error) {
      // The code is single-use: clear it so the next try takes a fresh one from the app.
      const code = form.elements.namedItem('totp');
      if (code instanceof HTMLInputElement) code.value = '';
      setErrors(
        isApiError(error, 'INVALID_CREDENTIALS')
          ? [{ fieldId: staffFieldIds.username, messageKey: 'auth:errors.invalidCredentials' }]
          : requestErrors(error, staffFieldIds.username),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <form className="usa-form usa-form--large" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id={staffFieldIds.username}
          name="username"
          label={t('username')}
          error={errorText(errors, staffFieldIds.username, t)}
          autoComplete="username"
          autoCapitalize="off"
          spellCheck={false}
          required
        />
        <PasswordField
          id={staffFieldIds.password}
          name="password"
          label={t('password')}
          error={errorText(errors, staffFieldIds.password, t)}
          autoComplete="current-password"
          required
        />
        <TextField
          id={staffFieldIds.totp}
          name="totp"
          label={t('totp')}
          hint={t('totpHint')}
          error={errorText(errors, staffFieldIds.totp, t)}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          width="small"
        />
        <LegalWarning />
        <CheckboxField
          id={staffFieldIds.acknowledged}
          name="acknowledged"
          label={t('acknowledge')}
          error={errorText(errors, staffFieldIds.acknowledged, t)}
          required
        />
        <button className="usa-button" type="submit" disabled={busy}>
          {t('submit')}
        </button>
      </form>
    </>
  );
}
