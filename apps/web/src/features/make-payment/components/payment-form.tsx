import type { CaseSummary } from '@cos/contracts';
import { ErrorSummary, SelectField, TextField, useApiForm, type FieldError } from '@cos/ui';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatCents } from '../../../lib/format/money.ts';
import {
  centsToInput,
  paymentFieldIds as ids,
  paymentMessages,
  PaymentDetailsForm,
  suggestedCents,
  type PaymentDetails,
} from '../lib/payment-form.ts';

type PaymentFormProps = {
  cases: readonly CaseSummary[];
  /** What was entered before (back from a later step), or nothing for a fresh form. */
  draft: PaymentDetails | null;
  /** Problems from the server to show when the form comes back. */
  serverErrors: FieldError[];
  onContinue: (details: PaymentDetails) => void;
};

/**
 * Step 1: the case and the amount (this month's support to start with), on `useApiForm` with the
 * contract's rules as schema; problems go to the shared error summary, which takes focus. Nothing
 * is sent from this step: "submitting" hands the checked details to the next step.
 */
export function PaymentForm({ cases, draft, serverErrors, onContinue }: PaymentFormProps) {
  const { t } = useTranslation('makePayment');
  const first = cases[0];
  // The amount as typed ("$1,234.50") goes on with the cents, to show it back unchanged; it is read
  // when the submit runs, once the hook has given the form.
  let typed = () => '';
  const { form, errors, onSubmit, field } = useApiForm({
    schema: PaymentDetailsForm,
    defaultValues: draft
      ? { caseNumber: draft.caseNumber, amount: draft.amountText }
      : { caseNumber: first?.caseNumber ?? '', amount: centsToInput(suggestedCents(first)) },
    ids,
    messages: paymentMessages,
    initialErrors: serverErrors,
    submit: (values): PaymentDetails => ({ ...values, amountText: typed() }),
    onSuccess: (details) => onContinue(details),
    // Nothing is sent, so nothing can fail on the way.
    failure: () => [],
  });
  typed = () => form.getValues('amount');

  const caseNumber = useWatch({ control: form.control, name: 'caseNumber' });
  const chosen = cases.find((candidate) => candidate.caseNumber === caseNumber);
  const caseField = field('caseNumber');

  return (
    <>
      <ErrorSummary errors={errors} />
      <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit}>
        <SelectField
          {...caseField}
          label={t('fields.caseNumber')}
          onChange={(event) => {
            void caseField.onChange(event);
            const summaryOf = cases.find((candidate) => candidate.caseNumber === event.target.value);
            form.setValue('amount', centsToInput(suggestedCents(summaryOf)));
          }}
          required
        >
          {cases.map((summaryOf) => (
            <option key={summaryOf.caseNumber} value={summaryOf.caseNumber}>
              {t('caseOption', {
                caseNumber: summaryOf.caseNumber,
                owed: formatCents(summaryOf.totalOwedCents),
              })}
            </option>
          ))}
        </SelectField>
        <TextField
          {...field('amount')}
          label={t('fields.amountCents')}
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
        <button className="usa-button" type="submit">
          {t('continueButton')}
        </button>
      </form>
    </>
  );
}
