import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';

export type ModalDialogProps = {
  open: boolean;
  /** The dialog's heading, already translated; names the dialog. */
  heading: string;
  /** The text that describes the dialog (read with its name when it opens). */
  description: ReactNode;
  /** Escape: the dialog's "no" or "stay" choice. */
  onCancel: () => void;
  /** The buttons; the first one takes focus when the dialog opens. */
  children: ReactNode;
  /** `alertdialog` for an urgent interruption (the idle warning). */
  role?: 'dialog' | 'alertdialog';
  /** More content below the description (a live region, a list, a form). */
  extra?: ReactNode;
  /** Takes focus when the dialog opens instead of the first button (a form's first field). */
  initialFocusRef?: RefObject<HTMLElement | null>;
};

/**
 * A USWDS-styled modal on the native <dialog>: `showModal()` puts it in the top layer and makes
 * the rest of the page inert, so focus cannot leave it for the page behind (the trap the
 * standard asks for, without a focus-trap library) and Escape is reported as `cancel`.
 * Focus returns to where it was when the dialog closes.
 */
export function ModalDialog({
  open,
  heading,
  description,
  onCancel,
  children,
  role = 'dialog',
  extra,
  initialFocusRef,
}: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const descriptionId = useId();
  const returnFocus = useRef<Element | null>(null);
  const cancel = useRef(onCancel);

  useEffect(() => {
    cancel.current = onCancel;
  }, [onCancel]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocus.current = document.activeElement;
      dialog.showModal();
      (initialFocusRef?.current ?? dialog.querySelector<HTMLElement>('.usa-button'))?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      if (returnFocus.current instanceof HTMLElement && returnFocus.current.isConnected)
        returnFocus.current.focus();
    }
  }, [open, initialFocusRef]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    function onCancelEvent(event: Event) {
      // The app decides whether the dialog closes (it owns `open`).
      event.preventDefault();
      cancel.current();
    }
    dialog.addEventListener('cancel', onCancelEvent);
    return () => dialog.removeEventListener('cancel', onCancelEvent);
  }, []);

  return (
    <dialog
      ref={ref}
      className="cos-modal usa-modal"
      role={role}
      aria-labelledby={headingId}
      aria-describedby={descriptionId}
      aria-modal="true"
    >
      <div className="usa-modal__content">
        <div className="usa-modal__main">
          <h2 className="usa-modal__heading" id={headingId}>
            {heading}
          </h2>
          <div className="usa-prose" id={descriptionId}>
            {description}
          </div>
          {extra}
          <div className="usa-modal__footer">
            <ul className="usa-button-group">{children}</ul>
          </div>
        </div>
      </div>
    </dialog>
  );
}
