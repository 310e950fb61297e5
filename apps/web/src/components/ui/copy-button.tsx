import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  /** What is copied. */
  value: string;
  /** The button's accessible name, e.g. "Copy temporary password" (already translated). */
  label: string;
};

/**
 * Copies a value with the Clipboard API and says so in a polite live region ("Copied"), so a
 * screen reader user hears that it worked. Where the browser refuses (no permission, an old
 * browser), it says to select and copy the text instead.
 */
export function CopyButton({ value, label }: Props) {
  const { t } = useTranslation('forms');
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (status !== 'copied') return;
    const timer = setTimeout(() => setStatus('idle'), 5_000);
    return () => clearTimeout(timer);
  }, [status]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }

  return (
    <span className="display-inline-flex flex-align-center flex-wrap margin-y-1">
      <button
        type="button"
        className="usa-button usa-button--outline margin-right-2"
        aria-label={label}
        onClick={() => void copy()}
      >
        {t('copy.button')}
      </button>
      <span role="status" className="text-bold margin-y-1">
        {status === 'copied' ? t('copy.copied') : status === 'failed' ? t('copy.failed') : ''}
      </span>
    </span>
  );
}
