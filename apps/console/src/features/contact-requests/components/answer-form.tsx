import { ContactAnswerRequest, type StaffContactRequest } from '@cos/contracts';
import { ErrorSummary, TextareaField, useApiForm } from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { requestErrors } from '../../../lib/form-errors.ts';
import { answerContactRequest } from '../api/contact-requests.ts';

const answerId = 'contact-answer';
const MAX_ANSWER = 4000;

/** The answer to an open request (audited; emailed when the person gave an address). */
export function AnswerForm({
  request,
  onAnswered,
}: {
  request: StaffContactRequest;
  onAnswered: (answered: StaffContactRequest) => void;
}) {
  const { t } = useTranslation('contactRequests');
  const queryClient = useQueryClient();
  const { errors, busy, onSubmit, field } = useApiForm({
    schema: ContactAnswerRequest,
    defaultValues: { answer: '' },
    ids: { answer: answerId },
    messages: { answer: { too_small: 'contactRequests:answer.required' } },
    submit: ({ answer }) => answerContactRequest(request.id, answer),
    onSuccess: async (answered) => {
      queryClient.setQueryData(['contact-requests', 'view', request.id], answered);
      await queryClient.invalidateQueries({ queryKey: ['contact-requests', 'list'] });
      onAnswered(answered);
    },
    failure: (error, fieldId) => requestErrors(error, answerId, fieldId),
  });

  return (
    <section aria-labelledby="answer-heading" className="margin-top-4">
      <h2 id="answer-heading">{t('answer.heading')}</h2>
      <ErrorSummary errors={errors} />
      <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit}>
        <TextareaField
          {...field('answer')}
          label={t('answer.label')}
          hint={request.email ? t('answer.hintEmail', { email: request.email }) : t('answer.hintNoEmail')}
          maxLength={MAX_ANSWER}
          rows={6}
          required
        />
        <button type="submit" className="usa-button" disabled={busy}>
          {t('answer.submit')}
        </button>
      </form>
    </section>
  );
}
