import { TextField, errorText, type FieldError } from '@cos/ui';
import { useTranslation } from 'react-i18next';
import { fieldIdOf } from '../lib/application-form.ts';

/** The other parent, if known: leave it all empty when not; a name makes the rest optional. */
export function OtherParentFieldset({ errors }: { errors: readonly FieldError[] }) {
  const { t } = useTranslation('apply');
  const field = (path: string) => ({
    id: fieldIdOf(path),
    name: path,
    error: errorText(errors, fieldIdOf(path), t),
    autoComplete: 'off',
  });
  return (
    <fieldset className="usa-fieldset margin-top-4">
      <legend className="usa-legend usa-legend--large">{t('otherParent.legend')}</legend>
      <p className="usa-hint">{t('otherParent.hint')}</p>
      <TextField {...field('otherParent.firstName')} label={t('fields.firstName')} />
      <TextField {...field('otherParent.lastName')} label={t('fields.lastName')} />
      <TextField
        {...field('otherParent.dateOfBirth')}
        type="date"
        label={t('fields.dateOfBirthOptional')}
        hint={t('fields.dateHint')}
      />
      <TextField {...field('otherParent.lastKnownAddress')} label={t('fields.lastKnownAddress')} />
    </fieldset>
  );
}
