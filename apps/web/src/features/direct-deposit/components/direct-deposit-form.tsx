import type { DirectDepositView } from '@cos/contracts';
import { ErrorSummary, RadioGroupField, TextField, useApiForm } from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PasskeyInsteadButton } from '../../../components/forms/passkey-instead-button.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { serverFieldErrors } from '../../../lib/form-errors.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { directDepositQueryOptions } from '../api/get-direct-deposit.ts';
import { updateDirectDeposit } from '../api/update-direct-deposit.ts';
import {
  ACCOUNT_TYPE_GROUP_ID,
  DirectDepositFormValues,
  directDepositIds,
  directDepositMessages,
} from '../lib/direct-deposit-form.ts';
import { StepUpPassword } from './step-up-password.tsx';

type DirectDepositFormProps = {
  onSaved: (view: DirectDepositView) => void;
  /** The switch went off between loading the page and submitting: the page shows the outage. */
  onUnavailable: () => void;
};

/** New bank account: routing number (checksum), account number twice, checking or savings. */
export function DirectDepositForm({ onSaved, onUnavailable }: DirectDepositFormProps) {
  const { t } = useTranslation('directDeposit');
  const queryClient = useQueryClient();
  const { form, errors, busy, onSubmit, field, errorAt, showErrors } = useApiForm({
    schema: DirectDepositFormValues,
    defaultValues: {
      routingNumber: '',
      accountNumber: '',
      accountNumberConfirmation: '',
      currentPassword: '',
    },
    ids: directDepositIds,
    messages: directDepositMessages,
    submit: ({ currentPassword, passkeyAssertion, ...values }) => {
      // An assertion serves one submit: a retry needs the password or a new one.
      form.setValue('passkeyAssertion', undefined);
      return updateDirectDeposit({
        ...values,
        ...(passkeyAssertion ? { passkeyAssertion } : { currentPassword }),
      });
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(directDepositQueryOptions().queryKey, saved);
      form.reset();
      onSaved(saved);
    },
    failure: (error, fieldId) => {
      if (isApiError(error, 'FEATURE_UNAVAILABLE')) {
        onUnavailable();
        return [];
      }
      // A wrong current password comes back as a field error on currentPassword.
      if (isApiError(error, 'VALIDATION_FAILED'))
        return serverFieldErrors(error, fieldId, directDepositIds.routingNumber);
      return requestFailure(error, directDepositIds.routingNumber, (count) =>
        t('errors.rateLimited', { count }),
      );
    },
  });
  const accountType = form.watch('accountType');

  return (
    <>
      <ErrorSummary errors={errors} />
      <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit}>
        <TextField
          {...field('routingNumber')}
          label={t('form.routingNumber')}
          hint={t('form.routingNumberHint')}
          inputMode="numeric"
          autoComplete="off"
          width="medium"
          required
        />
        <TextField
          {...field('accountNumber')}
          label={t('form.accountNumber')}
          hint={t('form.accountNumberHint')}
          inputMode="numeric"
          autoComplete="off"
          required
        />
        <TextField
          {...field('accountNumberConfirmation')}
          label={t('form.accountNumberConfirmation')}
          inputMode="numeric"
          autoComplete="off"
          required
        />
        <RadioGroupField
          id={ACCOUNT_TYPE_GROUP_ID}
          name="accountType"
          legend={t('form.accountType')}
          options={[
            { value: 'checking', label: t('accountTypes.checking') },
            { value: 'savings', label: t('accountTypes.savings') },
          ]}
          error={errorAt(directDepositIds.accountType)}
          value={accountType ?? ''}
          onChange={(value) => form.setValue('accountType', value === 'savings' ? 'savings' : 'checking')}
          required
        />
        <StepUpPassword {...field('currentPassword')} />
        <PasskeyInsteadButton
          id={directDepositIds.passkey}
          onAssertion={(assertion) => form.setValue('passkeyAssertion', assertion)}
          onFailure={showErrors}
        />
        <button className="usa-button" type="submit" disabled={busy}>
          {t('form.submit')}
        </button>
      </form>
    </>
  );
}
