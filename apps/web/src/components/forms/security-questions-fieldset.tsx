import { SelectField, TextField, type FieldBinding } from '@cos/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { securityQuestionsQueryOptions } from '../../lib/security-questions/get-security-questions.ts';
import {
  questionCount,
  type ChosenAnswer,
  type SecurityAnswerName,
} from '../../lib/security-questions/answers.ts';

const slots = Array.from({ length: questionCount }, (_, index) => index);

type Props = {
  /** The form's `field` (useApiForm): binds each select and answer box and gives its error text. */
  field: (name: SecurityAnswerName) => FieldBinding;
  /** The questions chosen so far (the form's watched `securityAnswers`), to offer each only once. */
  chosen: readonly ChosenAnswer[];
};

/**
 * Three security questions from the agency's list with their answers (registration, and changing
 * them on the Security page). A question chosen in one box is not offered in the others. The
 * form's schema checks them with `checkSecurityAnswers` (lib/security-questions/answers.ts).
 */
export function SecurityQuestionsFieldset({ field, chosen }: Props) {
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
            {...field(`securityAnswers.${index}.questionId`)}
            label={t('securityQuestions.question', { number: index + 1 })}
            required
          >
            <option value="">{t('securityQuestions.questionPlaceholder')}</option>
            {questions.data?.items
              .filter(
                (question) =>
                  !chosen.some(({ questionId }, at) => at !== index && questionId === String(question.id)),
              )
              .map((question) => (
                <option key={question.id} value={String(question.id)}>
                  {question.text}
                </option>
              ))}
          </SelectField>
          <TextField
            {...field(`securityAnswers.${index}.answer`)}
            label={t('securityQuestions.answer', { number: index + 1 })}
            hint={index === 0 ? t('securityQuestions.answerHint') : undefined}
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
