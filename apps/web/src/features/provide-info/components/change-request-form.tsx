import { usStateCodes, type ChangeRequestKind } from '@cos/contracts';
import {
  ErrorSummary,
  RadioGroupField,
  SelectField,
  TextField,
  errorText,
  radioOptionId,
  type FieldError,
} from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client.ts';
import { serverFieldErrors } from '../../../lib/form-errors.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { submitChangeRequest } from '../api/submit-change-request.ts';
import { changeFieldId, changeKinds, fieldIds, validateChangeRequest } from '../lib/change-request-form.ts';

/**
 * One change at a time: the parent picks what changed, fills in only those fields, and sends it
 * for review. On success the form empties and a status message (focused) says what happens next.
 */
export function ChangeRequestForm() {
  const { t } = useTranslation('provideInfo');
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<ChangeRequestKind | ''>('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [sent, setSent] = useState<ChangeRequestKind | null>(null);
  const [busy, setBusy] = useState(false);
  const success = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (sent) success.current?.focus();
  }, [sent]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const { errors: problems, request } = validateChangeRequest(kind, new FormData(form));
    setErrors(problems);
    if (!request) return;
    setBusy(true);
    try {
      await submitChangeRequest(request);
      await queryClient.invalidateQueries({ queryKey: ['change-requests'] });
      form.reset();
      setKind('');
      setSent(request.kind);
    } catch (error) {
      if (isApiError(error, 'VALIDATION_FAILED'))
        setErrors(serverFieldErrors(error, changeFieldId, radioOptionId(fieldIds.kind, request.kind)));
      else
        setErrors(
          requestFailure(error, radioOptionId(fieldIds.kind, request.kind), (count) =>
            t('auth:errors.rateLimited', { count }),
          ),
        );
    } finally {
      setBusy(false);
    }
  }

  const field = (
    name: Exclude<keyof typeof fieldIds, 'kind'>,
    extra: Partial<Parameters<typeof TextField>[0]> = {},
  ) => (
    <TextField
      id={fieldIds[name]}
      name={name}
      label={t(`fields.${name}`)}
      error={errorText(errors, fieldIds[name], t)}
      {...extra}
    />
  );

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
      <form className="usa-form usa-form--large" noValidate onSubmit={(event) => void submit(event)}>
        <RadioGroupField
          id={fieldIds.kind}
          name="kind"
          legend={t('form.kindLegend')}
          options={changeKinds.map((value) => ({ value, label: t(`kinds.${value}`) }))}
          error={errorText(errors, radioOptionId(fieldIds.kind, 'address'), t)}
          value={kind}
          onChange={(value) => {
            setKind(changeKinds.find((candidate) => candidate === value) ?? '');
            setSent(null);
          }}
          required
        />
        {kind === 'address' && (
          <fieldset className="usa-fieldset">
            <legend className="usa-legend usa-legend--large">{t('form.newAddress')}</legend>
            {field('addressLine1', { autoComplete: 'address-line1', required: true })}
            {field('addressLine2', { autoComplete: 'address-line2', hint: t('form.optional') })}
            {field('city', { autoComplete: 'address-level2', required: true })}
            <SelectField
              id={fieldIds.state}
              name="state"
              label={t('fields.state')}
              error={errorText(errors, fieldIds.state, t)}
              autoComplete="address-level1"
              defaultValue=""
              required
            >
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
        {kind === 'email' && field('email', { type: 'email', autoComplete: 'email', required: true })}
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
