import { PasswordField, TextField, errorText, type FieldError } from '@cos/ui';
import { identityFieldIds } from '../../lib/identity-fields.ts';
import { DateOfBirthField, dateOfBirthFieldIds } from './date-of-birth-field.tsx';

type Props = {
  errors: readonly FieldError[];
  /** The form's own translation function: the labels are its `identity.*` keys. */
  t: (key: string) => string;
};

/**
 * Who you are, as registration and recovery ask it: first and last name, date of birth and SSN
 * (masked, with a show toggle). The form reads the values with `readIdentityFields`.
 */
export function IdentityFields({ errors, t }: Props) {
  const dateError = [dateOfBirthFieldIds.month, dateOfBirthFieldIds.day, dateOfBirthFieldIds.year]
    .map((id) => errorText(errors, id, t))
    .find(Boolean);

  return (
    <>
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
      <DateOfBirthField error={dateError} />
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
    </>
  );
}
