import { PasskeyName } from '@cos/contracts';
import { ErrorSummary, TextField, errorText, type FieldError } from '@cos/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { isApiError } from '../../../lib/api-client.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { addPasskey } from '../api/factors.ts';

const NAME_ID = 'passkey-name';
const Form = z.object({ name: PasskeyName });

/** Names and adds a passkey made by this device or a security key (the browser asks which). */
export function AddPasskeyForm() {
  const { t } = useTranslation('auth');
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [added, setAdded] = useState<string | null>(null);
  const form = useForm<z.infer<typeof Form>>({
    // The error summary takes focus (WCAG: announced), not the first invalid field.
    shouldFocusError: false,
    resolver: zodResolver(Form),
    defaultValues: { name: '' },
  });
  const mutation = useMutation({
    mutationFn: addPasskey,
    onSuccess: async (passkey) => {
      setAdded(passkey.name);
      form.reset();
      await queryClient.invalidateQueries({ queryKey: ['factors'] });
    },
    onError: (error) => {
      const failed = isApiError(error, 'VALIDATION_FAILED') || (error instanceof Error && !isApiError(error));
      setErrors(
        failed
          ? [{ fieldId: NAME_ID, messageKey: 'auth:passkeys.addFailed' }]
          : requestFailure(error, NAME_ID, (count) => t('errors.rateLimited', { count })),
      );
    },
  });
  const submit = form.handleSubmit(
    ({ name }) => {
      setErrors([]);
      setAdded(null);
      mutation.mutate(name);
    },
    () => setErrors([{ fieldId: NAME_ID, messageKey: 'auth:passkeys.nameRequired' }]),
  );

  return (
    <>
      <ErrorSummary errors={errors} />
      {added && (
        <div className="usa-alert usa-alert--success usa-alert--slim" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('passkeys.added', { name: added })}</p>
          </div>
        </div>
      )}
      <form className="usa-form" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id={NAME_ID}
          label={t('passkeys.name')}
          hint={t('passkeys.nameHint')}
          error={errorText(errors, NAME_ID, t)}
          autoComplete="off"
          {...form.register('name')}
        />
        <button className="usa-button" type="submit" disabled={mutation.isPending}>
          {t('passkeys.add')}
        </button>
      </form>
    </>
  );
}
