import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  kind: 'created' | 'reset';
  username: string;
  displayName: string;
  temporaryPassword: string;
  onDone: () => void;
};

/**
 * A new or reset staff user's temporary password, shown this once (the API keeps only its hash
 * and this component keeps it only until "Done"). It takes focus so nobody misses it.
 */
export function TemporaryPasswordNotice({ kind, username, displayName, temporaryPassword, onDone }: Props) {
  const { t } = useTranslation('staffUsers');
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.focus();
  }, [temporaryPassword]);

  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="usa-alert usa-alert--success margin-y-3 cos-focus-target"
      role="region"
      aria-labelledby="temporary-password-heading"
    >
      <div className="usa-alert__body">
        <h2 id="temporary-password-heading" className="usa-alert__heading">
          {t(`temporary.${kind}`, { name: displayName, username })}
        </h2>
        <p className="usa-alert__text">{t('temporary.label')}</p>
        <p className="usa-alert__text">
          <code className="cos-secret" data-testid="temporary-password">
            {temporaryPassword}
          </code>
        </p>
        <p className="usa-alert__text">{t('temporary.once')}</p>
        <button type="button" className="usa-button margin-top-1" onClick={onDone}>
          {t('temporary.done')}
        </button>
      </div>
    </div>
  );
}
