import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, errorText, type FieldError } from '../forms/error-summary.tsx';
import { PasswordField } from '../forms/password-field.tsx';
import { NewPasswordField } from './new-password-field.tsx';
import type { PasswordCheck } from './use-password-check.ts';

export interface ChangePasswordFormBodyProps {
  /** Filed with the new password by password managers (hidden). */
  username: string;
  ids: { current: string; next: string };
  errors: readonly FieldError[];
  current: string;
  onCurrentChange: (value: string) => void;
  password: string;
  onPasswordChange: (value: string) => void;
  check: PasswordCheck;
  busy: boolean;
  /** The page's own words (the portal and the console name things differently). */
  text: { current: string; currentHint: string; next: string; submit: string };
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}

/**
 * The change-password form of the portal and the console: the error summary, the current password,
 * the new one with its rules ticked off while typing, and the button. Each page keeps its own state,
 * checks and what a success leads to.
 */
export function ChangePasswordFormBody(props: ChangePasswordFormBodyProps) {
  const { t } = useTranslation();
  const { ids, errors, text } = props;
  return (
    <>
      <ErrorSummary errors={errors} />
      <form className="usa-form usa-form--large" noValidate onSubmit={props.onSubmit}>
        {/* Lets a password manager file the new password under the right name. */}
        <input type="text" name="username" autoComplete="username" value={props.username} readOnly hidden />
        <PasswordField
          id={ids.current}
          name="currentPassword"
          label={text.current}
          hint={text.currentHint}
          error={errorText(errors, ids.current, t)}
          value={props.current}
          onChange={(event) => props.onCurrentChange(event.target.value)}
          autoComplete="current-password"
          required
        />
        <NewPasswordField
          id={ids.next}
          name="newPassword"
          label={text.next}
          value={props.password}
          onChange={props.onPasswordChange}
          error={errorText(errors, ids.next, t)}
          check={props.check}
        />
        <button className="usa-button" type="submit" disabled={props.busy}>
          {text.submit}
        </button>
      </form>
    </>
  );
}
