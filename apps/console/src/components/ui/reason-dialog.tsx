import { ErrorSummary, ModalDialog, TextareaField, errorText, type FieldError } from '@cos/ui';
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { requestErrors } from '../../lib/form-errors.ts';

type ReasonDialogProps = {
  open: boolean;
  heading: string;
  description: ReactNode;
  confirmLabel: string;
  onCancel: () => void;
  /** Runs the action with the reason; a rejection is shown in the dialog, which stays open. */
  onConfirm: (reason: string) => Promise<void>;
  /** Customer actions need a reason (audit trail); staff administration only offers one. */
  reasonRequired?: boolean;
};

const MIN_REASON = 3;

/**
 * Confirms an action and asks why (recorded in the audit trail with it; required for actions on a
 * customer's account). A modal on the native <dialog>; the reason box takes focus.
 */
export function ReasonDialog({
  open,
  heading,
  description,
  confirmLabel,
  onCancel,
  onConfirm,
  reasonRequired = true,
}: ReasonDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const reasonId = `${formId}-reason`.replace(/:/g, '');
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);

  function cancel() {
    setErrors([]);
    onCancel();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const reason = (reasonRef.current?.value ?? '').trim();
    if (reasonRequired ? reason.length < MIN_REASON : reason.length > 0 && reason.length < MIN_REASON) {
      setErrors([{ fieldId: reasonId, messageKey: 'common:reason.required' }]);
      return;
    }
    setBusy(true);
    try {
      await onConfirm(reason);
      setErrors([]);
      form.reset();
    } catch (error) {
      setErrors(requestErrors(error, reasonId, (field) => (field === 'reason' ? reasonId : undefined)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <ModalDialog
      open={open}
      heading={heading}
      description={description}
      onCancel={cancel}
      initialFocusRef={reasonRef}
      extra={
        <>
          <ErrorSummary errors={errors} />
          <form id={formId} noValidate onSubmit={(event) => void submit(event)}>
            <TextareaField
              ref={reasonRef}
              id={reasonId}
              name="reason"
              label={t(reasonRequired ? 'reason.label' : 'reason.labelOptional')}
              hint={t('reason.hint')}
              error={errorText(errors, reasonId, t)}
              maxLength={500}
              rows={3}
              required={reasonRequired}
            />
          </form>
        </>
      }
    >
      <li className="usa-button-group__item">
        <button type="submit" form={formId} className="usa-button" disabled={busy}>
          {confirmLabel}
        </button>
      </li>
      <li className="usa-button-group__item">
        <button
          type="button"
          className="usa-button usa-button--unstyled padding-105 text-center"
          onClick={cancel}
        >
          {t('reason.cancel')}
        </button>
      </li>
    </ModalDialog>
  );
}
