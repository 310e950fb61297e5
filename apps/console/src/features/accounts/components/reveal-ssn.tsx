import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { revealSsn } from '../api/account-actions.ts';
import { ReasonDialog } from '../../../components/ui/reason-dialog.tsx';

/**
 * The SSN, masked; supervisors and admins may reveal it with a reason (audited). The full number
 * lives in this component's state only: leaving the page (or choosing Hide) forgets it, and it is
 * never put in the query cache.
 */
export function RevealSsn({
  accountId,
  masked,
  allowed,
}: {
  accountId: string;
  masked: string;
  allowed: boolean;
}) {
  const { t } = useTranslation('accounts');
  const [open, setOpen] = useState(false);
  const [ssn, setSsn] = useState<string | null>(null);

  async function reveal(reason: string) {
    const answer = await revealSsn(accountId, reason);
    setOpen(false);
    setSsn(answer.ssn);
  }

  return (
    <>
      <span className="font-mono-xs" data-testid="ssn">
        {ssn ?? masked}
      </span>{' '}
      {allowed &&
        (ssn ? (
          <button
            type="button"
            className="usa-button usa-button--unstyled margin-left-1"
            onClick={() => setSsn(null)}
          >
            {t('ssn.hide')}
          </button>
        ) : (
          <button
            type="button"
            className="usa-button usa-button--unstyled margin-left-1"
            onClick={() => setOpen(true)}
          >
            {t('ssn.reveal')}
          </button>
        ))}
      {allowed && (
        <ReasonDialog
          open={open}
          heading={t('ssn.heading')}
          description={<p>{t('ssn.description')}</p>}
          confirmLabel={t('ssn.confirm')}
          onCancel={() => setOpen(false)}
          onConfirm={reveal}
        />
      )}
    </>
  );
}
