import type { InputHTMLAttributes, ReactNode, Ref } from 'react';

export type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'> & {
  id: string;
  label: string;
  hint?: string | undefined;
  /** Translated message; marks the field invalid and is read with it. */
  error?: string | undefined;
  /** Rendered after the input, e.g. a show-password button. */
  after?: ReactNode;
  /** Ids of more elements that describe the field (a live rule list below it). */
  describedBy?: string | undefined;
  ref?: Ref<HTMLInputElement>;
  /** A narrower box hints at a short answer (a 6-digit code). */
  width?: 'small' | 'medium';
};

/** A labelled USWDS text input whose hint and error are tied to it with aria-describedby. */
export function TextField({ id, label, hint, error, after, width, describedBy: extraDescription, ...input }: TextFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null, extraDescription].filter(Boolean).join(' ');

  return (
    <div className={`usa-form-group${error ? ' usa-form-group--error' : ''}`}>
      <label className={`usa-label${error ? ' usa-label--error' : ''}`} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="usa-hint" id={hintId}>
          {hint}
        </div>
      )}
      {error && (
        <span className="usa-error-message" id={errorId}>
          {error}
        </span>
      )}
      <input
        {...input}
        id={id}
        className={`usa-input${width ? ` usa-input--${width}` : ''}${error ? ' usa-input--error' : ''}`}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
      />
      {after}
    </div>
  );
}
