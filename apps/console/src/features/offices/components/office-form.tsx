import { GEORGIA_COUNTIES, type AdminOffice } from '@cos/contracts';
import { ErrorSummary, SelectField, TextField, useApiForm } from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { requestErrors } from '../../../lib/form-errors.ts';
import { createOffice, officesKey, updateOffice } from '../api/offices.ts';
import {
  OfficeValues,
  emptyOffice,
  officeFieldIds,
  officeIds,
  officeMessages,
  valuesOf,
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
  const { form, errors, busy, onSubmit, field, errorAt } = useApiForm({
    schema: OfficeValues,
    defaultValues: editing ? valuesOf(editing) : emptyOffice,
    ids: officeIds,
    messages: officeMessages,
    submit: (request) => (editing ? updateOffice(editing.id, request) : createOffice(request)),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: officesKey });
      onSaved(saved);
    },
    failure: (failure, fieldId) => requestErrors(failure, officeFieldIds.name, fieldId),
  });

  return (
    <>
      <ErrorSummary errors={errors} />
      <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit}>
        <TextField
          {...field('name')}
          label={t('form.name')}
          hint={t('form.nameHint')}
          maxLength={120}
          required
          autoComplete="off"
        />
        <SelectField {...field('county')} label={t('form.county')} required>
          <option value="">{t('form.chooseCounty')}</option>
          {GEORGIA_COUNTIES.map((county) => (
            <option key={county} value={county}>
              {county}
            </option>
          ))}
        </SelectField>
        <TextField
          {...field('addressLine1')}
          label={t('form.addressLine1')}
          maxLength={100}
          required
          autoComplete="off"
        />
        <TextField
          {...field('addressLine2')}
          label={t('form.addressLine2')}
          maxLength={100}
          autoComplete="off"
        />
        <TextField {...field('city')} label={t('form.city')} maxLength={60} required autoComplete="off" />
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
          {...field('zip')}
          label={t('form.zip')}
          hint={t('form.zipHint')}
          inputMode="numeric"
          maxLength={10}
          width="medium"
          required
          autoComplete="off"
        />
        <TextField
          {...field('phone')}
          type="tel"
          label={t('form.phone')}
          hint={t('form.phoneHint')}
          maxLength={20}
          width="medium"
          required
          autoComplete="off"
        />
        <TextField
          {...field('hours')}
          label={t('form.hours')}
          hint={t('form.hoursHint')}
          maxLength={200}
          required
          autoComplete="off"
        />
        <ServicesFieldset binding={form.register('services')} error={errorAt(officeFieldIds.services)} />
        <TextField
          {...field('latitude')}
          label={t('form.latitude')}
          hint={t('form.latitudeHint')}
          inputMode="decimal"
          width="medium"
          autoComplete="off"
        />
        <TextField
          {...field('longitude')}
          label={t('form.longitude')}
          hint={t('form.longitudeHint')}
          inputMode="decimal"
          width="medium"
          autoComplete="off"
        />
        <button type="submit" className="usa-button margin-top-3" disabled={busy}>
          {editing ? t('form.save') : t('form.create')}
        </button>
      </form>
    </>
  );
}
