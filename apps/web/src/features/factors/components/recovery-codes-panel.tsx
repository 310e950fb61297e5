import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../../components/ui/copy-button.tsx';

/**
 * The 10 recovery codes, shown this once (they live in this component's state only; the server
 * keeps hashes). The heading takes focus so a screen reader starts here; "I saved them" closes it.
 */
export function RecoveryCodesPanel({ codes, onSaved }: { codes: readonly string[]; onSaved: () => void }) {
  const { t } = useTranslation('auth');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <div className="margin-y-3 padding-2 border-1px border-base-light radius-md">
      <h4 ref={heading} tabIndex={-1} id="recovery-codes-heading" className="margin-top-0">
        {t('recoveryCodes.shownHeading')}
      </h4>
      <div className="usa-alert usa-alert--warning usa-alert--slim">
        <div className="usa-alert__body">
          <p className="usa-alert__text">{t('recoveryCodes.shownOnce')}</p>
        </div>
      </div>
      <ol className="usa-list font-mono-md" aria-labelledby="recovery-codes-heading" translate="no">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <CopyButton value={codes.join('\n')} label={t('recoveryCodes.copy')} />
      <p>
        <button type="button" className="usa-button" onClick={onSaved}>
          {t('recoveryCodes.saved')}
        </button>
      </p>
    </div>
  );
}
