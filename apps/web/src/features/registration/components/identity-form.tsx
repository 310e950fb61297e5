import { ErrorSummary, TextField, useApiForm, type FieldError } from '@cos/ui';
import { useTranslation } from 'react-i18next';
import { IdentityFields } from '../../../components/forms/identity-fields.tsx';
import { PhoneLink } from '../../../components/ui/phone-link.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { serverFieldErrors } from '../../../lib/form-errors.ts';
import { verifyIdentity } from '../api/verify-identity.ts';
import {
  IdentityValues,
  identityDefaults,
  identityFieldIds,
  identityMessagesByField,
} from '../lib/identity-form.ts';

export type VerifiedIdentity = { registrationToken: string; firstName: string; lastName: string };

/**
 * Registration step 1: who you are, checked against the case records. A mismatch gets the
 * server's one generic answer, which never says which field was wrong.
 */
export function IdentityForm({ onVerified }: { onVerified: (identity: VerifiedIdentity) => void }) {
  const { t } = useTranslation('registration');
  const { mutation, errors, busy, onSubmit, field } = useApiForm({
    schema: IdentityValues,
    defaultValues: identityDefaults,
    ids: identityFieldIds,
    messages: identityMessagesByField,
    submit: async (request) => ({ ...(await verifyIdentity(request)), lastName: request.lastName }),
    onSuccess: ({ registrationToken, firstName, lastName }) =>
      onVerified({ registrationToken, firstName, lastName }),
    failure: (error, fieldId) =>
      verifyFailure(error, fieldId, (count) => t('auth:errors.rateLimited', { count })),
  });
  const blocked = isApiError(mutation.error, 'REGISTRATION_BLOCKED');

  return (
    <>
      <ErrorSummary errors={errors}>
        {blocked && (
          <p className="usa-alert__text">
            {t('identity.callUs')} <PhoneLink />
          </p>
        )}
      </ErrorSummary>
      <p>{t('identity.intro')}</p>
      <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit}>
        <TextField
          {...field('caseNumber')}
          label={t('identity.caseNumber')}
          hint={t('identity.caseNumberHint')}
          inputMode="numeric"
          autoComplete="off"
          width="medium"
          required
        />
        <IdentityFields field={field} t={t} />
        <button className="usa-button" type="submit" disabled={busy}>
          {t('identity.submit')}
        </button>
      </form>
    </>
  );
}

function verifyFailure(
  error: unknown,
  fieldId: (field: string) => string | undefined,
  rateLimited: (minutes: number) => string,
): FieldError[] {
  // The generic answers are shown as the server words them: they must not hint at a field, so
  // they point at the first one.
  if (isApiError(error, 'IDENTITY_NOT_VERIFIED') || isApiError(error, 'REGISTRATION_BLOCKED')) {
    return [{ fieldId: identityFieldIds.caseNumber, messageKey: '', message: error.message }];
  }
  if (isApiError(error, 'VALIDATION_FAILED'))
    return serverFieldErrors(error, fieldId, identityFieldIds.caseNumber);
  return requestFailure(error, identityFieldIds.caseNumber, rateLimited);
}
