import type { CaseSummary } from '@cos/contracts';
import { ErrorSummary, SelectField, TextField, errorText, type FieldError } from '@cos/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCents } from '../../../lib/format/money.ts';
import {
  centsToInput,
  paymentFieldIds as ids,
  suggestedCents,
  validatePayment,
  type PaymentDraft,
} from '../lib/payment-form.ts';

type PaymentFormProps = {
  cases: readonly CaseSummary[];
  /** What was entered before (back from the review step), or nothing for a fresh form. */
  draft: PaymentDraft | null;
  /** Problems from the server (a declined card) to show when the form comes back. */
  serverErrors: FieldError[];
  onReview: (draft: PaymentDraft) => void;
};

/** Step 1: the case, the amount (this month's support to start with) and the card. */
export function PaymentForm({ cases, draft, serverErrors, onReview }: PaymentFormProps) {
  const { t } = useTranslation('makePayment');
  const first = cases[0];
  const [values, setValues] = useState<PaymentDraft>(
    () =>
      draft ?? {
        caseNumber: first?.caseNumber ?? '',
        amountCents: centsToInput(suggestedCents(first)),
        cardNumber: '',
        expiry: '',
        cvv: '',
        zip: '',
      },
  );
  const [errors, setErrors] = useState<FieldError[]>(serverErrors);
  const set = (field: keyof PaymentDraft) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  function chooseCase(caseNumber: string) {
    const summary = cases.find((candidate) => candidate.caseNumber === caseNumber);
    setValues((current) => ({ ...current, caseNumber, amountCents: centsToInput(suggestedCents(summary)) }));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { errors: problems, request } = validatePayment(values);
    setErrors(problems);
    if (request) onReview(values);
  }

  const text = (field: keyof PaymentDraft) => ({
    id: ids[field],
    name: field,
    label: t(`fields.${field}`),
    error: errorText(errors, ids[field], t),
    value: values[field],
    onChange: (event: { target: { value: string } }) => set(field)(event.target.value),
  });
  const chosen = cases.find((candidate) => candidate.caseNumber === values.caseNumber);

  return (
    <>
      <ErrorSummary errors={errors} />
      <form className="usa-form usa-form--large" noValidate onSubmit={submit}>
        <SelectField {...text('caseNumber')} onChange={(event) => chooseCase(event.target.value)} required>
          {cases.map((summary) => (
            <option key={summary.caseNumber} value={summary.caseNumber}>
              {t('caseOption', { caseNumber: summary.caseNumber, owed: formatCents(summary.totalOwedCents) })}
            </option>
          ))}
        </SelectField>
        <TextField
          {...text('amountCents')}
          hint={
            chosen?.monthlyObligationCents
              ? t('amountHintMonthly', { monthly: formatCents(chosen.monthlyObligationCents) })
              : t('amountHint')
          }
          inputMode="decimal"
          autoComplete="off"
          width="medium"
          required
        />
        <fieldset className="usa-fieldset">
          <legend className="usa-legend usa-legend--large">{t('cardLegend')}</legend>
          <TextField
            {...text('cardNumber')}
            inputMode="numeric"
            autoComplete="cc-number"
            hint={t('cardNumberHint')}
            required
          />
          <TextField
            {...text('expiry')}
            autoComplete="cc-exp"
            hint={t('expiryHint')}
            width="small"
            required
          />
          <TextField
            {...text('cvv')}
            inputMode="numeric"
            autoComplete="cc-csc"
            hint={t('cvvHint')}
            width="small"
            required
          />
          <TextField
            {...text('zip')}
            inputMode="numeric"
            autoComplete="postal-code"
            hint={t('zipHint')}
            width="medium"
            required
          />
        </fieldset>
        <button className="usa-button" type="submit">
          {t('reviewButton')}
        </button>
      </form>
    </>
  );
}
