import { ErrorSummary, PasswordField, TextField, errorText, type FieldError } from '@cos/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateOfBirthField } from '../../../components/forms/date-of-birth-field.tsx';
import { PhoneLink } from '../../../components/ui/phone-link.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { serverFieldErrors } from '../../../lib/form-errors.ts';
import { verifyIdentity } from '../api/verify-identity.ts';
import { identityFieldId, identityFieldIds, validateIdentity } from '../lib/identity-form.ts';

export type VerifiedIdentity = { registrationToken: string; firstName: string; lastName: string };

function text(form: HTMLFormElement, name: string): string {
  const value = new FormData(form).get(name);
  return typeof value === 'string' ? value : '';
}

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
    const { errors: problems, request } = validateIdentity({
      caseNumber: text(form, 'caseNumber'),
      firstName: text(form, 'firstName'),
      lastName: text(form, 'lastName'),
      dobMonth: text(form, 'dobMonth'),
      dobDay: text(form, 'dobDay'),
      dobYear: text(form, 'dobYear'),
      ssn: text(form, 'ssn'),
    });
    setErrors(problems);
    setBlocked(false);
    if (!request) return;
    setBusy(true);
    try {
      const verified = await verifyIdentity(request);
      onVerified({ registrationToken: verified.registrationToken, firstName: verified.firstName, lastName: request.lastName });
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
        <TextField
          id={identityFieldIds.firstName}
          name="firstName"
          label={t('identity.firstName')}
          error={errorText(errors, identityFieldIds.firstName, t)}
          autoComplete="given-name"
          required
        />
        <TextField
          id={identityFieldIds.lastName}
          name="lastName"
          label={t('identity.lastName')}
          error={errorText(errors, identityFieldIds.lastName, t)}
          autoComplete="family-name"
          required
        />
        <DateOfBirthField
          error={
            errorText(errors, identityFieldIds.dobMonth, t) ?? errorText(errors, identityFieldIds.dobDay, t) ?? errorText(errors, identityFieldIds.dobYear, t)
          }
        />
        <PasswordField
          id={identityFieldIds.ssn}
          name="ssn"
          label={t('identity.ssn')}
          hint={t('identity.ssnHint')}
          error={errorText(errors, identityFieldIds.ssn, t)}
          showLabel={t('identity.showSsn')}
          hideLabel={t('identity.hideSsn')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={11}
          width="medium"
          required
        />
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
  if (isApiError(error, 'VALIDATION_FAILED')) return serverFieldErrors(error, identityFieldId, identityFieldIds.caseNumber);
  return requestFailure(error, identityFieldIds.caseNumber, rateLimited);
}
