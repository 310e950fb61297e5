import { ErrorSummary, TextField, errorText, type FieldError } from '@cos/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IdentityFields } from '../../../components/forms/identity-fields.tsx';
import { PhoneLink } from '../../../components/ui/phone-link.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { readIdentityFields } from '../../../lib/identity-fields.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { serverFieldErrors } from '../../../lib/form-errors.ts';
import { verifyIdentity } from '../api/verify-identity.ts';
import { identityFieldId, identityFieldIds, validateIdentity } from '../lib/identity-form.ts';

export type VerifiedIdentity = { registrationToken: string; firstName: string; lastName: string };

/**
 * Registration step 1: who you are, checked against the case records. A mismatch gets the
 * server's one generic answer, which never says which field was wrong.
 */
export function IdentityForm({ onVerified }: { onVerified: (identity: VerifiedIdentity) => void }) {
  const { t } = useTranslation('registration');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [blocked, setBlocked] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const caseNumber = new FormData(form).get('caseNumber');
    const { errors: problems, request } = validateIdentity({
      caseNumber: typeof caseNumber === 'string' ? caseNumber : '',
      ...readIdentityFields(form),
    });
    setErrors(problems);
    setBlocked(false);
    if (!request) return;
    setBusy(true);
    try {
      const verified = await verifyIdentity(request);
      onVerified({
        registrationToken: verified.registrationToken,
        firstName: verified.firstName,
        lastName: request.lastName,
      });
    } catch (error) {
      setErrors(verifyFailure(error, (count) => t('auth:errors.rateLimited', { count })));
      setBlocked(isApiError(error, 'REGISTRATION_BLOCKED'));
    } finally {
      setBusy(false);
    }
  }

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
      <form className="usa-form usa-form--large" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id={identityFieldIds.caseNumber}
          name="caseNumber"
          label={t('identity.caseNumber')}
          hint={t('identity.caseNumberHint')}
          error={errorText(errors, identityFieldIds.caseNumber, t)}
          inputMode="numeric"
          autoComplete="off"
          width="medium"
          required
        />
        <IdentityFields errors={errors} t={t} />
        <button className="usa-button" type="submit" disabled={busy}>
          {t('identity.submit')}
        </button>
      </form>
    </>
  );
}

function verifyFailure(error: unknown, rateLimited: (minutes: number) => string): FieldError[] {
  // The generic answers are shown as the server words them: they must not hint at a field, so
  // they point at the first one.
  if (isApiError(error, 'IDENTITY_NOT_VERIFIED') || isApiError(error, 'REGISTRATION_BLOCKED')) {
    return [{ fieldId: identityFieldIds.caseNumber, messageKey: '', message: error.message }];
  }
  if (isApiError(error, 'VALIDATION_FAILED'))
    return serverFieldErrors(error, identityFieldId, identityFieldIds.caseNumber);
  return requestFailure(error, identityFieldIds.caseNumber, rateLimited);
}
