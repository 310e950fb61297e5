import type { RecoveryStartResponse } from '@cos/contracts';
import { ErrorSummary, PasswordField, TextField, errorText, type FieldError } from '@cos/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateOfBirthField, dateOfBirthFieldIds } from '../../../components/forms/date-of-birth-field.tsx';
import { PhoneLink } from '../../../components/ui/phone-link.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { serverFieldErrors } from '../../../lib/form-errors.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { startRecovery } from '../api/start-recovery.ts';
import { identityFieldId, recoveryFieldIds, validateRecoveryIdentity } from '../lib/recovery-form.ts';

function text(form: HTMLFormElement, name: string): string {
  const value = new FormData(form).get(name);
  return typeof value === 'string' ? value : '';
}

/**
 * Recovery step 1: full name, date of birth and SSN (masked, with a show toggle). The server
 * answers with questions whether or not it found an account, so this form has no "not found".
 */
export function RecoveryIdentityForm({ onStarted }: { onStarted: (started: RecoveryStartResponse) => void }) {
  const { t } = useTranslation('recovery');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [blocked, setBlocked] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const { errors: problems, request } = validateRecoveryIdentity({
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
      onStarted(await startRecovery(request));
    } catch (error) {
      setBlocked(isApiError(error, 'RECOVERY_BLOCKED'));
      if (isApiError(error, 'RECOVERY_BLOCKED')) setErrors([{ fieldId: recoveryFieldIds.firstName, messageKey: '', message: error.message }]);
      else if (isApiError(error, 'VALIDATION_FAILED')) setErrors(serverFieldErrors(error, identityFieldId, recoveryFieldIds.firstName));
      else setErrors(requestFailure(error, recoveryFieldIds.firstName, (count) => t('auth:errors.rateLimited', { count })));
    } finally {
      setBusy(false);
    }
  }

  const dateError = [dateOfBirthFieldIds.month, dateOfBirthFieldIds.day, dateOfBirthFieldIds.year]
    .map((id) => errorText(errors, id, t))
    .find(Boolean);

  return (
    <>
      <ErrorSummary errors={errors}>
        {blocked && (
          <p className="usa-alert__text">
            {t('callUs')} <PhoneLink />
          </p>
        )}
      </ErrorSummary>
      <p>{t('identity.intro')}</p>
      <form className="usa-form usa-form--large" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id={recoveryFieldIds.firstName}
          name="firstName"
          label={t('identity.firstName')}
          error={errorText(errors, recoveryFieldIds.firstName, t)}
          autoComplete="given-name"
          required
        />
        <TextField
          id={recoveryFieldIds.lastName}
          name="lastName"
          label={t('identity.lastName')}
          error={errorText(errors, recoveryFieldIds.lastName, t)}
          autoComplete="family-name"
          required
        />
        <DateOfBirthField error={dateError} />
        <PasswordField
          id={recoveryFieldIds.ssn}
          name="ssn"
          label={t('identity.ssn')}
          hint={t('identity.ssnHint')}
          error={errorText(errors, recoveryFieldIds.ssn, t)}
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
