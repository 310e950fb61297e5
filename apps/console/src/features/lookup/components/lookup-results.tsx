import type { AccountSearchItem, AccountSearchPage } from '@cos/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { StatusBadges } from '../../../components/ui/status-badges.tsx';
import { accountPath } from '../../../config/paths.ts';
import { PAGE_SIZE } from '../api/search-accounts.ts';

type Props = {
  page: AccountSearchPage;
  /** One-based. */
  pageNumber: number;
};

/** The ranked, masked results: each row opens the account view (the name is the link). */
export function LookupResults({ page, pageNumber }: Props) {
  const { t } = useTranslation('lookup');
  const first = (pageNumber - 1) * PAGE_SIZE + 1;

  if (page.items.length === 0) {
    return (
      <div className="usa-alert usa-alert--info usa-alert--slim margin-y-2">
        <div className="usa-alert__body">
          <p className="usa-alert__text">{t('results.none')}</p>
        </div>
      </div>
    );
  }

  return (
    <>
      <p>
        {t('results.showing', { first, last: first + page.items.length - 1 })}{' '}
        {t('results.searchedBy', { forms: page.searchedBy.map((form) => t(`forms.${form}`)).join(', ') })}
      </p>
      <DataTable
        caption={t('results.caption')}
        columns={[
          t('results.name'),
          t('results.userId'),
          t('results.ssn'),
          t('results.born'),
          t('results.cases'),
          t('results.status'),
          t('results.matchedOn'),
        ]}
        className="usa-table usa-table--borderless width-full"
      >
        {page.items.map((item) => (
          <ResultRow key={item.accountId} item={item} />
        ))}
      </DataTable>
    </>
  );
}

function ResultRow({ item }: { item: AccountSearchItem }) {
  const { t } = useTranslation('lookup');
  return (
    <tr>
      <th scope="row">
        <Link to={accountPath(item.accountId)}>
          {item.lastName}, {item.firstName}
        </Link>
      </th>
      <td>{item.userId}</td>
      <td className="font-mono-xs">{item.ssn}</td>
      <td>{item.birthYear}</td>
      <td>
        <ul className="add-list-reset">
          {item.cases.map((caseRole) => (
            <li key={caseRole.caseNumber}>
              {caseRole.caseNumber} <span className="text-base-dark">({t(`roles.${caseRole.role}`)})</span>
            </li>
          ))}
        </ul>
      </td>
      <td>
        <StatusBadges badges={item.badges} />
      </td>
      <td>{t(`forms.${item.matchedOn}`)}</td>
    </tr>
  );
}
