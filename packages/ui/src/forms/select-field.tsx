import type { ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { FormGroup } from './form-group.tsx';

export type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className'> & {
  id: string;
  label: string;
  hint?: string | undefined;
  /** Translated message; marks the field invalid and is read with it. */
  error?: string | undefined;
  children: ReactNode;
  ref?: Ref<HTMLSelectElement>;
};

/** A labelled USWDS select; hint and error are tied to it as in TextField. */
export function SelectField({ id, label, hint, error, children, ...select }: SelectFieldProps) {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <select {...select} id={id} className={`usa-select${error ? ' usa-input--error' : ''}`} {...control}>
          {children}
        </select>
      )}
    </FormGroup>
  );
}
