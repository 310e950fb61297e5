import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { FormGroup } from './form-group.tsx';

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
export function TextField({ id, label, hint, error, after, width, describedBy, ...input }: TextFieldProps) {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error} describedBy={describedBy}>
      {(control) => (
        <>
          <input
            {...input}
            id={id}
            className={`usa-input${width ? ` usa-input--${width}` : ''}${error ? ' usa-input--error' : ''}`}
            {...control}
          />
          {after}
        </>
      )}
    </FormGroup>
  );
}
