import type { StepUp } from '@cos/contracts';
import { ErrorSummary, PasswordField, useApiForm } from '@cos/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PasskeyInsteadButton } from '../../../components/forms/passkey-instead-button.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { serverFieldErrors } from '../../../lib/form-errors.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { StepUpValues, stepUpDefaults } from '../../../lib/step-up.ts';

type Props<Result> = {
  /** The password field's label, naming the change ("To turn on the authenticator app, enter…"). */
  label: string;
  submitLabel: string;
  submit: (proof: StepUp) => Promise<Result>;
  onSuccess: (result: Result) => unknown;
  onCancel: () => void;
};

/**
 * A change on the Security page that first asks the parent to prove it is them: the current
 * password, or "Use a passkey instead" (docs/security.md, step-up).
 */
export function StepUpForm<Result>({ label, submitLabel, submit, onSuccess, onCancel }: Props<Result>) {
  const { t } = useTranslation('auth');
  const base = useId().replace(/:/g, '');
  const ids = { currentPassword: `${base}-password`, passkey: `${base}-passkey` };
  const { form, errors, busy, onSubmit, field, showErrors } = useApiForm({
    schema: StepUpValues,
    defaultValues: stepUpDefaults,
    ids,
    messages: { currentPassword: 'auth:errors.currentPasswordRequired' },
    submit: (proof) => {
      // An assertion answers one challenge: a second try asks for the password or a new one.
      form.setValue('passkeyAssertion', undefined);
      return submit(proof);
    },
    onSuccess: (result) => onSuccess(result),
    failure: (error, fieldId) =>
      isApiError(error, 'VALIDATION_FAILED')
        ? serverFieldErrors(error, fieldId, ids.currentPassword)
        : requestFailure(error, ids.currentPassword, (count) => t('errors.rateLimited', { count })),
  });

  return (
    <>
      <ErrorSummary errors={errors} />
      <form className="usa-form" noValidate onSubmit={onSubmit}>
        <PasswordField {...field('currentPassword')} label={label} autoComplete="current-password" />
        <PasskeyInsteadButton
          id={ids.passkey}
          onAssertion={(assertion) => form.setValue('passkeyAssertion', assertion)}
          onFailure={showErrors}
        />
        <button className="usa-button" type="submit" disabled={busy}>
          {submitLabel}
        </button>
        <button className="usa-button usa-button--unstyled margin-left-2" type="button" onClick={onCancel}>
          {t('passkeys.cancel')}
        </button>
      </form>
    </>
  );
}
