import { OFFICE_SERVICES } from '@cos/contracts';
import type { FieldBinding } from '@cos/ui';
import { useTranslation } from 'react-i18next';

type Props = {
  /** The form's `register('services')`: the boxes of one name hold the services ticked, as the API names them. */
  binding: Omit<FieldBinding<'services'>, 'id' | 'error'>;
  error: string | undefined;
};

/**
 * The services an office offers, as checkboxes in a fieldset (the legend names the group, the error
 * is read with it). The first box carries the id the error summary links to.
 */
export function ServicesFieldset({ binding, error }: Props) {
  const { t } = useTranslation('offices');
  const errorId = 'office-services-error';
  return (
    <fieldset
      className={`usa-fieldset usa-form-group${error ? ' usa-form-group--error' : ''}`}
      aria-describedby={error ? errorId : 'office-services-hint'}
    >
      <legend className="usa-legend">{t('form.services')}</legend>
      <span className="usa-hint" id="office-services-hint">
        {t('form.servicesHint')}
      </span>
      {error && (
        <span className="usa-error-message" id={errorId}>
          {error}
        </span>
      )}
      {OFFICE_SERVICES.map((service, index) => (
        <div key={service} className="usa-checkbox">
          <input
            {...binding}
            id={`office-service-${index}`}
            type="checkbox"
            className="usa-checkbox__input"
            value={service}
          />
          <label className="usa-checkbox__label" htmlFor={`office-service-${index}`}>
            {t(`services.${index}`)}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
