import type { DirectDepositView, PasskeyAssertion } from '@cos/contracts';
import {
  ErrorSummary,
  PasswordField,
  RadioGroupField,
  TextField,
  errorText,
  radioOptionId,
  type FieldError,
} from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PasskeyInsteadButton } from '../../../components/forms/passkey-instead-button.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { serverFieldErrors } from '../../../lib/form-errors.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { directDepositQueryOptions } from '../api/get-direct-deposit.ts';
import { updateDirectDeposit } from '../api/update-direct-deposit.ts';
import {
  checkDirectDeposit,
  fieldIds,
  isDirectDepositField,
  type DirectDepositValues,
} from '../lib/direct-deposit-form.ts';

const empty: DirectDepositValues = {
  routingNumber: '',
  accountNumber: '',
  accountNumberConfirmation: '',
  accountType: '',
};
const typeGroupId = fieldIds.accountType;
const CURRENT_PASSWORD_ID = 'dd-current-password';
const PASSKEY_ID = 'dd-passkey';

type DirectDepositFormProps = {
  onSaved: (view: DirectDepositView) => void;
  /** The switch went off between loading the page and submitting: the page shows the outage. */
  onUnavailable: () => void;
};

/** New bank account: routing number (checksum), account number twice, checking or savings. */
export function DirectDepositForm({ onSaved, onUnavailable }: DirectDepositFormProps) {
  const { t } = useTranslation('directDeposit');
  const { t: tAuth } = useTranslation('auth');
  const queryClient = useQueryClient();
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  // Step-up (docs/security.md): the current password confirms the change is the parent's.
  const [currentPassword, setCurrentPassword] = useState('');
  // …or "Use a passkey instead": its assertion, for the one submit it triggers.
  const passkey = useRef<PasskeyAssertion | undefined>(undefined);
  const set = (field: keyof DirectDepositValues) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkDirectDeposit(values, (value) => radioOptionId(typeGroupId, value));
    const passkeyAssertion = passkey.current;
    passkey.current = undefined;
    const passwordMissing =
      currentPassword || passkeyAssertion
        ? []
        : [{ fieldId: CURRENT_PASSWORD_ID, messageKey: 'auth:errors.currentPasswordRequired' }];
    setErrors([...checked.errors, ...passwordMissing]);
    if (!checked.request || passwordMissing.length > 0) return;
    setBusy(true);
    try {
      const stepUp = passkeyAssertion ? { passkeyAssertion } : { currentPassword };
      const saved = await updateDirectDeposit({ ...checked.request, ...stepUp });
      setCurrentPassword('');
      queryClient.setQueryData(directDepositQueryOptions().queryKey, saved);
      setValues(empty);
      onSaved(saved);
    } catch (error) {
      if (isApiError(error, 'FEATURE_UNAVAILABLE')) onUnavailable();
      else if (isApiError(error, 'VALIDATION_FAILED')) {
        setErrors(
          serverFieldErrors(
            error,
            (field) =>
              field === 'currentPassword'
                ? CURRENT_PASSWORD_ID
                : field === 'passkey'
                  ? PASSKEY_ID
                  : isDirectDepositField(field)
                    ? fieldIds[field]
                    : undefined,
            fieldIds.routingNumber,
          ),
        );
      } else
        setErrors(
          requestFailure(error, fieldIds.routingNumber, (count) => t('errors.rateLimited', { count })),
        );
    } finally {
      setBusy(false);
    }
  }

  const error = (id: string) => errorText(errors, id, t);
  return (
    <>
      <ErrorSummary errors={errors} />
      <form className="usa-form usa-form--large" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id={fieldIds.routingNumber}
          name="routingNumber"
          label={t('form.routingNumber')}
          hint={t('form.routingNumberHint')}
          error={error(fieldIds.routingNumber)}
          value={values.routingNumber}
          onChange={(event) => set('routingNumber')(event.target.value)}
          inputMode="numeric"
          autoComplete="off"
          width="medium"
          required
        />
        <TextField
          id={fieldIds.accountNumber}
          name="accountNumber"
          label={t('form.accountNumber')}
          hint={t('form.accountNumberHint')}
          error={error(fieldIds.accountNumber)}
          value={values.accountNumber}
          onChange={(event) => set('accountNumber')(event.target.value)}
          inputMode="numeric"
          autoComplete="off"
          required
        />
        <TextField
          id={fieldIds.accountNumberConfirmation}
          name="accountNumberConfirmation"
          label={t('form.accountNumberConfirmation')}
          error={error(fieldIds.accountNumberConfirmation)}
          value={values.accountNumberConfirmation}
          onChange={(event) => set('accountNumberConfirmation')(event.target.value)}
          inputMode="numeric"
          autoComplete="off"
          required
        />
        <RadioGroupField
          id={typeGroupId}
          name="accountType"
          legend={t('form.accountType')}
          options={[
            { value: 'checking', label: t('accountTypes.checking') },
            { value: 'savings', label: t('accountTypes.savings') },
          ]}
          error={
            errors.some((e) => e.fieldId === radioOptionId(typeGroupId, 'checking'))
              ? error(radioOptionId(typeGroupId, 'checking'))
              : undefined
          }
          value={values.accountType}
          onChange={set('accountType')}
          required
        />
        <PasswordField
          id={CURRENT_PASSWORD_ID}
          name="currentPassword"
          label={tAuth('stepUp.currentPassword')}
          hint={tAuth('stepUp.hint')}
          error={error(CURRENT_PASSWORD_ID)}
          value={currentPassword}
          onChange={(event) => setCurrentPassword(event.target.value)}
          autoComplete="current-password"
          required
        />
        <PasskeyInsteadButton
          id={PASSKEY_ID}
          onAssertion={(assertion) => (passkey.current = assertion)}
          onFailure={setErrors}
        />
        <button className="usa-button" type="submit" disabled={busy}>
          {t('form.submit')}
        </button>
      </form>
    </>
  );
}
