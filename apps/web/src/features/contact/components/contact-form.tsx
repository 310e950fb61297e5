import { contactTopics, CONTACT_MESSAGE_MAX, type ContactRequestReceipt } from '@cos/contracts';
import { ErrorSummary, SelectField, TextareaField, TextField, errorText, type FieldError } from '@cos/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client.ts';
import { serverFieldErrors } from '../../../lib/form-errors.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { meQueryOptions } from '../../../lib/queries/get-me.ts';
import { sendContactRequest } from '../api/send-contact-request.ts';
import {
  contactFieldId,
  contactFieldIds,
  readContactForm,
  validateContactForm,
} from '../lib/contact-form.ts';

/**
 * The information request. Signed in, the name is filled in from the account and, with the email
 * box left empty, the answer goes to the account's email (shown masked, as the API gives it).
 */
export function ContactForm({
  signedIn,
  onSent,
}: {
  signedIn: boolean;
  onSent: (receipt: ContactRequestReceipt) => void;
}) {
  const { t } = useTranslation('contact');
  const queryClient = useQueryClient();
  const me = useQuery({ ...meQueryOptions(), enabled: signedIn });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [length, setLength] = useState(0);
  const [busy, setBusy] = useState(false);
  const accountEmail = signedIn ? me.data?.email : null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { errors: problems, request } = validateContactForm(
      readContactForm(new FormData(event.currentTarget), Boolean(accountEmail)),
    );
    setErrors(problems);
    if (!request) return;
    setBusy(true);
    try {
      const receipt = await sendContactRequest(request, signedIn);
      if (signedIn) await queryClient.invalidateQueries({ queryKey: ['contact-requests'] });
      onSent(receipt);
    } catch (error) {
      setErrors(
        isApiError(error, 'VALIDATION_FAILED')
          ? serverFieldErrors(error, contactFieldId, contactFieldIds.name)
          : requestFailure(error, contactFieldIds.name, (count) => t('auth:errors.rateLimited', { count })),
      );
    } finally {
      setBusy(false);
    }
  }

  const error = (field: keyof typeof contactFieldIds) => errorText(errors, contactFieldIds[field], t);
  const name = me.data ? `${me.data.firstName} ${me.data.lastName}` : '';

  return (
    <>
      <ErrorSummary errors={errors} />
      <form className="usa-form usa-form--large" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          key={name}
          id={contactFieldIds.name}
          name="name"
          label={t('fields.name')}
          error={error('name')}
          defaultValue={name}
          autoComplete="name"
        />
        <p className="usa-hint margin-top-3">{t('fields.reachHint')}</p>
        <TextField
          id={contactFieldIds.email}
          name="email"
          type="email"
          label={t('fields.email')}
          hint={accountEmail ? t('fields.emailAccountHint', { email: accountEmail }) : undefined}
          error={error('email')}
          autoComplete="email"
        />
        <TextField
          id={contactFieldIds.phone}
          name="phone"
          type="tel"
          label={t('fields.phone')}
          hint={t('fields.phoneHint')}
          error={error('phone')}
          autoComplete="tel-national"
          width="medium"
        />
        <TextField
          id={contactFieldIds.caseNumber}
          name="caseNumber"
          label={t('fields.caseNumber')}
          hint={t('fields.caseNumberHint')}
          error={error('caseNumber')}
          inputMode="numeric"
          autoComplete="off"
          width="medium"
        />
        <SelectField
          id={contactFieldIds.topic}
          name="topic"
          label={t('fields.topic')}
          error={error('topic')}
          defaultValue=""
        >
          <option value="">{t('fields.topicPlaceholder')}</option>
          {contactTopics.map((topic) => (
            <option key={topic} value={topic}>
              {t(`topics.${topic}`)}
            </option>
          ))}
        </SelectField>
        <TextareaField
          id={contactFieldIds.message}
          name="message"
          label={t('fields.message')}
          hint={t('fields.messageHint', { max: CONTACT_MESSAGE_MAX, left: CONTACT_MESSAGE_MAX - length })}
          error={error('message')}
          maxLength={CONTACT_MESSAGE_MAX}
          onChange={(event) => setLength(event.target.value.length)}
        />
        <button className="usa-button margin-top-3" type="submit" disabled={busy}>
          {t('submit')}
        </button>
      </form>
    </>
  );
}
