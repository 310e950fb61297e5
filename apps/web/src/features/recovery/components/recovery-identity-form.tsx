import type { RecoveryStartResponse } from '@cos/contracts';
import { ErrorSummary, useApiForm } from '@cos/ui';
import { useTranslation } from 'react-i18next';
import { IdentityFields } from '../../../components/forms/identity-fields.tsx';
import { PhoneLink } from '../../../components/ui/phone-link.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { serverFieldErrors } from '../../../lib/form-errors.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { startRecovery } from '../api/start-recovery.ts';
import {
  RecoveryIdentityValues,
  recoveryFieldIds,
  recoveryIdentityDefaults,
  recoveryIdentityMessages,
} from '../lib/recovery-form.ts';

/**
 * Recovery step 1: full name, date of birth and SSN (masked, with a show toggle). The server
 * answers with questions whether or not it found an account, so this form has no "not found".
 */
export function RecoveryIdentityForm({ onStarted }: { onStarted: (started: RecoveryStartResponse) => void }) {
  const { t } = useTranslation('recovery');
  const { mutation, errors, busy, onSubmit, field } = useApiForm({
    schema: RecoveryIdentityValues,
    defaultValues: recoveryIdentityDefaults,
    ids: recoveryFieldIds,
    messages: recoveryIdentityMessages,
    submit: startRecovery,
    onSuccess: onStarted,
    failure: (error, fieldId) => {
      if (isApiError(error, 'RECOVERY_BLOCKED'))
        return [{ fieldId: recoveryFieldIds.firstName, messageKey: '', message: error.message }];
      if (isApiError(error, 'VALIDATION_FAILED'))
        return serverFieldErrors(error, fieldId, recoveryFieldIds.firstName);
      return requestFailure(error, recoveryFieldIds.firstName, (count) =>
        t('auth:errors.rateLimited', { count }),
      );
    },
  });
  const blocked = isApiError(mutation.error, 'RECOVERY_BLOCKED');

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
      <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit}>
        <IdentityFields field={field} t={t} />
        <button className="usa-button" type="submit" disabled={busy}>
          {t('identity.submit')}
        </button>
      </form>
    </>
  );
}
