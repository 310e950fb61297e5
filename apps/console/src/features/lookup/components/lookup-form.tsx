import { ErrorSummary, RadioGroupField, TextField, errorText, useApiForm, type FieldError } from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { currentSearch, useCurrentSearch } from '../lib/current-search.ts';
import {
  LookupValues,
  lookupFieldIds,
  lookupIds,
  lookupMessages,
  lookupReasons,
} from '../lib/lookup-form.ts';

/**
 * The one search box and the reason for looking (required: it is recorded with the search). A new
 * search drops the results of the previous ones, so it is always asked of the API afresh.
 */
export function LookupForm({ errors: requestErrors }: { errors: readonly FieldError[] }) {
  const { t } = useTranslation('lookup');
  const queryClient = useQueryClient();
  const previous = useCurrentSearch()?.search;
  const { form, errors, onSubmit, field } = useApiForm({
    schema: LookupValues,
    defaultValues: {
      q: previous?.q ?? '',
      reason: previous?.reason ?? '',
      reasonText: previous?.reasonText ?? '',
    },
    ids: lookupIds,
    messages: lookupMessages,
    // The search itself runs in the results' query (the route shows its failure): starting it is all.
    submit: (search) => {
      queryClient.removeQueries({ queryKey: ['accounts', 'search'] });
      currentSearch.start(search);
    },
    failure: () => [],
  });
  const shown = errors.length > 0 ? errors : requestErrors;
  const shownAt = (id: string) => errorText(shown, id, t);
  const reason = form.watch('reason');

  return (
    <>
      <ErrorSummary errors={shown} />
      <form
        className="usa-form usa-form--large"
        noValidate
        onSubmit={onSubmit}
        role="search"
        aria-label={t('formLabel')}
      >
        <TextField
          {...field('q')}
          error={shownAt(lookupFieldIds.q)}
          label={t('query')}
          hint={t('queryHint')}
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
          required
        />
        <RadioGroupField
          id={lookupFieldIds.reason}
          name="reason"
          legend={t('reason')}
          options={lookupReasons.map((value) => ({ value, label: t(`reasons.${value}`) }))}
          error={shownAt(lookupFieldIds.reasonFirst)}
          value={reason}
          onChange={(value) => form.setValue('reason', value)}
          required
        >
          {reason === 'other' && (
            <TextField
              {...field('reasonText')}
              error={shownAt(lookupFieldIds.reasonText)}
              label={t('reasonText')}
              maxLength={200}
              required
            />
          )}
        </RadioGroupField>
        <button type="submit" className="usa-button">
          {t('submit')}
        </button>
      </form>
    </>
  );
}
