import type { ContactValues } from '@cos/contracts';
import { useTranslation } from 'react-i18next';

const order = [
  'addressLine1',
  'addressLine2',
  'city',
  'state',
  'zip',
  'phone',
  'email',
  'employerName',
  'employerAddress',
] as const;

/** "(404) 555-0100" from the 10 digits the API keeps. */
const phone = (digits: string) => digits.replace(/^(\d{3})(\d{3})(\d{4})$/, '($1) $2-$3');

/** The fields of a request (or what is on file for them), one per line; empty → "Nothing on file". */
export function ChangeValues({ values }: { values: ContactValues }) {
  const { t } = useTranslation('changeRequests');
  const present = order.filter((field) => values[field]);
  if (present.length === 0) return <p className="margin-0">{t('view.nothing')}</p>;
  return (
    <dl className="margin-0">
      {present.map((field) => (
        <div key={field}>
          <dt className="usa-sr-only">{t(`fields.${field}`)}</dt>
          <dd className="margin-left-0">{field === 'phone' ? phone(values[field] ?? '') : values[field]}</dd>
        </div>
      ))}
    </dl>
  );
}
