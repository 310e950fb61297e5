import { HostedFormTokenMessage, type HostedCardForm } from '@cos/contracts';
import { ErrorSummary, type FieldError } from '@cos/ui';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { paymentFieldIds, type TokenisedCard } from '../lib/payment-form.ts';

type HostedCardFrameProps = {
  hostedForm: HostedCardForm;
  /** Problems from the server (a declined card) to show above the card form. */
  errors: FieldError[];
  onCard: (card: TokenisedCard) => void;
  onBack: () => void;
};

/**
 * Step 2: the processor's own card form, framed from the processor's origin (our CSP's frame-src
 * allows that origin and no other). The card number never enters this page: the form hands back a
 * single-use token with the last 4 digits, by postMessage, which is accepted only from that frame
 * and that origin.
 */
export function HostedCardFrame({ hostedForm, errors, onCard, onBack }: HostedCardFrameProps) {
  const { t, i18n } = useTranslation('makePayment');
  const frame = useRef<HTMLIFrameElement>(null);
  const language = i18n.resolvedLanguage === 'es' ? 'es' : 'en';
  const src = `${hostedForm.url}?${new URLSearchParams({ parent: window.location.origin, lang: language })}`;

  useEffect(() => {
    function receive(event: MessageEvent) {
      if (event.origin !== hostedForm.origin || event.source !== frame.current?.contentWindow) return;
      const message = HostedFormTokenMessage.safeParse(event.data);
      if (message.success)
        onCard({ token: message.data.token, last4: message.data.last4, expiry: message.data.expiry });
    }
    window.addEventListener('message', receive);
    return () => window.removeEventListener('message', receive);
  }, [hostedForm.origin, onCard]);

  return (
    <>
      <ErrorSummary errors={errors} />
      <h2 className="margin-top-3">{t('card.heading')}</h2>
      <p>{t('card.intro')}</p>
      <iframe
        ref={frame}
        id={paymentFieldIds.card}
        className="border-1px border-base-lighter radius-md"
        title={t('card.frameTitle')}
        src={src}
        width="100%"
        height="560"
      />
      <ul className="usa-button-group margin-top-2">
        <li className="usa-button-group__item">
          <button type="button" className="usa-button usa-button--outline" onClick={onBack}>
            {t('card.back')}
          </button>
        </li>
      </ul>
    </>
  );
}
