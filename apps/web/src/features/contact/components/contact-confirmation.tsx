import type { ContactRequestReceipt } from '@cos/contracts';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../../components/ui/copy-button.tsx';

/** Shown in the form's place once sent: the confirmation number to quote when calling. */
export function ContactConfirmation({ receipt, onAnother }: { receipt: ContactRequestReceipt; onAnother: () => void }) {
  const { t } = useTranslation('contact');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="usa-alert usa-alert--success">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" ref={heading} tabIndex={-1}>
          {t('confirmation.heading')}
        </h2>
        <p className="usa-alert__text">{t('confirmation.number')}</p>
        <p className="font-mono-lg text-bold margin-y-1" data-testid="confirmation-number">
          {receipt.confirmationNumber}
        </p>
        <CopyButton value={receipt.confirmationNumber} label={t('confirmation.copy')} />
        <p className="usa-alert__text">{t('confirmation.next')}</p>
        <button type="button" className="usa-button usa-button--unstyled" onClick={onAnother}>
          {t('confirmation.another')}
        </button>
      </div>
    </div>
  );
}
