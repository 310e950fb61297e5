import { ApplicationStatusChange, applicationMoves, type StaffApplicationDetail } from '@cos/contracts';
import { ErrorSummary, TextareaField, useApiForm } from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
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
  // The form is the close move (it needs a reason); the other moves are buttons on the same mutation.
  const { mutation, errors, busy, onSubmit, field } = useApiForm({
    schema: ApplicationStatusChange,
    defaultValues: { status: 'closed', reason: '' },
    ids: { reason: reasonId },
    messages: { reason: { custom: 'applications:move.reasonRequired' } },
    submit: (change) => moveApplication(application.id, change),
    onSuccess: async (moved) => {
      queryClient.setQueryData(['applications', 'view', application.id], moved);
      await queryClient.invalidateQueries({ queryKey: ['applications', 'list'] });
      onMoved(moved);
    },
    failure: (error, fieldId) => requestErrors(error, statusId, fieldId),
  });
  const moves = applicationMoves[application.status].filter((move): move is Move => move !== 'received');
  if (moves.length === 0) return null;

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
              onClick={() => mutation.mutate({ status: move })}
            >
              {t(`move.to.${move}`)}
            </button>
          ))}
      </div>
      {moves.includes('closed') && (
        <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit}>
          <TextareaField
            {...field('reason')}
            label={t('move.reasonLabel')}
            hint={t('move.reasonHint')}
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
