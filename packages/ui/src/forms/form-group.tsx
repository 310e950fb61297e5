import type { ReactNode } from 'react';

/** What the control inside a FormGroup spreads onto itself, so its hint and error are read with it. */
export type FieldControlProps = {
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
};

type FormGroupProps = {
  /** The control's id: the label points at it; the hint and error ids derive from it. */
  id: string;
  label: string;
  hint?: string | undefined;
  /** Translated message; marks the group invalid. */
  error?: string | undefined;
  /** Ids of more elements that describe the control (a live rule list below it). */
  describedBy?: string | undefined;
  /** The control, given the ARIA attributes that tie the hint and error to it. */
  children: (control: FieldControlProps) => ReactNode;
};

/** The USWDS form group around one labelled control: label, hint, error message, in that order. */
export function FormGroup({ id, label, hint, error, describedBy: extraDescription, children }: FormGroupProps) {
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
      {children({ 'aria-describedby': describedBy || undefined, 'aria-invalid': error ? true : undefined })}
    </div>
  );
}
