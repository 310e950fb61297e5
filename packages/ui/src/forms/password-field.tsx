import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField, type TextFieldProps } from './text-field.tsx';

/**
 * A password input with the USWDS "Show password" control, so people can check a long
 * passphrase before submitting it. Also masks other secrets typed on a shared screen (an SSN).
 */
export function PasswordField({
  showLabel,
  hideLabel,
  ...props
}: Omit<TextFieldProps, 'type' | 'after'> & {
  /** For other secrets (an SSN): the toggle's words, already translated. */
  showLabel?: string;
  hideLabel?: string;
}) {
  const { t } = useTranslation('ui');
  const [visible, setVisible] = useState(false);

  return (
    <TextField
      {...props}
      type={visible ? 'text' : 'password'}
      // Spell checkers and autocapitalisation would see or alter the password while it shows.
      spellCheck={false}
      autoCapitalize="off"
      after={
        <p className="usa-form__note">
          <button
            type="button"
            className="usa-show-password"
            aria-controls={props.id}
            onClick={() => setVisible((shown) => !shown)}
          >
            {visible ? (hideLabel ?? t('password.hide')) : (showLabel ?? t('password.show'))}
          </button>
        </p>
      }
    />
  );
}
