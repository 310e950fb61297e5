import { ErrorSummary, SelectField, TextField, useApiForm } from '@cos/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths.ts';
import {
  AuditFilterValues,
  auditActions,
  auditFieldIds,
  auditFilterMessages,
  auditFilterValues,
  type AuditFilters,
} from '../lib/audit-filters.ts';

type Props = {
  filters: AuditFilters;
  onApply: (filters: AuditFilters) => void;
};

/** Staff member, account, action and a date range (agency days); applied to the URL. */
export function AuditFiltersForm(props: Props) {
  // Keyed on the filters, so following a "show only …" link refills the form.
  return <FiltersForm key={JSON.stringify(props.filters)} {...props} />;
}

function FiltersForm({ filters, onApply }: Props) {
  const { t } = useTranslation('audit');
  const { errors, onSubmit, field } = useApiForm({
    schema: AuditFilterValues,
    defaultValues: auditFilterValues(filters),
    ids: auditFieldIds,
    messages: auditFilterMessages,
    // Nothing is sent from here: the page reads the filters from the URL.
    submit: onApply,
    failure: () => [],
  });

  return (
    <>
      <ErrorSummary errors={errors} />
      <form
        className="usa-form maxw-none"
        noValidate
        onSubmit={onSubmit}
        aria-labelledby="audit-filters-heading"
      >
        <h2 id="audit-filters-heading" className="margin-top-0">
          {t('filters.heading')}
        </h2>
        <div className="grid-row grid-gap">
          <div className="tablet:grid-col-6">
            <TextField
              {...field('actorId')}
              label={t('filters.actorId')}
              hint={t('filters.actorIdHint')}
              autoComplete="off"
              spellCheck={false}
            />
          </div>
          <div className="tablet:grid-col-6">
            <TextField
              {...field('accountId')}
              label={t('filters.accountId')}
              hint={t('filters.accountIdHint')}
              autoComplete="off"
              spellCheck={false}
            />
          </div>
          <div className="tablet:grid-col-4">
            <SelectField {...field('action')} label={t('filters.action')}>
              <option value="">{t('filters.anyAction')}</option>
              {auditActions.map((action) => (
                <option key={action} value={action}>
                  {t(`actions.${action}`)}
                </option>
              ))}
            </SelectField>
          </div>
          <div className="tablet:grid-col-4">
            <TextField {...field('from')} type="date" label={t('filters.from')} />
          </div>
          <div className="tablet:grid-col-4">
            <TextField {...field('to')} type="date" label={t('filters.to')} />
          </div>
        </div>
        <ul className="usa-button-group margin-top-2">
          <li className="usa-button-group__item">
            <button type="submit" className="usa-button">
              {t('filters.apply')}
            </button>
          </li>
          <li className="usa-button-group__item">
            <Link to={paths.audit.path} className="usa-button usa-button--unstyled padding-105">
              {t('filters.clear')}
            </Link>
          </li>
        </ul>
      </form>
    </>
  );
}
