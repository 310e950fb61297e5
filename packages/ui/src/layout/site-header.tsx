import { useCallback, useId, useState, type ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import closeUrl from '@uswds/uswds/img/usa-icons/close.svg';
import { LanguageSwitch } from '../i18n/language-switch.tsx';
import { isNavGroup, type NavEntry, type NavItem } from './nav-item.ts';
import { NavSubmenu } from './nav-submenu.tsx';
import { useMobileMenu } from './use-mobile-menu.ts';

export type SiteHeaderProps = {
  /** The site's name, shown as the logo text and linking home. */
  title: string;
  /** The agency's name, shown small above the title and read before it ("agency — title"). */
  agency?: string;
  homeTo: string;
  /** Accessible name of the <nav> landmark. */
  navLabel: string;
  /** Links, and groups of links under a button (a submenu) when there are too many for one row. */
  primary: readonly NavEntry[];
  /** Smaller links above the primary ones on desktop (Sign In). */
  secondary?: readonly NavItem[];
  /** More secondary items that are not plain links (the signed-in name and Sign Out), as <li>s. */
  account?: ReactNode;
};

/** USWDS extended header; below 64em the navigation becomes a slide-out menu. */
export function SiteHeader({
  title,
  agency,
  homeTo,
  navLabel,
  primary,
  secondary = [],
  account,
}: SiteHeaderProps) {
  const { t } = useTranslation('ui');
  const { isOpen, open, dismiss, closeForNavigation, menuButtonRef, panelRef } = useMobileMenu();
  const navId = useId();
  // At most one submenu is open; the label names it (labels are unique in one navigation).
  const [openGroup, setOpenGroup] = useState<string | null>(null);
  const toggleGroup = useCallback((label: string, open: boolean) => setOpenGroup(open ? label : null), []);

  return (
    <>
      <div className={`usa-overlay${isOpen ? ' is-visible' : ''}`} aria-hidden="true" />
      <header className="usa-header usa-header--extended">
        <div className="usa-navbar">
          <div className="usa-logo">
            <em className="usa-logo__text">
              <Link to={homeTo}>
                {agency && (
                  <>
                    <span className="cos-logo__agency">{agency}</span>
                    <span className="usa-sr-only"> — </span>
                  </>
                )}
                <span className="cos-logo__title">{title}</span>
              </Link>
            </em>
          </div>
          <button
            type="button"
            className="usa-menu-btn"
            ref={menuButtonRef}
            aria-expanded={isOpen}
            aria-controls={navId}
            onClick={open}
          >
            {t('header.menu')}
          </button>
        </div>
        <nav
          id={navId}
          ref={panelRef}
          aria-label={navLabel}
          className={`usa-nav${isOpen ? ' is-visible' : ''}`}
        >
          <div className="usa-nav__inner">
            <button type="button" className="usa-nav__close" onClick={dismiss}>
              <img src={closeUrl} alt={t('header.close')} />
            </button>
            <ul className="usa-nav__primary usa-accordion">
              {primary.map((item) =>
                isNavGroup(item) ? (
                  <NavSubmenu
                    key={item.label}
                    group={item}
                    isOpen={openGroup === item.label}
                    onToggle={(open) => toggleGroup(item.label, open)}
                    onNavigate={closeForNavigation}
                  />
                ) : (
                  <li key={item.to} className="usa-nav__primary-item">
                    <NavLink
                      to={item.to}
                      end={item.end}
                      onClick={closeForNavigation}
                      className={({ isActive }) => `usa-nav-link${isActive ? ' usa-current' : ''}`}
                    >
                      <span>{item.label}</span>
                    </NavLink>
                  </li>
                ),
              )}
            </ul>
            <div className="usa-nav__secondary">
              <ul className="usa-nav__secondary-links">
                {secondary.map((item) => (
                  <li key={item.to} className="usa-nav__secondary-item">
                    <NavLink to={item.to} end={item.end} onClick={closeForNavigation}>
                      {item.label}
                    </NavLink>
                  </li>
                ))}
                {account}
                <li className="usa-nav__secondary-item">
                  <LanguageSwitch />
                </li>
              </ul>
            </div>
          </div>
        </nav>
      </header>
    </>
  );
}
