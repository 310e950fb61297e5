import { useTranslation } from 'react-i18next';

/** Shown in a page's place while its data loads. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="padding-y-4">
      {t('loading')}
    </p>
  );
}
