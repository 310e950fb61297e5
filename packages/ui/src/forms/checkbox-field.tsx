import type { InputHTMLAttributes, Ref } from 'react';

export type CheckboxFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'type'> & {
  id: string;
  label: string;
  /** Translated message; marks the box invalid and is read with it. */
  error?: string | undefined;
  ref?: Ref<HTMLInputElement>;
};

/** A USWDS checkbox with its error message tied to it. */
export function CheckboxField({ id, label, error, ...input }: CheckboxFieldProps) {
  const errorId = `${id}-error`;
  return (
    <div className={`usa-form-group${error ? ' usa-form-group--error' : ''}`}>
      {error && (
        <span className="usa-error-message" id={errorId}>
          {error}
        </span>
      )}
      <div className="usa-checkbox">
        <input
          {...input}
          id={id}
          type="checkbox"
          className="usa-checkbox__input"
          aria-describedby={error ? errorId : undefined}
          aria-invalid={error ? true : undefined}
        />
        <label className="usa-checkbox__label" htmlFor={id}>
          {label}
        </label>
      </div>
    </div>
  );
}
