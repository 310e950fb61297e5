import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatAgencyDateTimeShort } from '../../../lib/format/agency-time.ts';
import { signInsQueryOptions } from '../api/get-sign-ins.ts';

/** Recent sign-ins (time in the agency's zone, approximate device), this one marked. */
export function SignInHistory() {
  const { t, i18n } = useTranslation('auth');
  const { data, isPending, isError } = useQuery(signInsQueryOptions());
  const language = i18n.resolvedLanguage ?? 'en';

  if (isPending) return <p role="status">{t('security.loading')}</p>;
  if (isError) return <p className="usa-error-message">{t('security.loadFailed')}</p>;
  if (data.items.length === 0) return <p>{t('security.none')}</p>;

  return (
    // Stacked below tablet width: each sign-in becomes a block, so nothing scrolls sideways.
    <table className="usa-table usa-table--borderless usa-table--stacked">
      <caption className="usa-sr-only">{t('security.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('security.signedInAt')}</th>
          <th scope="col">{t('security.lastActive')}</th>
          <th scope="col">{t('security.device')}</th>
          <th scope="col">{t('security.status')}</th>
        </tr>
      </thead>
      <tbody>
        {data.items.map((item) => (
          <tr key={item.id}>
            <th scope="row" data-label={t('security.signedInAt')}>
              {formatAgencyDateTimeShort(item.signedInAt, language)}
            </th>
            <td data-label={t('security.lastActive')}>
              {formatAgencyDateTimeShort(item.lastActiveAt, language)}
            </td>
            <td data-label={t('security.device')}>{item.device}</td>
            <td data-label={t('security.status')}>
              {item.current ? (
                <span className="usa-tag bg-green">{t('security.current')}</span>
              ) : (
                t(item.active ? 'security.active' : 'security.ended')
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
