import { useTranslation } from 'react-i18next';

type PagerProps = {
  /** One-based page number shown now. */
  page: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  /** Accessible name of the navigation ("Result pages"). */
  label: string;
};

/** Previous / Next over the API's cursor pages (keyset paging has no page count). */
export function Pager({ page, hasPrevious, hasNext, onPrevious, onNext, label }: PagerProps) {
  const { t } = useTranslation();
  if (!hasPrevious && !hasNext) return null;
  return (
    <nav aria-label={label} className="margin-y-2">
      <ul className="usa-button-group">
        <li className="usa-button-group__item">
          <button
            type="button"
            className="usa-button usa-button--outline"
            disabled={!hasPrevious}
            onClick={onPrevious}
          >
            {t('pager.previous')}
          </button>
        </li>
        <li className="usa-button-group__item">
          <span className="display-inline-block padding-y-1">{t('pager.page', { page })}</span>
        </li>
        <li className="usa-button-group__item">
          <button
            type="button"
            className="usa-button usa-button--outline"
            disabled={!hasNext}
            onClick={onNext}
          >
            {t('pager.next')}
          </button>
        </li>
      </ul>
    </nav>
  );
}
