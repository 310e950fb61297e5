import { useTranslation } from 'react-i18next';
import { saveLanguageChoice } from './create-i18n.ts';
import { fallbackLanguage, isLanguage, otherLanguage } from './languages.ts';

/**
 * One button offering the other language, written in that language ("Español" / "English")
 * and marked with its `lang`, so a screen reader pronounces it correctly.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('ui');
  const current = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : fallbackLanguage;
  const next = otherLanguage(current);

  function switchLanguage() {
    saveLanguageChoice(next);
    void i18n.changeLanguage(next);
  }

  return (
    <button
      type="button"
      className="usa-button usa-button--unstyled cos-language-switch"
      lang={next}
      onClick={switchLanguage}
    >
      {t(`language.${next}`)}
    </button>
  );
}
