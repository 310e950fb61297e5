import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export type Crumb = { label: string; to?: string };

/** USWDS breadcrumbs: the trail above a page reached from another (My Case › Case › Payments). */
export function Breadcrumbs({ trail }: { trail: readonly Crumb[] }) {
  const { t } = useTranslation();
  return (
    <nav className="usa-breadcrumb cos-no-print" aria-label={t('breadcrumbs')}>
      <ol className="usa-breadcrumb__list">
        {trail.map((crumb) =>
          crumb.to ? (
            <li key={crumb.label} className="usa-breadcrumb__list-item">
              <Link to={crumb.to} className="usa-breadcrumb__link">
                <span>{crumb.label}</span>
              </Link>
            </li>
          ) : (
            <li key={crumb.label} className="usa-breadcrumb__list-item usa-current" aria-current="page">
              <span>{crumb.label}</span>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
