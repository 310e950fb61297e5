import { FormGroup } from '@cos/ui';
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
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...input}
          type="file"
          id={id}
          className={`display-block margin-top-1${error ? ' border-05 border-secondary-dark' : ''}`}
          {...control}
        />
      )}
    </FormGroup>
  );
}
