import { ErrorSummary, RadioGroupField, TextField, errorText, type FieldError } from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currentSearch, useCurrentSearch } from '../lib/current-search.ts';
import { lookupFieldIds, lookupReasons, validateLookup } from '../lib/lookup-form.ts';

/**
 * The one search box and the reason for looking (required: it is recorded with the search). A new
 * search drops the results of the previous ones, so it is always asked of the API afresh.
 */
export function LookupForm({ errors: requestErrors }: { errors: readonly FieldError[] }) {
  const { t } = useTranslation('lookup');
  const queryClient = useQueryClient();
  const previous = useCurrentSearch()?.search;
  const [reason, setReason] = useState<string>(previous?.reason ?? '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const shown = errors.length > 0 ? errors : requestErrors;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value : '';
    };
    const { errors: problems, search } = validateLookup({
      q: text('q'),
      reason,
      reasonText: text('reasonText'),
    });
    setErrors(problems);
    if (!search) return;
    queryClient.removeQueries({ queryKey: ['accounts', 'search'] });
    currentSearch.start(search);
  }

  return (
    <>
      <ErrorSummary errors={shown} />
      <form
        className="usa-form usa-form--large"
        noValidate
        onSubmit={submit}
        role="search"
        aria-label={t('formLabel')}
      >
        <TextField
          id={lookupFieldIds.q}
          name="q"
          label={t('query')}
          hint={t('queryHint')}
          error={errorText(shown, lookupFieldIds.q, t)}
          defaultValue={previous?.q}
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
          error={errorText(shown, lookupFieldIds.reasonFirst, t)}
          value={reason}
          onChange={setReason}
          required
        >
          {reason === 'other' && (
            <TextField
              id={lookupFieldIds.reasonText}
              name="reasonText"
              label={t('reasonText')}
              error={errorText(shown, lookupFieldIds.reasonText, t)}
              defaultValue={previous?.reasonText}
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
