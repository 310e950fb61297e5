import { GEORGIA_COUNTIES, type AdminOffice } from '@cos/contracts';
import { ErrorSummary, SelectField, TextField, errorText, type FieldError } from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { requestErrors } from '../../../lib/form-errors.ts';
import { createOffice, officesKey, updateOffice } from '../api/offices.ts';
import {
  checkOffice,
  emptyOffice,
  officeFieldId,
  officeFieldIds,
  valuesOf,
  type OfficeFormValues,
} from '../lib/office-form.ts';
import { ServicesFieldset } from './services-fieldset.tsx';

type OfficeFormProps = {
  /** The office being edited; a new office when absent. */
  editing: AdminOffice | null;
  onSaved: (office: AdminOffice) => void;
};

/** Every field of an office, checked with the contract's schema; the API's field errors land on the same boxes. */
export function OfficeForm({ editing, onSaved }: OfficeFormProps) {
  const { t } = useTranslation('offices');
  const queryClient = useQueryClient();
  const [values, setValues] = useState<OfficeFormValues>(editing ? valuesOf(editing) : emptyOffice);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const text = (field: Exclude<keyof OfficeFormValues, 'services'>) => ({
    value: values[field],
    onChange: (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [field]: event.target.value })),
    error: errorText(errors, officeFieldIds[field], t),
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkOffice(values);
    setErrors(checked.errors);
    if (!checked.request) return;
    setBusy(true);
    try {
      const saved = editing
        ? await updateOffice(editing.id, checked.request)
        : await createOffice(checked.request);
      await queryClient.invalidateQueries({ queryKey: officesKey });
      onSaved(saved);
    } catch (failure) {
      setErrors(requestErrors(failure, officeFieldIds.name, officeFieldId));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <form className="usa-form usa-form--large" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id={officeFieldIds.name}
          name="name"
          label={t('form.name')}
          hint={t('form.nameHint')}
          maxLength={120}
          required
          autoComplete="off"
          {...text('name')}
        />
        <SelectField
          id={officeFieldIds.county}
          name="county"
          label={t('form.county')}
          required
          {...text('county')}
        >
          <option value="">{t('form.chooseCounty')}</option>
          {GEORGIA_COUNTIES.map((county) => (
            <option key={county} value={county}>
              {county}
            </option>
          ))}
        </SelectField>
        <TextField
          id={officeFieldIds.addressLine1}
          name="addressLine1"
          label={t('form.addressLine1')}
          maxLength={100}
          required
          autoComplete="off"
          {...text('addressLine1')}
        />
        <TextField
          id={officeFieldIds.addressLine2}
          name="addressLine2"
          label={t('form.addressLine2')}
          maxLength={100}
          autoComplete="off"
          {...text('addressLine2')}
        />
        <TextField
          id={officeFieldIds.city}
          name="city"
          label={t('form.city')}
          maxLength={60}
          required
          autoComplete="off"
          {...text('city')}
        />
        <TextField
          id="office-state"
          name="state"
          label={t('form.state')}
          hint={t('form.stateHint')}
          value="GA"
          readOnly
          width="small"
        />
        <TextField
          id={officeFieldIds.zip}
          name="zip"
          label={t('form.zip')}
          hint={t('form.zipHint')}
          inputMode="numeric"
          maxLength={10}
          width="medium"
          required
          autoComplete="off"
          {...text('zip')}
        />
        <TextField
          id={officeFieldIds.phone}
          name="phone"
          type="tel"
          label={t('form.phone')}
          hint={t('form.phoneHint')}
          maxLength={20}
          width="medium"
          required
          autoComplete="off"
          {...text('phone')}
        />
        <TextField
          id={officeFieldIds.hours}
          name="hours"
          label={t('form.hours')}
          hint={t('form.hoursHint')}
          maxLength={200}
          required
          autoComplete="off"
          {...text('hours')}
        />
        <ServicesFieldset
          value={values.services}
          onChange={(services) => setValues((current) => ({ ...current, services }))}
          error={errorText(errors, officeFieldIds.services, t)}
        />
        <TextField
          id={officeFieldIds.latitude}
          name="latitude"
          label={t('form.latitude')}
          hint={t('form.latitudeHint')}
          inputMode="decimal"
          width="medium"
          autoComplete="off"
          {...text('latitude')}
        />
        <TextField
          id={officeFieldIds.longitude}
          name="longitude"
          label={t('form.longitude')}
          hint={t('form.longitudeHint')}
          inputMode="decimal"
          width="medium"
          autoComplete="off"
          {...text('longitude')}
        />
        <button type="submit" className="usa-button margin-top-3" disabled={busy}>
          {editing ? t('form.save') : t('form.create')}
        </button>
      </form>
    </>
  );
}
