import type { StaffContactRequest } from '@cos/contracts';
import { ErrorSummary, TextareaField, errorText, type FieldError } from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
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
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('answer');
    const answer = typeof value === 'string' ? value.trim() : '';
    if (!answer) {
      setErrors([{ fieldId: answerId, messageKey: 'contactRequests:answer.required' }]);
      return;
    }
    setBusy(true);
    try {
      const answered = await answerContactRequest(request.id, answer);
      setErrors([]);
      queryClient.setQueryData(['contact-requests', 'view', request.id], answered);
      await queryClient.invalidateQueries({ queryKey: ['contact-requests', 'list'] });
      onAnswered(answered);
    } catch (error) {
      setErrors(requestErrors(error, answerId, (field) => (field === 'answer' ? answerId : undefined)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="answer-heading" className="margin-top-4">
      <h2 id="answer-heading">{t('answer.heading')}</h2>
      <ErrorSummary errors={errors} />
      <form className="usa-form usa-form--large" noValidate onSubmit={(event) => void submit(event)}>
        <TextareaField
          id={answerId}
          name="answer"
          label={t('answer.label')}
          hint={request.email ? t('answer.hintEmail', { email: request.email }) : t('answer.hintNoEmail')}
          error={errorText(errors, answerId, t)}
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
