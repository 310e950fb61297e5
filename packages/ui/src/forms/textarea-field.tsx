import type { Ref, TextareaHTMLAttributes } from 'react';

export type TextareaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className'> & {
  id: string;
  label: string;
  hint?: string | undefined;
  /** Translated message; marks the field invalid and is read with it. */
  error?: string | undefined;
  ref?: Ref<HTMLTextAreaElement>;
};

/** A labelled USWDS textarea (a note, the reason for an action); hint and error tied as in TextField. */
export function TextareaField({ id, label, hint, error, ...textarea }: TextareaFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');

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
      <textarea
        {...textarea}
        id={id}
        className={`usa-textarea${error ? ' usa-input--error' : ''}`}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}
