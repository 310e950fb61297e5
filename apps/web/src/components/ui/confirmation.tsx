import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from './copy-button.tsx';

type ConfirmationProps = {
  /** Id of the heading, which names the alert. */
  headingId: string;
  /** The translation namespace whose `confirmation.*` texts (heading, number, copy, next, another) it shows. */
  namespace: string;
  confirmationNumber: string;
  /** Back to an empty form. */
  onAnother: () => void;
};

/**
 * Shown in a form's place once it is sent: the confirmation number to keep or quote, with Copy.
 * The heading takes the focus, since the form that had it is gone.
 */
export function Confirmation({ headingId, namespace, confirmationNumber, onAnother }: ConfirmationProps) {
  const { t } = useTranslation(namespace);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="usa-alert usa-alert--success" aria-labelledby={headingId}>
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id={headingId} ref={heading} tabIndex={-1}>
          {t('confirmation.heading')}
        </h2>
        <p className="usa-alert__text">{t('confirmation.number')}</p>
        <p className="font-mono-lg text-bold margin-y-1" data-testid="confirmation-number">
          {confirmationNumber}
        </p>
        <CopyButton value={confirmationNumber} label={t('confirmation.copy')} />
        <p className="usa-alert__text">{t('confirmation.next')}</p>
        <button type="button" className="usa-button usa-button--unstyled" onClick={onAnother}>
          {t('confirmation.another')}
        </button>
      </div>
    </div>
  );
}
