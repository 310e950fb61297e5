import { useTranslation } from 'react-i18next';

/** Shown in a page's place while its data loads on a fresh visit (a route's hydrate fallback). */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="padding-y-4">
      {t('loadingPage')}
    </p>
  );
}
