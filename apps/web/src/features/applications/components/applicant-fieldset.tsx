import { usStateCodes } from '@cos/contracts';
import { SelectField, TextField } from '@cos/ui';
import { useTranslation } from 'react-i18next';
import type { ApplicationField } from '../lib/application-form.ts';

/** Who is applying: name, date of birth, mailing address, phone and (optional) email. */
export function ApplicantFieldset({ field }: { field: ApplicationField }) {
  const { t } = useTranslation('apply');
  return (
    <fieldset className="usa-fieldset">
      <legend className="usa-legend usa-legend--large">{t('applicant.legend')}</legend>
      <TextField {...field('applicant.firstName')} label={t('fields.firstName')} autoComplete="given-name" />
      <TextField {...field('applicant.lastName')} label={t('fields.lastName')} autoComplete="family-name" />
      <TextField
        {...field('applicant.dateOfBirth')}
        type="date"
        label={t('fields.dateOfBirth')}
        hint={t('fields.dateHint')}
        autoComplete="bday"
      />
      <TextField
        {...field('applicant.address.line1')}
        label={t('fields.line1')}
        autoComplete="address-line1"
      />
      <TextField
        {...field('applicant.address.line2')}
        label={t('fields.line2')}
        autoComplete="address-line2"
      />
      <TextField
        {...field('applicant.address.city')}
        label={t('fields.city')}
        autoComplete="address-level2"
      />
      <SelectField
        {...field('applicant.address.state')}
        label={t('fields.state')}
        autoComplete="address-level1"
      >
        {usStateCodes.map((code) => (
          <option key={code} value={code}>
            {code}
          </option>
        ))}
      </SelectField>
      <TextField
        {...field('applicant.address.zip')}
        label={t('fields.zip')}
        hint={t('fields.zipHint')}
        inputMode="numeric"
        autoComplete="postal-code"
        width="medium"
      />
      <TextField
        {...field('applicant.phone')}
        type="tel"
        label={t('fields.phone')}
        hint={t('fields.phoneHint')}
        autoComplete="tel-national"
        width="medium"
      />
      <TextField
        {...field('applicant.email')}
        type="email"
        label={t('fields.emailOptional')}
        autoComplete="email"
      />
    </fieldset>
  );
}
