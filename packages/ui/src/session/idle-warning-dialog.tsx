import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../overlay/modal-dialog.tsx';
import { announcedSeconds, formatCountdown } from './idle.ts';

export type IdleWarningDialogProps = {
  /** Time left before the idle sign-out; null while no warning is due (the dialog is closed). */
  remainingMs: number | null;
  /** The idle timeout in minutes, for the explanation. */
  idleMinutes: number;
  /** "Stay signed in" (and Escape). */
  onStay: () => void;
  onSignOut: () => void;
};

/**
 * The idle warning (docs/product.md §5) as an `alertdialog` on the native <dialog> (the page behind is
 * inert): a visible countdown, and a polite live region that announces it at whole minutes and at
 * 30 and 10 seconds. "Stay signed in" takes focus. Used by the portal and the console.
 */
export function IdleWarningDialog({ remainingMs, idleMinutes, onStay, onSignOut }: IdleWarningDialogProps) {
  const { t } = useTranslation('ui');
  const open = remainingMs !== null;
  const spoken = announcedSeconds(remainingMs ?? 0);

  return (
    <ModalDialog
      open={open}
      role="alertdialog"
      heading={t('idle.heading')}
      onCancel={onStay}
      description={
        <>
          <p>{t('idle.body', { minutes: idleMinutes })}</p>
          <p className="text-bold" aria-hidden="true">
            {t('idle.countdown', { time: formatCountdown(remainingMs ?? 0) })}
          </p>
        </>
      }
      extra={
        <p className="usa-sr-only" aria-live="polite" aria-atomic="true">
          {open &&
            t('idle.announce', {
              count: spoken >= 60 ? spoken / 60 : spoken,
              context: spoken >= 60 ? 'minutes' : 'seconds',
            })}
        </p>
      }
    >
      <li className="usa-button-group__item">
        <button type="button" className="usa-button" onClick={onStay}>
          {t('idle.stay')}
        </button>
      </li>
      <li className="usa-button-group__item">
        <button
          type="button"
          className="usa-button usa-button--unstyled padding-105 text-center"
          onClick={onSignOut}
        >
          {t('idle.signOut')}
        </button>
      </li>
    </ModalDialog>
  );
}
