import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mainContentId } from './main-content.tsx';

/**
 * The first thing a keyboard user reaches. It moves focus itself instead of following the
 * fragment, so the router never sees a hash navigation and the address bar stays clean.
 */
export function SkipLink() {
  const { t } = useTranslation('ui');

  function skip(event: MouseEvent<HTMLAnchorElement>) {
    const main = document.getElementById(mainContentId);
    if (!main) return;
    event.preventDefault();
    main.focus();
    main.scrollIntoView();
  }

  return (
    <a className="usa-skipnav" href={`#${mainContentId}`} onClick={skip}>
      {t('skipLink')}
    </a>
  );
}
