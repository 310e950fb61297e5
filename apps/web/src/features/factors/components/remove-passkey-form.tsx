import { ErrorSummary, PasswordField, useApiForm, type FieldError } from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { isApiError } from '../../../lib/api-client.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { removePasskey } from '../api/factors.ts';

const Form = z.object({ currentPassword: z.string().min(1).max(1024) });

/** Removes one passkey after the current password (so a borrowed, signed-in device cannot). */
export function RemovePasskeyForm({ id, name, onDone }: { id: string; name: string; onDone: () => void }) {
  const { t } = useTranslation('auth');
  const queryClient = useQueryClient();
  const passwordId = `${useId()}-password`;
  const { errors, busy, onSubmit, field } = useApiForm({
    schema: Form,
    defaultValues: { currentPassword: '' },
    ids: { currentPassword: passwordId },
    messages: { currentPassword: 'auth:errors.currentPasswordRequired' },
    submit: (proof) => removePasskey({ id, proof }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['factors'] });
      onDone();
    },
    failure: (error): FieldError[] =>
      isApiError(error, 'VALIDATION_FAILED')
        ? [{ fieldId: passwordId, messageKey: 'auth:errors.currentPasswordWrong' }]
        : requestFailure(error, passwordId, (count) => t('errors.rateLimited', { count })),
  });

  return (
    <>
      <ErrorSummary errors={errors} />
      <form className="usa-form" noValidate onSubmit={onSubmit}>
        <PasswordField
          {...field('currentPassword')}
          label={t('passkeys.removePassword', { name })}
          autoComplete="current-password"
        />
        <button className="usa-button usa-button--secondary" type="submit" disabled={busy}>
          {t('passkeys.removeConfirm', { name })}
        </button>
        <button className="usa-button usa-button--unstyled margin-left-2" type="button" onClick={onDone}>
          {t('passkeys.cancel')}
        </button>
      </form>
    </>
  );
}
