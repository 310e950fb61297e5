import { ErrorSummary, PasswordField, errorText, type FieldError } from '@cos/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
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
  const [errors, setErrors] = useState<FieldError[]>([]);
  const form = useForm<z.infer<typeof Form>>({
    // The error summary takes focus (WCAG: announced), not the first invalid field.
    shouldFocusError: false,
    resolver: zodResolver(Form),
    defaultValues: { currentPassword: '' },
  });
  const mutation = useMutation({
    mutationFn: removePasskey,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['factors'] });
      onDone();
    },
    onError: (error) =>
      setErrors(
        isApiError(error, 'VALIDATION_FAILED')
          ? [{ fieldId: passwordId, messageKey: 'auth:errors.currentPasswordWrong' }]
          : requestFailure(error, passwordId, (count) => t('errors.rateLimited', { count })),
      ),
  });
  const submit = form.handleSubmit(
    (proof) => {
      setErrors([]);
      mutation.mutate({ id, proof });
    },
    () => setErrors([{ fieldId: passwordId, messageKey: 'auth:errors.currentPasswordRequired' }]),
  );

  return (
    <>
      <ErrorSummary errors={errors} />
      <form className="usa-form" noValidate onSubmit={(event) => void submit(event)}>
        <PasswordField
          id={passwordId}
          label={t('passkeys.removePassword', { name })}
          error={errorText(errors, passwordId, t)}
          autoComplete="current-password"
          {...form.register('currentPassword')}
        />
        <button className="usa-button usa-button--secondary" type="submit" disabled={mutation.isPending}>
          {t('passkeys.removeConfirm', { name })}
        </button>
        <button className="usa-button usa-button--unstyled margin-left-2" type="button" onClick={onDone}>
          {t('passkeys.cancel')}
        </button>
      </form>
    </>
  );
}
