import type { ContactRequestReceipt } from '@cos/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Confirmation } from '../../components/ui/confirmation.tsx';
import { PhoneLink } from '../../components/ui/phone-link.tsx';
import { pageLabelKey } from '../../config/paths.ts';
import { ContactForm } from '../../features/contact/components/contact-form.tsx';
import { MyContactRequests } from '../../features/contact/components/my-contact-requests.tsx';
import { useSession } from '../../lib/session/session-context.tsx';

/** Contact / Customer Service: the phone number, the request form, and a signed-in parent's requests. */
export function ContactRoute() {
  const { t } = useTranslation('contact');
  const signedIn = useSession().status === 'signedIn';
  const [receipt, setReceipt] = useState<ContactRequestReceipt | null>(null);

  return (
    <div className="padding-y-4">
      <div className="grid-row">
        <div className="tablet:grid-col-10 desktop:grid-col-8">
          <h1>{t(pageLabelKey('contact'))}</h1>
          <p className="usa-intro">{t('intro')}</p>
          <p>
            {t('callUs')} <PhoneLink />
          </p>
          <section aria-labelledby="contact-form-heading">
            <h2 id="contact-form-heading">{t('formHeading')}</h2>
            {receipt ? (
              <Confirmation
                namespace="contact"
                headingId="contact-confirmation-heading"
                confirmationNumber={receipt.confirmationNumber}
                onAnother={() => setReceipt(null)}
              />
            ) : (
              <ContactForm signedIn={signedIn} onSent={setReceipt} />
            )}
          </section>
          {signedIn && (
            <section aria-labelledby="contact-mine-heading" className="margin-top-6">
              <h2 id="contact-mine-heading">{t('mine.heading')}</h2>
              <MyContactRequests />
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
