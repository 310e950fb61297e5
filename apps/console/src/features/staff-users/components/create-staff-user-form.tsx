import { StaffRole, type StaffUserCredentials } from '@cos/contracts';
import { ErrorSummary, SelectField, TextField, errorText, type FieldError } from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { requestErrors } from '../../../lib/form-errors.ts';
import { createStaffUser } from '../api/staff-users.ts';
import { staffUserFieldId, staffUserFieldIds, validateStaffUser } from '../lib/create-staff-user-form.ts';

/** A personal staff account (never a shared one); the answer's temporary password goes to `onCreated`. */
export function CreateStaffUserForm({
  onCreated,
}: {
  onCreated: (credentials: StaffUserCredentials) => void;
}) {
  const { t } = useTranslation('staffUsers');
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const text = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value : '';
    };
    const { errors: problems, request } = validateStaffUser({
      username: text('username'),
      displayName: text('displayName'),
      email: text('email'),
      role: text('role'),
    });
    setErrors(problems);
    if (!request) return;
    setBusy(true);
    try {
      const credentials = await createStaffUser(request);
      form.reset();
      await queryClient.invalidateQueries({ queryKey: ['staff-users'] });
      onCreated(credentials);
    } catch (error) {
      setErrors(requestErrors(error, staffUserFieldIds.username, staffUserFieldId));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="create-staff-heading" className="margin-top-4">
      <h2 id="create-staff-heading">{t('create.heading')}</h2>
      <p>{t('create.intro')}</p>
      <ErrorSummary errors={errors} />
      <form className="usa-form usa-form--large" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id={staffUserFieldIds.username}
          name="username"
          label={t('create.username')}
          hint={t('create.usernameHint')}
          error={errorText(errors, staffUserFieldIds.username, t)}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          maxLength={64}
          required
        />
        <TextField
          id={staffUserFieldIds.displayName}
          name="displayName"
          label={t('create.displayName')}
          error={errorText(errors, staffUserFieldIds.displayName, t)}
          autoComplete="off"
          maxLength={100}
          required
        />
        <TextField
          id={staffUserFieldIds.email}
          name="email"
          type="email"
          label={t('create.email')}
          hint={t('create.emailHint')}
          error={errorText(errors, staffUserFieldIds.email, t)}
          autoComplete="off"
          maxLength={254}
        />
        <SelectField
          id={staffUserFieldIds.role}
          name="role"
          label={t('create.role')}
          error={errorText(errors, staffUserFieldIds.role, t)}
          defaultValue=""
          required
        >
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
