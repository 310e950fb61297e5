import type { CaseDetail } from '@cos/contracts';
import { useTranslation } from 'react-i18next';
import { PhoneLink } from '../../../components/ui/phone-link.tsx';
import { formatUsPhone, usPhoneHref } from '../../../lib/format/phone.ts';

/** The office handling the case: its address and a phone number a phone can dial. */
export function CaseOffice({ office, county }: { office: CaseDetail['office']; county: string }) {
  const { t } = useTranslation('cases');
  if (!office) {
    return (
      <p>
        {t('office.none', { county })} <PhoneLink />
      </p>
    );
  }
  return (
    <address className="cos-office">
      <strong>{office.name}</strong>
      <br />
      {office.addressLine1}
      <br />
      {t('office.cityLine', { city: office.city, zip: office.zip })}
      <br />
      {t('office.phone')}{' '}
      <a className="text-no-wrap" href={usPhoneHref(office.phone)}>
        {formatUsPhone(office.phone)}
      </a>
    </address>
  );
}
