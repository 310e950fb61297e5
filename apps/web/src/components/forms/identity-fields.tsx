import { PasswordField, TextField, type FieldBinding } from '@cos/ui';
import type { IdentityFieldName } from '../../lib/identity-fields.ts';
import { DateOfBirthField } from './date-of-birth-field.tsx';

type Props = {
  /** The form's `field` (useApiForm): binds each box and gives its error text. */
  field: (name: IdentityFieldName) => FieldBinding;
  /** The form's own translation function: the labels are its `identity.*` keys. */
  t: (key: string) => string;
};

/**
 * Who you are, as registration and recovery ask it: first and last name, date of birth and SSN
 * (masked, with a show toggle). The form's schema spreads `identityFieldsShape` (lib/identity-fields.ts).
 */
export function IdentityFields({ field, t }: Props) {
  const { error: monthError, ...month } = field('dobMonth');
  const { error: dayError, ...day } = field('dobDay');
  const { error: yearError, ...year } = field('dobYear');

  return (
    <>
      <TextField {...field('firstName')} label={t('identity.firstName')} autoComplete="given-name" required />
      <TextField {...field('lastName')} label={t('identity.lastName')} autoComplete="family-name" required />
      <DateOfBirthField error={monthError ?? dayError ?? yearError} month={month} day={day} year={year} />
      <PasswordField
        {...field('ssn')}
        label={t('identity.ssn')}
        hint={t('identity.ssnHint')}
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
