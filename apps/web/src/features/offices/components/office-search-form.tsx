import { ErrorSummary, TextField, errorText, type FieldError } from '@cos/ui';
import { OfficeSearchQuery } from '@cos/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const officeSearchFieldId = 'office-search';

/**
 * The search box: the query goes into the URL (the page reads it from there), so a search can
 * be bookmarked, shared and gone back to. A query the API would refuse is caught here first.
 */
export function OfficeSearchForm({ initial, onSearch }: { initial: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation('offices');
  const [errors, setErrors] = useState<FieldError[]>([]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('q');
    const q = typeof value === 'string' ? value.trim() : '';
    if (!OfficeSearchQuery.safeParse({ q }).success) {
      setErrors([{ fieldId: officeSearchFieldId, messageKey: 'offices:errors.query' }]);
      return;
    }
    setErrors([]);
    onSearch(q);
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <form
        className="usa-form usa-form--large"
        role="search"
        aria-label={t('search.formLabel')}
        noValidate
        onSubmit={submit}
      >
        <TextField
          id={officeSearchFieldId}
          name="q"
          type="search"
          label={t('search.label')}
          hint={t('search.hint')}
          error={errorText(errors, officeSearchFieldId, t)}
          defaultValue={initial}
          maxLength={60}
          autoComplete="off"
        />
        <button className="usa-button" type="submit">
          {t('search.submit')}
        </button>
      </form>
    </>
  );
}
