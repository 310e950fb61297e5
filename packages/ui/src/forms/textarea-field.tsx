import type { Ref, TextareaHTMLAttributes } from 'react';
import { FormGroup } from './form-group.tsx';

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
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <textarea
          {...textarea}
          id={id}
          className={`usa-textarea${error ? ' usa-input--error' : ''}`}
          {...control}
        />
      )}
    </FormGroup>
  );
}
