import type { FieldBinding } from '@cos/ui';
import { useTranslation } from 'react-i18next';

/** The element ids of the three boxes (one date of birth per page): error summaries link to them. */
export const dateOfBirthFieldIds = { month: 'dob-month', day: 'dob-day', year: 'dob-year' } as const;

type Box = Omit<FieldBinding, 'error'>;

type Props = {
  /** Translated message for the whole date. */
  error?: string | undefined;
  /** The three boxes' bindings (useApiForm's `field`). */
  month: Box;
  day: Box;
  year: Box;
};

const months = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'] as const;

/**
 * The USWDS "memorable date": month, day and year in separate boxes, which people get right
 * more often than one formatted field or a date picker for a birth date. The form reads them as
 * `dobMonth`, `dobDay` and `dobYear` (see lib/identity-fields.ts).
 */
export function DateOfBirthField({ error, month, day, year }: Props) {
  const { t, i18n } = useTranslation('forms');
  const monthName = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'en', {
    month: 'long',
    timeZone: 'UTC',
  });
  const hintId = 'dob-hint';
  const errorId = 'dob-error';
  const describedBy = error ? `${hintId} ${errorId}` : hintId;
  const invalid = error ? true : undefined;
  const inputClass = `usa-input${error ? ' usa-input--error' : ''}`;

  return (
    <fieldset className={`usa-fieldset usa-form-group${error ? ' usa-form-group--error' : ''}`}>
      <legend className={`usa-legend${error ? ' usa-label--error' : ''}`}>{t('dateOfBirth.legend')}</legend>
      <span className="usa-hint" id={hintId}>
        {t('dateOfBirth.hint')}
      </span>
      {error && (
        <span className="usa-error-message" id={errorId}>
          {error}
        </span>
      )}
      <div className="usa-memorable-date">
        <div className="usa-form-group usa-form-group--month usa-form-group--select">
          <label className="usa-label" htmlFor={dateOfBirthFieldIds.month}>
            {t('dateOfBirth.month')}
          </label>
          <select
            {...month}
            className={`usa-select${error ? ' usa-input--error' : ''}`}
            id={dateOfBirthFieldIds.month}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            autoComplete="bday-month"
          >
            <option value="">{t('dateOfBirth.monthPlaceholder')}</option>
            {months.map((value) => (
              <option key={value} value={value}>
                {value} - {monthName.format(new Date(Date.UTC(2000, Number(value) - 1, 1)))}
              </option>
            ))}
          </select>
        </div>
        <div className="usa-form-group usa-form-group--day">
          <label className="usa-label" htmlFor={dateOfBirthFieldIds.day}>
            {t('dateOfBirth.day')}
          </label>
          <input
            {...day}
            className={inputClass}
            id={dateOfBirthFieldIds.day}
            maxLength={2}
            pattern="[0-9]*"
            inputMode="numeric"
            aria-describedby={describedBy}
            aria-invalid={invalid}
            autoComplete="bday-day"
          />
        </div>
        <div className="usa-form-group usa-form-group--year">
          <label className="usa-label" htmlFor={dateOfBirthFieldIds.year}>
            {t('dateOfBirth.year')}
          </label>
          <input
            {...year}
            className={inputClass}
            id={dateOfBirthFieldIds.year}
            minLength={4}
            maxLength={4}
            pattern="[0-9]*"
            inputMode="numeric"
            aria-describedby={describedBy}
            aria-invalid={invalid}
            autoComplete="bday-year"
          />
        </div>
      </div>
    </fieldset>
  );
}
