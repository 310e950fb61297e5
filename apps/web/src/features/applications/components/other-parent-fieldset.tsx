import { TextField } from '@cos/ui';
import { useTranslation } from 'react-i18next';
import type { ApplicationField } from '../lib/application-form.ts';

/** The other parent, if known: leave it all empty when not; a name makes the rest optional. */
export function OtherParentFieldset({ field }: { field: ApplicationField }) {
  const { t } = useTranslation('apply');
  return (
    <fieldset className="usa-fieldset margin-top-4">
      <legend className="usa-legend usa-legend--large">{t('otherParent.legend')}</legend>
      <p className="usa-hint">{t('otherParent.hint')}</p>
      <TextField {...field('otherParent.firstName')} autoComplete="off" label={t('fields.firstName')} />
      <TextField {...field('otherParent.lastName')} autoComplete="off" label={t('fields.lastName')} />
      <TextField
        {...field('otherParent.dateOfBirth')}
        autoComplete="off"
        type="date"
        label={t('fields.dateOfBirthOptional')}
        hint={t('fields.dateHint')}
      />
      <TextField
        {...field('otherParent.lastKnownAddress')}
        autoComplete="off"
        label={t('fields.lastKnownAddress')}
      />
    </fieldset>
  );
}
