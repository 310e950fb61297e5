import type { CaseDetail } from '@cos/contracts';
import { useTranslation } from 'react-i18next';

const tagClass = { valid: 'bg-green', suspended: 'bg-secondary-dark', release_sent: 'bg-primary' } as const;

/**
 * The paying parent's driver's license, as this case affects it, said in plain words: to the
 * paying parent what it means and what to do; to the receiving parent only what it is.
 */
export function LicenseStatus({
  status,
  role,
}: {
  status: CaseDetail['driversLicenseStatus'];
  role: CaseDetail['role'];
}) {
  const { t } = useTranslation('cases');
  return (
    <>
      <p>
        <span className={`usa-tag ${tagClass[status]}`}>{t(`license.status.${status}`)}</span>
      </p>
      <p>{t(`license.explain.${role}.${status}`)}</p>
    </>
  );
}
