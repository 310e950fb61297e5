import type { Office } from '@cos/contracts';
import { useTranslation } from 'react-i18next';
import { formatUsPhone, usPhoneHref } from '../../../lib/format/phone.ts';

/** One office: a heading with its name, its address, phone, hours, services and a map link. */
function OfficeCard({ office }: { office: Office }) {
  const { t } = useTranslation('offices');
  const headingId = `office-${office.id}`;
  return (
    <li className="usa-card tablet:grid-col-6">
      <div className="usa-card__container">
        <div className="usa-card__header">
          <h3 className="usa-card__heading" id={headingId}>
            {office.name}
          </h3>
        </div>
        <div className="usa-card__body">
          <address>
            {office.addressLine1}
            <br />
            {office.addressLine2 && (
              <>
                {office.addressLine2}
                <br />
              </>
            )}
            {office.city}, {office.state} {office.zip}
          </address>
          <p>
            {t('result.phone')}{' '}
            <a className="text-no-wrap" href={usPhoneHref(office.phone)}>
              {formatUsPhone(office.phone)}
            </a>
            <br />
            {t('result.hours')} {office.hours}
          </p>
          <p className="margin-bottom-05 text-bold">{t('result.services')}</p>
          <ul className="usa-list margin-top-0">
            {office.services.map((service) => (
              <li key={service}>{service}</li>
            ))}
          </ul>
          <p>
            <a className="usa-link" href={office.mapUrl} rel="noreferrer">
              {t('result.map', { name: office.name })}
            </a>
          </p>
        </div>
      </div>
    </li>
  );
}

export function OfficeResults({ offices }: { offices: readonly Office[] }) {
  return (
    <ul className="usa-card-group">
      {offices.map((office) => (
        <OfficeCard key={office.id} office={office} />
      ))}
    </ul>
  );
}
