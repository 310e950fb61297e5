import { UpdateAppVersionPolicyRequest, type AppVersionPolicy } from '@cos/contracts';
import { ErrorSummary, TextField, TextareaField, useApiForm } from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { requestErrors } from '../../../lib/form-errors.ts';
import { appPolicyKey, updateAppPolicy } from '../api/switches.ts';

const ids = {
  minimumVersion: 'policy-minimum',
  latestVersion: 'policy-latest',
  upgradeMessage: 'policy-message',
} as const;

/** The mobile app's minimum and latest versions and what an app below the minimum is told. */
export function AppPolicyForm({ policy }: { policy: AppVersionPolicy }) {
  const { t } = useTranslation('content');
  const queryClient = useQueryClient();
  const { mutation, errors, busy, onSubmit, field } = useApiForm({
    schema: UpdateAppVersionPolicyRequest,
    defaultValues: {
      minimumVersion: policy.minimumVersion,
      latestVersion: policy.latestVersion,
      upgradeMessage: policy.upgradeMessage,
    },
    ids,
    messages: {
      minimumVersion: 'content:policy.errors.minimumVersion',
      latestVersion: 'content:policy.errors.latestVersion',
      upgradeMessage: 'content:policy.errors.upgradeMessage',
    },
    submit: updateAppPolicy,
    onSuccess: (saved) => queryClient.setQueryData(appPolicyKey, saved),
    failure: (error, fieldId) => requestErrors(error, ids.minimumVersion, fieldId),
  });

  return (
    <>
      <p role="status">{mutation.isSuccess ? t('policy.saved') : ''}</p>
      <ErrorSummary errors={errors} />
      <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit}>
        <TextField
          {...field('minimumVersion')}
          label={t('policy.minimumVersion')}
          hint={t('policy.versionHint')}
          width="medium"
          required
        />
        <TextField
          {...field('latestVersion')}
          label={t('policy.latestVersion')}
          hint={t('policy.versionHint')}
          width="medium"
          required
        />
        <TextareaField
          {...field('upgradeMessage')}
          label={t('policy.upgradeMessage')}
          hint={t('policy.upgradeMessageHint')}
          maxLength={500}
          rows={4}
          required
        />
        <button type="submit" className="usa-button" disabled={busy}>
          {t('policy.save')}
        </button>
      </form>
    </>
  );
}
