import { useTranslation } from 'react-i18next';
import { pageLabelKey } from '../../config/paths.ts';
import { NoticeList } from '../../features/notices/components/notice-list.tsx';

/** All the agency's current notices in one place, including any the visitor closed. */
export function NoticesRoute() {
  const { t } = useTranslation('notices');
  return (
    <div className="usa-prose padding-y-4">
      <h1>{t(pageLabelKey('notices'))}</h1>
      <p className="usa-intro">{t('intro')}</p>
      <NoticeList />
    </div>
  );
}
