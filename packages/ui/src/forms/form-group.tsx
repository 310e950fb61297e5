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
export function FormGroup({ id, label, hint, error, describedBy, children }: FormGroupProps) {
  return (
    <div className={`usa-form-group${error ? ' usa-form-group--error' : ''}`}>
      <label className={`usa-label${error ? ' usa-label--error' : ''}`} htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      {children({
        'aria-describedby': fieldDescribedBy(id, hint, error, describedBy),
        'aria-invalid': error ? true : undefined,
      })}
    </div>
  );
}

type FieldMessagesProps = { id: string; hint?: string | undefined; error?: string | undefined };

/** A field's hint and error message, with the ids (`${id}-hint`, `${id}-error`) fieldDescribedBy names. */
export function FieldMessages({ id, hint, error }: FieldMessagesProps) {
  return (
    <>
      {hint && (
        <div className="usa-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <span className="usa-error-message" id={`${id}-error`}>
          {error}
        </span>
      )}
    </>
  );
}

/** The aria-describedby of a field's control: its hint and error (when shown), then any others. */
export function fieldDescribedBy(
  id: string,
  hint: string | undefined,
  error: string | undefined,
  others?: string,
): string | undefined {
  return (
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null, others].filter(Boolean).join(' ') || undefined
  );
}
