import type { InputHTMLAttributes, Ref } from 'react';

type FileFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'type'> & {
  id: string;
  label: string;
  hint?: string;
  /** Translated message; marks the field invalid and is read with it. */
  error?: string | undefined;
  ref?: Ref<HTMLInputElement>;
};

/**
 * A labelled native file input in USWDS dress. The native control is kept (not USWDS's scripted
 * drop zone): every browser and screen reader already knows how to operate it.
 */
export function FileField({ id, label, hint, error, ...input }: FileFieldProps) {
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
      <input
        {...input}
        type="file"
        id={id}
        className={`display-block margin-top-1${error ? ' border-05 border-secondary-dark' : ''}`}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}
