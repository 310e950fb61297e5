import { StaffRole, type StaffUserCredentials } from '@cos/contracts';
import { ErrorSummary, SelectField, TextField, useApiForm } from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { requestErrors } from '../../../lib/form-errors.ts';
import { createStaffUser } from '../api/staff-users.ts';
import { StaffUserValues, staffUserFieldIds, staffUserMessages } from '../lib/create-staff-user-form.ts';

/** A personal staff account (never a shared one); the answer's temporary password goes to `onCreated`. */
export function CreateStaffUserForm({
  onCreated,
}: {
  onCreated: (credentials: StaffUserCredentials) => void;
}) {
  const { t } = useTranslation('staffUsers');
  const queryClient = useQueryClient();
  const { form, errors, busy, onSubmit, field } = useApiForm({
    schema: StaffUserValues,
    defaultValues: { username: '', displayName: '', email: '', role: '' },
    ids: staffUserFieldIds,
    messages: staffUserMessages,
    submit: ({ email, ...request }) => createStaffUser({ ...request, ...(email ? { email } : {}) }),
    onSuccess: async (credentials): Promise<void> => {
      form.reset();
      await queryClient.invalidateQueries({ queryKey: ['staff-users'] });
      onCreated(credentials);
    },
    failure: (error, fieldId) => requestErrors(error, staffUserFieldIds.username, fieldId),
  });

  return (
    <section aria-labelledby="create-staff-heading" className="margin-top-4">
      <h2 id="create-staff-heading">{t('create.heading')}</h2>
      <p>{t('create.intro')}</p>
      <ErrorSummary errors={errors} />
      <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit}>
        <TextField
          {...field('username')}
          label={t('create.username')}
          hint={t('create.usernameHint')}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          maxLength={64}
          required
        />
        <TextField
          {...field('displayName')}
          label={t('create.displayName')}
          autoComplete="off"
          maxLength={100}
          required
        />
        <TextField
          {...field('email')}
          type="email"
          label={t('create.email')}
          hint={t('create.emailHint')}
          autoComplete="off"
          maxLength={254}
        />
        <SelectField {...field('role')} label={t('create.role')} required>
          <option value="">{t('create.chooseRole')}</option>
          {StaffRole.options.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="usa-button" disabled={busy}>
          {t('create.submit')}
        </button>
      </form>
    </section>
  );
}
