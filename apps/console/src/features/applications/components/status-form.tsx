import { applicationMoves, type ApplicationStatusChange, type StaffApplicationDetail } from '@cos/contracts';
import { ErrorSummary, TextareaField, errorText, type FieldError } from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { requestErrors } from '../../../lib/form-errors.ts';
import { moveApplication } from '../api/applications.ts';

const reasonId = 'application-reason';
const statusId = 'application-status-actions';
const MAX_REASON = 500;

type Move = ApplicationStatusChange['status'];

/**
 * The allowed moves from the application's status: a button each; closing asks for a reason (the
 * parent reads it). Audited; a linked parent is notified.
 */
export function StatusForm({
  application,
  onMoved,
}: {
  application: StaffApplicationDetail;
  onMoved: (moved: StaffApplicationDetail) => void;
}) {
  const { t } = useTranslation('applications');
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const moves = applicationMoves[application.status].filter((move): move is Move => move !== 'received');
  if (moves.length === 0) return null;

  async function send(change: ApplicationStatusChange) {
    setBusy(true);
    try {
      const moved = await moveApplication(application.id, change);
      setErrors([]);
      queryClient.setQueryData(['applications', 'view', application.id], moved);
      await queryClient.invalidateQueries({ queryKey: ['applications', 'list'] });
      onMoved(moved);
    } catch (error) {
      setErrors(requestErrors(error, statusId, (field) => (field === 'reason' ? reasonId : undefined)));
    } finally {
      setBusy(false);
    }
  }

  function close(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('reason');
    const reason = typeof value === 'string' ? value.trim() : '';
    if (!reason) {
      setErrors([{ fieldId: reasonId, messageKey: 'applications:move.reasonRequired' }]);
      return;
    }
    void send({ status: 'closed', reason });
  }

  return (
    <section aria-labelledby="move-heading" className="margin-top-4">
      <h2 id="move-heading">{t('move.heading')}</h2>
      <ErrorSummary errors={errors} />
      <div id={statusId} tabIndex={-1}>
        {moves
          .filter((move) => move !== 'closed')
          .map((move) => (
            <button
              key={move}
              type="button"
              className="usa-button"
              disabled={busy}
              onClick={() => void send({ status: move })}
            >
              {t(`move.to.${move}`)}
            </button>
          ))}
      </div>
      {moves.includes('closed') && (
        <form className="usa-form usa-form--large" noValidate onSubmit={close}>
          <TextareaField
            id={reasonId}
            name="reason"
            label={t('move.reasonLabel')}
            hint={t('move.reasonHint')}
            error={errorText(errors, reasonId, t)}
            maxLength={MAX_REASON}
            rows={4}
          />
          <button type="submit" className="usa-button usa-button--secondary" disabled={busy}>
            {t('move.to.closed')}
          </button>
        </form>
      )}
    </section>
  );
}
