import { ErrorSummary, TextField, useApiForm } from '@cos/ui';
import { OfficeSearchQuery } from '@cos/contracts';
import { useTranslation } from 'react-i18next';

export const officeSearchFieldId = 'office-search';

/**
 * The search box: the query goes into the URL (the page reads it from there), so a search can
 * be bookmarked, shared and gone back to. A query the API would refuse is caught here first.
 */
export function OfficeSearchForm({ initial, onSearch }: { initial: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation('offices');
  const { errors, onSubmit, field } = useApiForm({
    schema: OfficeSearchQuery,
    defaultValues: { q: initial },
    ids: { q: officeSearchFieldId },
    messages: { q: 'offices:errors.query' },
    // Nothing is sent from here: the page's query follows the URL.
    submit: ({ q }) => onSearch(q ?? ''),
    failure: () => [],
  });

  return (
    <>
      <ErrorSummary errors={errors} />
      <form
        className="usa-form usa-form--large"
        role="search"
        aria-label={t('search.formLabel')}
        noValidate
        onSubmit={onSubmit}
      >
        <TextField
          {...field('q')}
          type="search"
          label={t('search.label')}
          hint={t('search.hint')}
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
