import type { ContactDetails } from '@cos/contracts';
import { useTranslation } from 'react-i18next';
import { formatUsPhone } from '../../../lib/format/phone.ts';

/** The parent's own details on file, as a description list (Provide Info shows all four). */
export function ContactDetailsSummary({ details }: { details: ContactDetails }) {
  const { t } = useTranslation('provideInfo');
  return (
    <dl className="cos-contact-details">
      <dt className="text-bold">{t('kinds.address')}</dt>
      <dd className="margin-left-0 margin-bottom-2" data-detail="address">
        <MailingAddress details={details} />
      </dd>
      <dt className="text-bold">{t('kinds.phone')}</dt>
      <dd className="margin-left-0 margin-bottom-2">
        {details.phone ? formatUsPhone(details.phone) : t('notOnFile')}
      </dd>
      <dt className="text-bold">{t('kinds.email')}</dt>
      <dd className="margin-left-0 margin-bottom-2">{details.email ?? t('notOnFile')}</dd>
      <dt className="text-bold">{t('kinds.employer')}</dt>
      <dd className="margin-left-0 margin-bottom-2">{details.employerName ?? t('notOnFile')}</dd>
    </dl>
  );
}

/** A mailing address on two or three lines, or "Not on file". */
export function MailingAddress({ details }: { details: ContactDetails }) {
  const { t } = useTranslation('provideInfo');
  const { address } = details;
  if (!address) return <>{t('notOnFile')}</>;
  return (
    <address className="text-no-italic">
      {address.addressLine1}
      <br />
      {address.addressLine2 && (
        <>
          {address.addressLine2}
          <br />
        </>
      )}
      {address.city}, {address.state} {address.zip}
    </address>
  );
}
