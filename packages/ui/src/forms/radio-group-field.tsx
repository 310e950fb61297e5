import type { ChangeEvent, ReactNode } from 'react';
import { FieldMessages, fieldDescribedBy } from './form-group.tsx';

export type RadioOption = { value: string; label: string };

export type RadioGroupFieldProps = {
  /** Id of the fieldset; the first radio gets `${id}-${value}` and is the error summary's target. */
  id: string;
  name: string;
  legend: string;
  options: readonly RadioOption[];
  hint?: string | undefined;
  /** Translated message; marks the group invalid and is read with its legend. */
  error?: string | undefined;
  /** Controlled value (omit for an uncontrolled group). */
  value?: string | undefined;
  onChange?: (value: string) => void;
  required?: boolean;
  /** More content inside the fieldset, after the radios (a "please say" text box). */
  children?: ReactNode;
};

/** The id of a radio in the group: the error summary links to the first option. */
export const radioOptionId = (groupId: string, value: string) => `${groupId}-${value}`;

/** A USWDS radio group in a fieldset whose legend names it; hint and error are tied to each radio. */
export function RadioGroupField({
  id,
  name,
  legend,
  options,
  hint,
  error,
  value,
  onChange,
  required,
  children,
}: RadioGroupFieldProps) {
  const describedBy = fieldDescribedBy(id, hint, error);
  const change = onChange && ((event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value));

  return (
    <div className={`usa-form-group${error ? ' usa-form-group--error' : ''}`}>
      <fieldset className="usa-fieldset" id={id}>
        <legend className={`usa-legend${error ? ' usa-label--error' : ''}`}>{legend}</legend>
        <FieldMessages id={id} hint={hint} error={error} />
        {options.map((option) => (
          <div className="usa-radio" key={option.value}>
            <input
              className="usa-radio__input"
              type="radio"
              id={radioOptionId(id, option.value)}
              name={name}
              value={option.value}
              required={required}
              aria-describedby={describedBy}
              {...(value === undefined ? {} : { checked: value === option.value, onChange: change })}
            />
            <label className="usa-radio__label" htmlFor={radioOptionId(id, option.value)}>
              {option.label}
            </label>
          </div>
        ))}
        {children}
      </fieldset>
    </div>
  );
}
