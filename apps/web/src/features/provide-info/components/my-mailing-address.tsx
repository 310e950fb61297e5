import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { contactDetailsQueryOptions } from '../api/get-contact-details.ts';
import { MailingAddress } from './contact-details-summary.tsx';

/** The parent's own mailing address on My Case, with the way to report a new one. */
export function MyMailingAddress() {
  const { t } = useTranslation('provideInfo');
  const { data } = useQuery(contactDetailsQueryOptions());
  if (!data) return null;
  return (
    <section
      aria-labelledby="mailing-address-heading"
      className="margin-top-4"
      data-testid="my-mailing-address"
    >
      <h2 id="mailing-address-heading">{t('myCase.heading')}</h2>
      <p>{t('myCase.text')}</p>
      <MailingAddress details={data} />
      <p>
        <Link to={paths.provideInfo.path}>{t('myCase.change')}</Link>
      </p>
    </section>
  );
}
