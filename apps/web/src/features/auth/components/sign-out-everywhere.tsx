import { ModalDialog } from '@cos/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { useSessionStore } from '../../../lib/session/session-context.tsx';
import { signOutEverywhere } from '../api/sign-out.ts';

/** Ends every session of the account (a lost phone, a shared computer), after a confirmation. */
export function SignOutEverywhere() {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const session = useSessionStore();
  const [confirming, setConfirming] = useState(false);
  const everywhere = useMutation({
    mutationFn: signOutEverywhere,
    onSuccess: async () => {
      session.signedOut('everywhere');
      await navigate(paths.signIn.path, { replace: true });
    },
    onError: () => setConfirming(false),
  });

  return (
    <>
      {everywhere.isError && (
        <p className="usa-error-message" role="alert">
          {t('security.everywhereFailed')}
        </p>
      )}
      <button type="button" className="usa-button usa-button--secondary" onClick={() => setConfirming(true)}>
        {t('security.everywhere')}
      </button>
      <ModalDialog
        open={confirming}
        heading={t('security.confirmHeading')}
        description={<p>{t('security.confirmText')}</p>}
        onCancel={() => setConfirming(false)}
      >
        <li className="usa-button-group__item">
          <button
            type="button"
            className="usa-button usa-button--secondary"
            disabled={everywhere.isPending}
            onClick={() => everywhere.mutate()}
          >
            {t('security.confirmYes')}
          </button>
        </li>
        <li className="usa-button-group__item">
          <button
            type="button"
            className="usa-button usa-button--unstyled padding-105 text-center"
            onClick={() => setConfirming(false)}
          >
            {t('security.confirmNo')}
          </button>
        </li>
      </ModalDialog>
    </>
  );
}
