import { contactTopics, CONTACT_MESSAGE_MAX, type ContactRequestReceipt } from '@cos/contracts';
import { ErrorSummary, SelectField, TextareaField, TextField, useApiForm } from '@cos/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client.ts';
import { serverFieldErrors } from '../../../lib/form-errors.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { meQueryOptions } from '../../../lib/queries/get-me.ts';
import { sendContactRequest } from '../api/send-contact-request.ts';
import { contactDefaults, contactFieldIds, contactMessages, contactSchema } from '../lib/contact-form.ts';

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
  const accountEmail = signedIn ? me.data?.email : null;
  const { form, errors, busy, onSubmit, field } = useApiForm({
    schema: contactSchema(Boolean(accountEmail)),
    defaultValues: contactDefaults,
    ids: contactFieldIds,
    messages: contactMessages,
    submit: (request) => sendContactRequest(request, signedIn),
    onSuccess: async (receipt) => {
      if (signedIn) await queryClient.invalidateQueries({ queryKey: ['contact-requests'] });
      onSent(receipt);
    },
    failure: (error, fieldId) =>
      isApiError(error, 'VALIDATION_FAILED')
        ? serverFieldErrors(error, fieldId, contactFieldIds.name)
        : requestFailure(error, contactFieldIds.name, (count) => t('auth:errors.rateLimited', { count })),
  });
  const name = me.data ? `${me.data.firstName} ${me.data.lastName}` : '';
  const length = form.watch('message').length;

  // Signed in, the account's name fills the box once it arrives.
  useEffect(() => {
    if (name) form.resetField('name', { defaultValue: name });
  }, [form, name]);

  return (
    <>
      <ErrorSummary errors={errors} />
      <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit}>
        <TextField {...field('name')} label={t('fields.name')} autoComplete="name" />
        <p className="usa-hint margin-top-3">{t('fields.reachHint')}</p>
        <TextField
          {...field('email')}
          type="email"
          label={t('fields.email')}
          hint={accountEmail ? t('fields.emailAccountHint', { email: accountEmail }) : undefined}
          autoComplete="email"
        />
        <TextField
          {...field('phone')}
          type="tel"
          label={t('fields.phone')}
          hint={t('fields.phoneHint')}
          autoComplete="tel-national"
          width="medium"
        />
        <TextField
          {...field('caseNumber')}
          label={t('fields.caseNumber')}
          hint={t('fields.caseNumberHint')}
          inputMode="numeric"
          autoComplete="off"
          width="medium"
        />
        <SelectField {...field('topic')} label={t('fields.topic')}>
          <option value="">{t('fields.topicPlaceholder')}</option>
          {contactTopics.map((topic) => (
            <option key={topic} value={topic}>
              {t(`topics.${topic}`)}
            </option>
          ))}
        </SelectField>
        <TextareaField
          {...field('message')}
          label={t('fields.message')}
          hint={t('fields.messageHint', { max: CONTACT_MESSAGE_MAX, left: CONTACT_MESSAGE_MAX - length })}
          maxLength={CONTACT_MESSAGE_MAX}
        />
        <button className="usa-button margin-top-3" type="submit" disabled={busy}>
          {t('submit')}
        </button>
      </form>
    </>
  );
}
