import { SECURITY_POLICY_DEFAULTS } from '@cos/contracts';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session/session-context.tsx';

/** On the sign-in page: why the last session ended (inactivity, sign-out, expiry). */
export function SignOutNotice() {
  const { t } = useTranslation('auth');
  const session = useSession();
  if (session.status !== 'signedOut' || !session.reason) return null;
  const warning = session.reason === 'idle' || session.reason === 'expired';
  return (
    <div
      className={`usa-alert usa-alert--slim margin-y-3 ${warning ? 'usa-alert--warning' : 'usa-alert--info'}`}
      role="status"
    >
      <div className="usa-alert__body">
        <p className="usa-alert__text">
          {t(`signedOut.${session.reason}`, { minutes: SECURITY_POLICY_DEFAULTS.session.idleMinutes })}
        </p>
      </div>
    </div>
  );
}
