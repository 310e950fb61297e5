import type { StaffChangeRequestDetail } from '@cos/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReasonDialog } from '../../../components/ui/reason-dialog.tsx';
import { reviewChangeRequest } from '../api/change-requests.ts';

type Decision = 'accept' | 'reject';

/**
 * Accept or reject, each confirmed in a dialog. Accepting replaces what is on file (the reason is
 * optional); rejecting needs a reason, which the parent reads. A request someone else reviewed
 * meanwhile is refused by the server (409) and the dialog says so.
 */
export function ChangeRequestReview({
  request,
  onReviewed,
}: {
  request: StaffChangeRequestDetail;
  onReviewed: (decision: Decision) => void;
}) {
  const { t } = useTranslation('changeRequests');
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<Decision | null>(null);

  async function decide(decision: Decision, reason: string) {
    const detail = await reviewChangeRequest(
      request.id,
      decision === 'accept' ? { decision, ...(reason ? { reason } : {}) } : { decision, reason },
    );
    queryClient.setQueryData(['change-requests', 'view', request.id], detail);
    await queryClient.invalidateQueries({ queryKey: ['change-requests', 'list'] });
    setOpen(null);
    onReviewed(decision);
  }

  return (
    <section aria-labelledby="review-heading" className="margin-top-4">
      <h2 id="review-heading">{t('review.heading')}</h2>
      <p>{t('review.text')}</p>
      <ul className="usa-button-group">
        <li className="usa-button-group__item">
          <button type="button" className="usa-button" onClick={() => setOpen('accept')}>
            {t('review.accept')}
          </button>
        </li>
        <li className="usa-button-group__item">
          <button
            type="button"
            className="usa-button usa-button--secondary"
            onClick={() => setOpen('reject')}
          >
            {t('review.reject')}
          </button>
        </li>
      </ul>
      <ReasonDialog
        open={open === 'accept'}
        heading={t('review.acceptHeading')}
        description={t('review.acceptText', {
          kind: t(`kinds.${request.kind}`).toLowerCase(),
          name: request.customerName,
        })}
        confirmLabel={t('review.acceptConfirm')}
        reasonRequired={false}
        onCancel={() => setOpen(null)}
        onConfirm={(reason) => decide('accept', reason)}
      />
      <ReasonDialog
        open={open === 'reject'}
        heading={t('review.rejectHeading')}
        description={t('review.rejectText')}
        confirmLabel={t('review.rejectConfirm')}
        onCancel={() => setOpen(null)}
        onConfirm={(reason) => decide('reject', reason)}
      />
    </section>
  );
}
