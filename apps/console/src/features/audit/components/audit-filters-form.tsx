import { ErrorSummary, SelectField, TextField, errorText, type FieldError } from '@cos/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths.ts';
import {
  auditActions,
  auditFieldIds,
  auditFilterKeys,
  validateAuditFilters,
  type AuditFilters,
} from '../lib/audit-filters.ts';

type Props = {
  filters: AuditFilters;
  onApply: (filters: AuditFilters) => void;
};

/** Staff member, account, action and a date range (agency days); applied to the URL. */
export function AuditFiltersForm({ filters, onApply }: Props) {
  const { t } = useTranslation('audit');
  const [errors, setErrors] = useState<FieldError[]>([]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (key: string) => {
      const value = data.get(key);
      return typeof value === 'string' ? value.trim() : '';
    };
    const values = {
      actorId: text('actorId'),
      accountId: text('accountId'),
      action: text('action'),
      from: text('from'),
      to: text('to'),
    };
    const problems = validateAuditFilters(values);
    setErrors(problems);
    if (problems.length > 0) return;
    const next: AuditFilters = {};
    for (const key of auditFilterKeys) if (values[key]) next[key] = values[key];
    onApply(next);
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      {/* Keyed on the filters, so following a "show only …" link refills the form. */}
      <form
        key={JSON.stringify(filters)}
        className="usa-form maxw-none"
        noValidate
        onSubmit={submit}
        aria-labelledby="audit-filters-heading"
      >
        <h2 id="audit-filters-heading" className="margin-top-0">
          {t('filters.heading')}
        </h2>
        <div className="grid-row grid-gap">
          <div className="tablet:grid-col-6">
            <TextField
              id={auditFieldIds.actorId}
              name="actorId"
              label={t('filters.actorId')}
              hint={t('filters.actorIdHint')}
              error={errorText(errors, auditFieldIds.actorId, t)}
              defaultValue={filters.actorId}
              autoComplete="off"
              spellCheck={false}
            />
          </div>
          <div className="tablet:grid-col-6">
            <TextField
              id={auditFieldIds.accountId}
              name="accountId"
              label={t('filters.accountId')}
              hint={t('filters.accountIdHint')}
              error={errorText(errors, auditFieldIds.accountId, t)}
              defaultValue={filters.accountId}
              autoComplete="off"
              spellCheck={false}
            />
          </div>
          <div className="tablet:grid-col-4">
            <SelectField
              id={auditFieldIds.action}
              name="action"
              label={t('filters.action')}
              defaultValue={filters.action ?? ''}
            >
              <option value="">{t('filters.anyAction')}</option>
              {auditActions.map((action) => (
                <option key={action} value={action}>
                  {t(`actions.${action}`)}
                </option>
              ))}
            </SelectField>
          </div>
          <div className="tablet:grid-col-4">
            <TextField
              id={auditFieldIds.from}
              name="from"
              type="date"
              label={t('filters.from')}
              error={errorText(errors, auditFieldIds.from, t)}
              defaultValue={filters.from}
            />
          </div>
          <div className="tablet:grid-col-4">
            <TextField
              id={auditFieldIds.to}
              name="to"
              type="date"
              label={t('filters.to')}
              error={errorText(errors, auditFieldIds.to, t)}
              defaultValue={filters.to}
            />
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
