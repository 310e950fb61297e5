import { useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import flagUrl from '@uswds/uswds/img/us_flag_small.png';
import dotGovUrl from '@uswds/uswds/img/icon-dot-gov.svg';
import httpsUrl from '@uswds/uswds/img/icon-https.svg';

/**
 * The USWDS government banner. Its "Here's how you know" toggle is React state on a real
 * button, because the USWDS JavaScript that normally drives it is not loaded (CSP, and React
 * owns the DOM).
 */
export function GovBanner() {
  const { t } = useTranslation('ui');
  const [expanded, setExpanded] = useState(false);
  const contentId = useId();

  return (
    <section className="usa-banner" aria-label={t('banner.label')}>
      <div className="usa-accordion">
        <header className={`usa-banner__header${expanded ? ' usa-banner__header--expanded' : ''}`}>
          <div className="usa-banner__inner">
            <div className="grid-col-auto">
              <img aria-hidden="true" className="usa-banner__header-flag" src={flagUrl} alt="" />
            </div>
            <div className="grid-col-fill tablet:grid-col-auto" aria-hidden="true">
              <p className="usa-banner__header-text">{t('banner.text')}</p>
              <p className="usa-banner__header-action">{t('banner.action')}</p>
            </div>
            <button
              type="button"
              className="usa-accordion__button usa-banner__button"
              aria-expanded={expanded}
              aria-controls={contentId}
              onClick={() => setExpanded((open) => !open)}
            >
              <span className="usa-banner__button-text">{t('banner.action')}</span>
            </button>
          </div>
        </header>
        <div className="usa-banner__content usa-accordion__content" id={contentId} hidden={!expanded}>
          <div className="grid-row grid-gap-lg">
            <div className="usa-banner__guidance tablet:grid-col-6">
              <img
                className="usa-banner__icon usa-media-block__img"
                src={dotGovUrl}
                alt=""
                aria-hidden="true"
              />
              <div className="usa-media-block__body">
                <p>
                  <strong>{t('banner.dotGovHeading')}</strong>
                  <br />
                  <Trans t={t} i18nKey="banner.dotGovText" components={{ strong: <strong /> }} />
                </p>
              </div>
            </div>
            <div className="usa-banner__guidance tablet:grid-col-6">
              <img
                className="usa-banner__icon usa-media-block__img"
                src={httpsUrl}
                alt=""
                aria-hidden="true"
              />
              <div className="usa-media-block__body">
                <p>
                  <strong>{t('banner.httpsHeading')}</strong>
                  <br />
                  <Trans
                    t={t}
                    i18nKey="banner.httpsText"
                    components={{
                      strong: <strong />,
                      lock: <LockIcon label={t('banner.lockIcon')} />,
                    }}
                  />
                </p>
              </div>
            </div>
          </div>
        </div>
      </div>
    </section>
  );
}

// Inline like the USWDS markup, so it scales with the text (1.5ex) and needs no request.
function LockIcon({ label }: { label: string }) {
  return (
    <span className="icon-lock">
      <svg
        xmlns="http://www.w3.org/2000/svg"
        width="52"
        height="64"
        viewBox="0 0 52 64"
        className="usa-banner__lock-image"
        role="img"
        aria-label={label}
        focusable="false"
      >
        <path
          fill="#000000"
          fillRule="evenodd"
          d="M26 0c10.493 0 19 8.507 19 19v9h3a4 4 0 0 1 4 4v28a4 4 0 0 1-4 4H4a4 4 0 0 1-4-4V32a4 4 0 0 1 4-4h3v-9C7 8.507 15.493 0 26 0zm0 8c-5.979 0-10.843 4.77-10.996 10.712L15 19v9h22v-9c0-6.075-4.925-11-11-11z"
        />
      </svg>
    </span>
  );
}
