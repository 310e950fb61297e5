import type { AuditTrailItem } from '@cos/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { auditPath } from '../../../config/paths.ts';
import { formatAgencyDateTime } from '../../../lib/format.ts';
import type { AuditFilters } from '../lib/audit-filters.ts';

/** The trail in plain words; names and accounts link to the same view narrowed to them. */
export function AuditTable({ items, filters }: { items: readonly AuditTrailItem[]; filters: AuditFilters }) {
  const { t, i18n } = useTranslation('audit');
  const language = i18n.resolvedLanguage ?? 'en';

  return (
    <DataTable
      caption={t('table.caption')}
      columns={[
        t('table.when'),
        t('table.who'),
        t('table.account'),
        t('table.what'),
        t('table.outcome'),
        t('table.ip'),
        t('table.requestId'),
      ]}
      className="usa-table usa-table--borderless usa-table--compact width-full font-body-2xs"
    >
      {items.map((item) => (
        <tr key={item.id}>
          <td className="text-no-wrap">{formatAgencyDateTime(item.occurredAt, language)}</td>
          <td>
            {item.actor.id && item.actor.type === 'staff' ? (
              <Link
                to={auditPath({ ...filters, actorId: item.actor.id })}
                aria-label={t('table.onlyActor', { name: item.actor.name ?? item.actor.id })}
              >
                {item.actor.name ?? item.actor.id}
              </Link>
            ) : (
              (item.actor.name ?? t(`actorTypes.${item.actor.type}`))
            )}
            <span className="display-block font-body-3xs text-base-dark">
              {t(`actorTypes.${item.actor.type}`)}
            </span>
          </td>
          <td>
            {item.accountId ? (
              <Link
                to={auditPath({ ...filters, accountId: item.accountId })}
                aria-label={t('table.onlyAccount', { userId: item.accountUserId ?? item.accountId })}
              >
                {item.accountUserId ?? item.accountId}
              </Link>
            ) : (
              '—'
            )}
          </td>
          <td lang="en">{item.description}</td>
          <td>{t(`outcomes.${item.outcome}`)}</td>
          <td>{item.ip ?? '—'}</td>
          <td className="font-mono-3xs">{item.requestId ?? '—'}</td>
        </tr>
      ))}
    </DataTable>
  );
}
