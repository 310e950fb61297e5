import type { AccountView } from '@cos/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { runAccountAction, type ReasonedAction } from '../api/account-actions.ts';
import { ReasonDialog } from '../../../components/ui/reason-dialog.tsx';

const actionKeys = {
  unlock: 'unlock',
  'lift-recovery-lock': 'liftRecoveryLock',
  'revoke-sessions': 'revokeSessions',
} as const;

/**
 * What an agent may do to get the caller back in: unlock sign-in (when locked or counting
 * failures), lift the recovery lock (when set), sign the customer out everywhere. Each asks for
 * confirmation and a reason; none shows or sets a password.
 */
export function AccountActions({ account }: { account: AccountView }) {
  const { t } = useTranslation('accounts');
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<ReasonedAction | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const message = useRef<HTMLDivElement>(null);
  const kinds = new Set(account.badges.map((badge) => badge.kind));

  useEffect(() => {
    if (done) message.current?.focus();
  }, [done]);

  const available: ReasonedAction[] = [
    ...(kinds.has('locked') || account.failedSignInCount > 0 ? (['unlock'] as const) : []),
    ...(kinds.has('recovery_locked') ? (['lift-recovery-lock'] as const) : []),
    ...(account.activeSessions > 0 ? (['revoke-sessions'] as const) : []),
  ];

  async function confirm(action: ReasonedAction, reason: string) {
    const result = await runAccountAction(account.accountId, action, reason);
    setOpen(null);
    const sessions = 'sessionsRevoked' in result ? result.sessionsRevoked : 0;
    setDone(t(`actions.${actionKeys[action]}.${result.changed ? 'done' : 'nothing'}`, { count: sessions }));
    // The view is read again: status, counters and the new event (an audited view, as it should be).
    await queryClient.invalidateQueries({ queryKey: ['accounts', 'view', account.accountId] });
  }

  return (
    <section aria-labelledby="actions-heading" className="margin-bottom-4">
      <h2 id="actions-heading">{t('actions.heading')}</h2>
      {done && (
        <div
          ref={message}
          tabIndex={-1}
          role="status"
          className="usa-alert usa-alert--success usa-alert--slim margin-bottom-2 cos-focus-target"
        >
          <div className="usa-alert__body">
            <p className="usa-alert__text">{done}</p>
          </div>
        </div>
      )}
      {!kinds.has('locked') && account.failedSignInCount === 0 && (
        <p className="margin-top-0">{t('actions.notLocked')}</p>
      )}
      <ul className="usa-button-group usa-button-group--segmented-off cos-action-list">
        {available.map((action) => (
          <li key={action} className="usa-button-group__item">
            <button
              type="button"
              className={`usa-button${action === 'revoke-sessions' ? ' usa-button--secondary' : ''}`}
              onClick={() => setOpen(action)}
            >
              {t(`actions.${actionKeys[action]}.button`)}
            </button>
          </li>
        ))}
      </ul>
      {available.map((action) => (
        <ReasonDialog
          key={action}
          open={open === action}
          heading={t(`actions.${actionKeys[action]}.heading`)}
          description={
            <p>
              {t(`actions.${actionKeys[action]}.description`, {
                name: `${account.firstName} ${account.lastName}`,
                count: account.activeSessions,
              })}
            </p>
          }
          confirmLabel={t(`actions.${actionKeys[action]}.confirm`)}
          onCancel={() => setOpen(null)}
          onConfirm={(reason) => confirm(action, reason)}
        />
      ))}
    </section>
  );
}
