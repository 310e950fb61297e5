import { ConfirmFactorRequest, type RecoveryCodes } from '@cos/contracts';
import { ErrorSummary, TextField, useApiForm } from '@cos/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client.ts';
import { serverFieldErrors } from '../../../lib/form-errors.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { confirmSecondFactor, type SecondFactorKind } from '../api/factors.ts';

/** Step 2 of turning a second factor on: the code from the app (or the email) proves it works. */
export function ConfirmCodeForm({
  kind,
  onConfirmed,
  onCancel,
}: {
  kind: SecondFactorKind;
  onConfirmed: (result: RecoveryCodes) => unknown;
  onCancel: () => void;
}) {
  const { t } = useTranslation('auth');
  const codeId = `${useId().replace(/:/g, '')}-code`;
  const { errors, busy, onSubmit, field } = useApiForm({
    schema: ConfirmFactorRequest,
    defaultValues: { code: '' },
    ids: { code: codeId },
    messages: { code: { required: 'auth:code.required', default: 'auth:secondFactor.codeFormat' } },
    submit: ({ code }) => confirmSecondFactor(kind, code),
    onSuccess: onConfirmed,
    failure: (error, fieldId) =>
      isApiError(error, 'VALIDATION_FAILED')
        ? serverFieldErrors(error, fieldId, codeId)
        : requestFailure(error, codeId, (count) => t('errors.rateLimited', { count })),
  });

  return (
    <>
      <ErrorSummary errors={errors} />
      <form className="usa-form" noValidate onSubmit={onSubmit}>
        <TextField
          {...field('code')}
          label={t(kind === 'totp' ? 'secondFactor.totp.codeLabel' : 'secondFactor.email.codeLabel')}
          hint={t('secondFactor.codeHint')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          width="small"
          required
        />
        <button className="usa-button" type="submit" disabled={busy}>
          {t('secondFactor.confirm')}
        </button>
        <button className="usa-button usa-button--unstyled margin-left-2" type="button" onClick={onCancel}>
          {t('passkeys.cancel')}
        </button>
      </form>
    </>
  );
}
