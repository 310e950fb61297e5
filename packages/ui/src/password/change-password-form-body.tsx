import type { FormEvent } from 'react';
import { ErrorSummary, type FieldError } from '../forms/error-summary.tsx';
import { PasswordField } from '../forms/password-field.tsx';
import type { FieldBinding } from '../forms/use-api-form.ts';
import { NewPasswordField } from './new-password-field.tsx';
import type { PasswordCheck } from './use-password-check.ts';

/** The new password as the form holds it: NewPasswordField is controlled (its rules follow each key). */
export type NewPasswordBinding = {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
};

export interface ChangePasswordFormBodyProps {
  /** Filed with the new password by password managers (hidden). */
  username: string;
  /** From the page's useApiForm. */
  errors: readonly FieldError[];
  busy: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** `field('currentPassword')`. */
  current: FieldBinding;
  next: NewPasswordBinding;
  check: PasswordCheck;
  /** The page's own words (the portal and the console name things differently). */
  text: { current: string; currentHint: string; next: string; submit: string };
}

/**
 * The change-password form of the portal and the console: the error summary, the current password,
 * the new one with its rules ticked off while typing, and the button. Each page keeps its own
 * schema, request and what a success leads to.
 */
export function ChangePasswordFormBody(props: ChangePasswordFormBodyProps) {
  const { next, text } = props;
  return (
    <>
      <ErrorSummary errors={props.errors} />
      <form className="usa-form usa-form--large" noValidate onSubmit={props.onSubmit}>
        {/* Lets a password manager file the new password under the right name. */}
        <input type="text" name="username" autoComplete="username" value={props.username} readOnly hidden />
        <PasswordField
          {...props.current}
          label={text.current}
          hint={text.currentHint}
          autoComplete="current-password"
          required
        />
        <NewPasswordField
          id={next.id}
          name="newPassword"
          label={text.next}
          value={next.value}
          onChange={next.onChange}
          error={next.error}
          check={props.check}
        />
        <button className="usa-button" type="submit" disabled={props.busy}>
          {text.submit}
        </button>
      </form>
    </>
  );
}
