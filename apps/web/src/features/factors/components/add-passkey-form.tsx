import { PasskeyName } from '@cos/contracts';
import { ErrorSummary, TextField, useApiForm, type FieldError } from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
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
  const { form, mutation, errors, busy, onSubmit, field } = useApiForm({
    schema: Form,
    defaultValues: { name: '' },
    ids: { name: NAME_ID },
    messages: { name: 'auth:passkeys.nameRequired' },
    submit: ({ name }) => addPasskey(name),
    onSuccess: async () => {
      form.reset();
      await queryClient.invalidateQueries({ queryKey: ['factors'] });
    },
    failure: (error): FieldError[] => {
      const failed = isApiError(error, 'VALIDATION_FAILED') || (error instanceof Error && !isApiError(error));
      return failed
        ? [{ fieldId: NAME_ID, messageKey: 'auth:passkeys.addFailed' }]
        : requestFailure(error, NAME_ID, (count) => t('errors.rateLimited', { count }));
    },
  });
  // The passkey just added, until the next attempt.
  const added = mutation.data?.name;

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
      <form className="usa-form" noValidate onSubmit={onSubmit}>
        <TextField
          {...field('name')}
          label={t('passkeys.name')}
          hint={t('passkeys.nameHint')}
          autoComplete="off"
        />
        <button className="usa-button" type="submit" disabled={busy}>
          {t('passkeys.add')}
        </button>
      </form>
    </>
  );
}
