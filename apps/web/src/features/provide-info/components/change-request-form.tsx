import { usStateCodes } from '@cos/contracts';
import {
  ErrorSummary,
  RadioGroupField,
  SelectField,
  TextField,
  radioOptionId,
  useApiForm,
  type FieldError,
} from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PasskeyInsteadButton } from '../../../components/forms/passkey-instead-button.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { serverFieldErrors } from '../../../lib/form-errors.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { submitChangeRequest } from '../api/submit-change-request.ts';
import {
  ChangeRequestValues,
  changeKinds,
  changeRequestDefaults,
  changeRequestIds,
  changeRequestMessages,
  fieldIds,
} from '../lib/change-request-form.ts';

/**
 * One change at a time: the parent picks what changed, fills in only those fields, and sends it
 * for review. On success the form empties and a status message (focused) says what happens next.
 */
export function ChangeRequestForm() {
  const { t } = useTranslation('provideInfo');
  const queryClient = useQueryClient();
  const success = useRef<HTMLDivElement>(null);
  const {
    form,
    mutation,
    errors,
    busy,
    onSubmit,
    field: bind,
    errorAt,
    showErrors,
  } = useApiForm({
    schema: ChangeRequestValues,
    defaultValues: { ...changeRequestDefaults, passkeyAssertion: undefined },
    ids: changeRequestIds,
    messages: changeRequestMessages,
    submit: async (request) => {
      // An assertion serves one submit: a retry needs the password or a new one.
      form.setValue('passkeyAssertion', undefined);
      await submitChangeRequest(request);
      return request.kind;
    },
    onSuccess: async (): Promise<void> => {
      await queryClient.invalidateQueries({ queryKey: ['change-requests'] });
      form.reset();
    },
    failure: (error, fieldId): FieldError[] => {
      const kindId = radioOptionId(fieldIds.kind, form.getValues('kind') || 'address');
      if (isApiError(error, 'VALIDATION_FAILED')) return serverFieldErrors(error, fieldId, kindId);
      return requestFailure(error, kindId, (count) => t('auth:errors.rateLimited', { count }));
    },
  });
  const kind = form.watch('kind');
  const sent = mutation.isSuccess ? mutation.data : null;

  useEffect(() => {
    if (sent) success.current?.focus();
  }, [sent]);

  const field = (
    name: Exclude<keyof typeof fieldIds, 'kind'>,
    extra: Partial<Parameters<typeof TextField>[0]> = {},
  ) => <TextField {...bind(name)} label={t(`fields.${name}`)} {...extra} />;

  return (
    <>
      {sent && (
        <div ref={success} tabIndex={-1} className="usa-alert usa-alert--success margin-y-3" role="status">
          <div className="usa-alert__body">
            <h3 className="usa-alert__heading">{t('form.sentHeading')}</h3>
            <p className="usa-alert__text">
              {t('form.sentText', { what: t(`kinds.${sent}`).toLowerCase() })}
            </p>
          </div>
        </div>
      )}
      <ErrorSummary errors={errors} />
      <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit}>
        <RadioGroupField
          id={fieldIds.kind}
          name="kind"
          legend={t('form.kindLegend')}
          options={changeKinds.map((value) => ({ value, label: t(`kinds.${value}`) }))}
          error={errorAt(changeRequestIds.kind)}
          value={kind}
          onChange={(value) => {
            form.setValue('kind', value);
            mutation.reset(); // the last "sent" message is about an earlier change
          }}
          required
        />
        {kind === 'address' && (
          <fieldset className="usa-fieldset">
            <legend className="usa-legend usa-legend--large">{t('form.newAddress')}</legend>
            {field('addressLine1', { autoComplete: 'address-line1', required: true })}
            {field('addressLine2', { autoComplete: 'address-line2', hint: t('form.optional') })}
            {field('city', { autoComplete: 'address-level2', required: true })}
            <SelectField {...bind('state')} label={t('fields.state')} autoComplete="address-level1" required>
              <option value="">{t('form.choose')}</option>
              {usStateCodes.map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </SelectField>
            {field('zip', {
              autoComplete: 'postal-code',
              inputMode: 'numeric',
              width: 'medium',
              hint: t('form.zipHint'),
              required: true,
            })}
          </fieldset>
        )}
        {kind === 'phone' &&
          field('phone', {
            type: 'tel',
            autoComplete: 'tel-national',
            hint: t('form.phoneHint'),
            required: true,
          })}
        {kind === 'email' && (
          <>
            {field('email', { type: 'email', autoComplete: 'email', required: true })}
            {field('currentPassword', {
              type: 'password',
              autoComplete: 'current-password',
              hint: t('form.currentPasswordHint'),
              required: true,
            })}
            <PasskeyInsteadButton
              id={changeRequestIds.passkey}
              onAssertion={(assertion) => form.setValue('passkeyAssertion', assertion)}
              onFailure={showErrors}
            />
          </>
        )}
        {kind === 'employer' && (
          <>
            {field('employerName', { autoComplete: 'organization', required: true })}
            {field('employerAddress', { hint: t('form.optional') })}
          </>
        )}
        <button className="usa-button" type="submit" disabled={busy}>
          {t('form.submit')}
        </button>
      </form>
    </>
  );
}
