import { SelectField, TextField, errorText, type FieldError } from '@cos/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { securityQuestionsQueryOptions } from '../../lib/security-questions/get-security-questions.ts';
import { answerFieldId, questionCount, questionFieldId } from '../../lib/security-questions/answers.ts';

const slots = Array.from({ length: questionCount }, (_, index) => index);

type Props = {
  /** Question ids chosen so far ('' while unchosen) and the answers typed, in order. */
  chosen: readonly string[];
  answers: readonly string[];
  onChoose: (index: number, questionId: string) => void;
  onAnswer: (index: number, answer: string) => void;
  errors: readonly FieldError[];
};

/**
 * Three security questions from the agency's list with their answers (registration, and changing
 * them on the Security page). A question chosen in one box is not offered in the others.
 */
export function SecurityQuestionsFieldset({ chosen, answers, onChoose, onAnswer, errors }: Props) {
  const { t } = useTranslation('forms');
  const questions = useQuery(securityQuestionsQueryOptions());
  return (
    <fieldset className="usa-fieldset margin-top-4">
      <legend className="usa-legend usa-legend--large">{t('securityQuestions.legend')}</legend>
      <p className="usa-hint">{t('securityQuestions.hint')}</p>
      {questions.isError && (
        <p className="usa-error-message" role="alert">
          {t('securityQuestions.loadFailed')}
        </p>
      )}
      {slots.map((index) => (
        <div key={index} className="margin-bottom-3">
          <SelectField
            id={questionFieldId(index)}
            name={`question${index + 1}`}
            label={t('securityQuestions.question', { number: index + 1 })}
            error={errorText(errors, questionFieldId(index), t)}
            value={chosen[index]}
            onChange={(event) => onChoose(index, event.target.value)}
            required
          >
            <option value="">{t('securityQuestions.questionPlaceholder')}</option>
            {questions.data?.items
              .filter((question) => !chosen.some((id, at) => at !== index && id === String(question.id)))
              .map((question) => (
                <option key={question.id} value={String(question.id)}>
                  {question.text}
                </option>
              ))}
          </SelectField>
          <TextField
            id={answerFieldId(index)}
            name={`answer${index + 1}`}
            label={t('securityQuestions.answer', { number: index + 1 })}
            hint={index === 0 ? t('securityQuestions.answerHint') : undefined}
            error={errorText(errors, answerFieldId(index), t)}
            value={answers[index]}
            onChange={(event) => onAnswer(index, event.target.value)}
            autoComplete="off"
            spellCheck={false}
            maxLength={200}
            required
          />
        </div>
      ))}
    </fieldset>
  );
}
