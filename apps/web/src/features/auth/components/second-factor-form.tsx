import { SecondFactorRequest, type SecondFactorMethod } from '@cos/contracts';
import { ErrorSummary, RadioGroupField, TextField, useApiForm, type FieldError } from '@cos/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { sendSignInEmailCode, verifySecondFactor } from '../api/second-factor.ts';

const ids = { method: 'code-method', code: 'code' } as const;

/** Sign-in step 3: a code from the authenticator app, an email, or a recovery code. */
export function SecondFactorForm({
  token,
  methods,
  next,
}: {
  token: string;
  methods: SecondFactorMethod[];
  next: string | undefined;
}) {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [emailSent, setEmailSent] = useState(false);
  const { form, errors, busy, onSubmit, field, showErrors } = useApiForm({
    schema: SecondFactorRequest,
    defaultValues: { token, method: methods[0] ?? 'totp', code: '' },
    ids,
    messages: { code: 'auth:code.required' },
    submit: verifySecondFactor,
    onSuccess: async (grant) => {
      queryClient.clear();
      await navigate(grant.mustChangePassword ? paths.changePassword.path : (next ?? paths.myCase.path), {
        replace: true,
      });
    },
    failure: (error): FieldError[] =>
      isApiError(error, 'INVALID_CREDENTIALS')
        ? [{ fieldId: ids.code, messageKey: 'auth:code.wrong' }]
        : requestFailure(error, ids.code, (count) => t('errors.rateLimited', { count })),
  });
  const method = useWatch({ control: form.control, name: 'method' });
  // Sending the email code has no fields of its own: its failure lands in the same summary.
  const email = useMutation({
    mutationFn: () => sendSignInEmailCode(token),
    onSuccess: () => setEmailSent(true),
    onError: (error) =>
      showErrors(requestFailure(error, ids.code, (count) => t('errors.rateLimited', { count }))),
  });

  return (
    <>
      <ErrorSummary errors={errors} />
      <form className="usa-form" noValidate onSubmit={onSubmit}>
        {methods.length > 1 && (
          <RadioGroupField
            id={ids.method}
            legend={t('code.method')}
            name="method"
            value={method}
            onChange={(value) => form.setValue('method', SecondFactorRequest.shape.method.parse(value))}
            options={methods.map((value) => ({ value, label: t(`code.methods.${value}`) }))}
          />
        )}
        {method === 'email' && (
          <p>
            <button
              type="button"
              className="usa-button usa-button--unstyled"
              disabled={email.isPending}
              onClick={() => email.mutate()}
            >
              {t('code.sendEmail')}
            </button>
          </p>
        )}
        {emailSent && method === 'email' && (
          <div className="usa-alert usa-alert--info usa-alert--slim" role="status">
            <div className="usa-alert__body">
              <p className="usa-alert__text">{t('code.emailSent')}</p>
            </div>
          </div>
        )}
        <TextField
          {...field('code')}
          label={t(`code.labels.${method}`)}
          hint={t(`code.hints.${method}`)}
          autoComplete="one-time-code"
          inputMode={method === 'recovery_code' ? 'text' : 'numeric'}
          width="medium"
        />
        <button className="usa-button" type="submit" disabled={busy}>
          {t('signIn')}
        </button>
      </form>
    </>
  );
}
