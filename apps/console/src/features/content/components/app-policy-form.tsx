import { UpdateAppVersionPolicyRequest, type AppVersionPolicy } from '@cos/contracts';
import { ErrorSummary, TextField, TextareaField, errorText, type FieldError } from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { requestErrors } from '../../../lib/form-errors.ts';
import { appPolicyKey, updateAppPolicy } from '../api/switches.ts';

const ids = {
  minimumVersion: 'policy-minimum',
  latestVersion: 'policy-latest',
  upgradeMessage: 'policy-message',
} as const;
type Field = keyof typeof ids;
const fieldId = (field: string) => (Object.hasOwn(ids, field) ? ids[field as Field] : undefined);

/** The mobile app's minimum and latest versions and what an app below the minimum is told. */
export function AppPolicyForm({ policy }: { policy: AppVersionPolicy }) {
  const { t } = useTranslation('content');
  const queryClient = useQueryClient();
  const [values, setValues] = useState({
    minimumVersion: policy.minimumVersion,
    latestVersion: policy.latestVersion,
    upgradeMessage: policy.upgradeMessage,
  });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const parsed = UpdateAppVersionPolicyRequest.safeParse(values);
    if (!parsed.success) {
      const fields = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
      setErrors(
        (Object.keys(ids) as Field[])
          .filter((field) => fields.has(field))
          .map((field) => ({ fieldId: ids[field], messageKey: `content:policy.errors.${field}` })),
      );
      return;
    }
    setErrors([]);
    setBusy(true);
    try {
      queryClient.setQueryData(appPolicyKey, await updateAppPolicy(parsed.data));
      setSaved(true);
    } catch (error) {
      setErrors(requestErrors(error, ids.minimumVersion, fieldId));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <p role="status">{saved ? t('policy.saved') : ''}</p>
      <ErrorSummary errors={errors} />
      <form className="usa-form usa-form--large" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id={ids.minimumVersion}
          name="minimumVersion"
          label={t('policy.minimumVersion')}
          hint={t('policy.versionHint')}
          error={errorText(errors, ids.minimumVersion, t)}
          value={values.minimumVersion}
          onChange={(e) => set('minimumVersion')(e.target.value)}
          width="medium"
          required
        />
        <TextField
          id={ids.latestVersion}
          name="latestVersion"
          label={t('policy.latestVersion')}
          hint={t('policy.versionHint')}
          error={errorText(errors, ids.latestVersion, t)}
          value={values.latestVersion}
          onChange={(e) => set('latestVersion')(e.target.value)}
          width="medium"
          required
        />
        <TextareaField
          id={ids.upgradeMessage}
          name="upgradeMessage"
          label={t('policy.upgradeMessage')}
          hint={t('policy.upgradeMessageHint')}
          error={errorText(errors, ids.upgradeMessage, t)}
          value={values.upgradeMessage}
          onChange={(e) => set('upgradeMessage')(e.target.value)}
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
