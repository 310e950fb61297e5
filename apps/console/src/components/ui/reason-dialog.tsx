import { StaffActionRequest } from '@cos/contracts';
import { ErrorSummary, ModalDialog, TextareaField, useApiForm } from '@cos/ui';
import { useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
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

const OptionalReason = z.object({
  reason: StaffActionRequest.shape.reason.or(z.string().trim().max(0)),
});

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
  const { form, errors, busy, onSubmit, field, showErrors } = useApiForm({
    // Staff administration only offers a reason, but a given one is as long as an account action's.
    schema: reasonRequired ? StaffActionRequest : OptionalReason,
    defaultValues: { reason: '' },
    ids: { reason: reasonId },
    messages: { reason: 'common:reason.required' },
    submit: ({ reason }) => onConfirm(reason),
    onSuccess: (): void => form.reset(),
    failure: (error, fieldId) => requestErrors(error, reasonId, fieldId),
  });
  const reasonField = field('reason');

  function cancel() {
    showErrors([]);
    onCancel();
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
          <form id={formId} noValidate onSubmit={onSubmit}>
            <TextareaField
              {...reasonField}
              ref={(element) => {
                reasonField.ref(element);
                reasonRef.current = element;
              }}
              label={t(reasonRequired ? 'reason.label' : 'reason.labelOptional')}
              hint={t('reason.hint')}
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
