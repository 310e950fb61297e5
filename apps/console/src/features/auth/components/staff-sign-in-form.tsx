import { CheckboxField, ErrorSummary, LegalWarning, PasswordField, TextField, useApiForm } from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client.ts';
import { requestErrors } from '../../../lib/form-errors.ts';
import { useSessionStore } from '../../../lib/session/session-context.tsx';
import { signIn } from '../api/sign-in.ts';
import {
  StaffSignInValues,
  staffFieldIds,
  staffSignInDefaults,
  staffSignInMessages,
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
  const { form, errors, busy, onSubmit, field } = useApiForm({
    schema: StaffSignInValues,
    defaultValues: staffSignInDefaults,
    ids: staffFieldIds,
    messages: staffSignInMessages,
    submit: signIn,
    onSuccess: (grant) => {
      // Whatever was cached belongs to whoever used this browser before. The sign-in page then
      // moves on by itself (to the page asked for, or to set up the authenticator app).
      queryClient.clear();
      store.grant(grant);
    },
    failure: (error) => {
      // The code is single-use: clear it so the next try takes a fresh one from the app.
      form.setValue('totp', '');
      return isApiError(error, 'INVALID_CREDENTIALS')
        ? [{ fieldId: staffFieldIds.username, messageKey: 'auth:errors.invalidCredentials' }]
        : requestErrors(error, staffFieldIds.username);
    },
  });

  return (
    <>
      <ErrorSummary errors={errors} />
      <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit}>
        <TextField
          {...field('username')}
          label={t('username')}
          autoComplete="username"
          autoCapitalize="off"
          spellCheck={false}
          required
        />
        <PasswordField
          {...field('password')}
          label={t('password')}
          autoComplete="current-password"
          required
        />
        <TextField
          {...field('totp')}
          label={t('totp')}
          hint={t('totpHint')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          width="small"
        />
        <LegalWarning />
        <CheckboxField {...field('acknowledgedWarning')} label={t('acknowledge')} required />
        <button className="usa-button" type="submit" disabled={busy}>
          {t('submit')}
        </button>
      </form>
    </>
  );
}
