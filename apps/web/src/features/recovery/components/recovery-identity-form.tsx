import type { RecoveryStartResponse } from '@cos/contracts';
import { ErrorSummary, type FieldError } from '@cos/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IdentityFields } from '../../../components/forms/identity-fields.tsx';
import { PhoneLink } from '../../../components/ui/phone-link.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { readIdentityFields } from '../../../lib/identity-fields.ts';
import { serverFieldErrors } from '../../../lib/form-errors.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { startRecovery } from '../api/start-recovery.ts';
import { identityFieldId, recoveryFieldIds, validateRecoveryIdentity } from '../lib/recovery-form.ts';

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
    const { errors: problems, request } = validateRecoveryIdentity(readIdentityFields(event.currentTarget));
    setErrors(problems);
    setBlocked(false);
    if (!request) return;
    setBusy(true);
    try {
      onStarted(await startRecovery(request));
    } catch (error) {
      setBlocked(isApiError(error, 'RECOVERY_BLOCKED'));
      if (isApiError(error, 'RECOVERY_BLOCKED'))
        setErrors([{ fieldId: recoveryFieldIds.firstName, messageKey: '', message: error.message }]);
      else if (isApiError(error, 'VALIDATION_FAILED'))
        setErrors(serverFieldErrors(error, identityFieldId, recoveryFieldIds.firstName));
      else
        setErrors(
          requestFailure(error, recoveryFieldIds.firstName, (count) =>
            t('auth:errors.rateLimited', { count }),
          ),
        );
    } finally {
      setBusy(false);
    }
  }

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
        <IdentityFields errors={errors} t={t} />
        <button className="usa-button" type="submit" disabled={busy}>
          {t('identity.submit')}
        </button>
      </form>
    </>
  );
}
