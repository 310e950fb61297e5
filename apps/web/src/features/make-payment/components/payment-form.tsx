import type { CaseSummary } from '@cos/contracts';
import { ErrorSummary, SelectField, TextField, type FieldError } from '@cos/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm, useWatch, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { formatCents } from '../../../lib/format/money.ts';
import {
  centsToInput,
  paymentFieldIds as ids,
  PaymentDetailsForm,
  problemKey,
  suggestedCents,
  type PaymentDetails,
  type PaymentDetailsInput,
} from '../lib/payment-form.ts';

type PaymentFormProps = {
  cases: readonly CaseSummary[];
  /** What was entered before (back from a later step), or nothing for a fresh form. */
  draft: PaymentDetails | null;
  /** Problems from the server to show when the form comes back. */
  serverErrors: FieldError[];
  onContinue: (details: PaymentDetails) => void;
};

const fieldOrder = ['caseNumber', 'amount'] as const;

/**
 * Step 1: the case and the amount (this month's support to start with). react-hook-form with the
 * contract's rules as resolver; problems go to the shared error summary, which takes focus.
 */
export function PaymentForm({ cases, draft, serverErrors, onContinue }: PaymentFormProps) {
  const { t } = useTranslation('makePayment');
  const first = cases[0];
  const { control, register, handleSubmit, getValues, setValue, formState } = useForm<
    PaymentDetailsInput,
    unknown,
    z.output<typeof PaymentDetailsForm>
  >({
    resolver: zodResolver(PaymentDetailsForm),
    // The error summary takes focus (it names every problem), not the first invalid field.
    shouldFocusError: false,
    defaultValues: draft
      ? { caseNumber: draft.caseNumber, amount: draft.amountText }
      : { caseNumber: first?.caseNumber ?? '', amount: centsToInput(suggestedCents(first)) },
  });
  // A new array per submit: the summary takes focus again on every attempt.
  const [summary, setSummary] = useState<FieldError[]>(serverErrors);

  const keyOf = (errors: FieldErrors<PaymentDetailsInput>, field: (typeof fieldOrder)[number]) => {
    const error = errors[field];
    return error ? problemKey(field, getValues(field), String(error.type)) : undefined;
  };
  const onInvalid = (errors: FieldErrors<PaymentDetailsInput>) =>
    setSummary(
      fieldOrder.flatMap((field) => {
        const messageKey = keyOf(errors, field);
        return messageKey ? [{ fieldId: ids[field], messageKey }] : [];
      }),
    );
  const errorOf = (field: (typeof fieldOrder)[number]) => {
    const key = keyOf(formState.errors, field);
    return key ? t(key) : undefined;
  };

  const caseNumber = useWatch({ control, name: 'caseNumber' });
  const chosen = cases.find((candidate) => candidate.caseNumber === caseNumber);

  return (
    <>
      <ErrorSummary errors={summary} />
      <form
        className="usa-form usa-form--large"
        noValidate
        onSubmit={handleSubmit(
          (values) => onContinue({ ...values, amountText: getValues('amount') }),
          onInvalid,
        )}
      >
        <Controller
          control={control}
          name="caseNumber"
          render={({ field }) => (
            <SelectField
              id={ids.caseNumber}
              name={field.name}
              label={t('fields.caseNumber')}
              error={errorOf('caseNumber')}
              value={field.value}
              onBlur={field.onBlur}
              onChange={(event) => {
                field.onChange(event.target.value);
                const summaryOf = cases.find((candidate) => candidate.caseNumber === event.target.value);
                setValue('amount', centsToInput(suggestedCents(summaryOf)));
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
          )}
        />
        <TextField
          id={ids.amount}
          label={t('fields.amountCents')}
          error={errorOf('amount')}
          hint={
            chosen?.monthlyObligationCents
              ? t('amountHintMonthly', { monthly: formatCents(chosen.monthlyObligationCents) })
              : t('amountHint')
          }
          inputMode="decimal"
          autoComplete="off"
          width="medium"
          required
          {...register('amount')}
        />
        <button className="usa-button" type="submit">
          {t('continueButton')}
        </button>
      </form>
    </>
  );
}
