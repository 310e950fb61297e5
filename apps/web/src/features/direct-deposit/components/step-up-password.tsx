import { PasswordField, type FieldBinding } from '@cos/ui';
import { useTranslation } from 'react-i18next';

/**
 * The step-up (docs/security.md): the current password confirms the change is the parent's. Its own
 * element so another way to confirm (a passkey) can sit beside it without touching the form.
 */
export function StepUpPassword(binding: FieldBinding) {
  const { t } = useTranslation('auth');
  return (
    <PasswordField
      {...binding}
      label={t('stepUp.currentPassword')}
      hint={t('stepUp.hint')}
      autoComplete="current-password"
      required
    />
  );
}
