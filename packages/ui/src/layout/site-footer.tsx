import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { NavItem } from './nav-item.ts';

export type SiteFooterProps = {
  /** Accessible name of the footer's <nav>; required when there are links. */
  navLabel?: string;
  links?: readonly NavItem[];
  /** The agency's name, shown in the lower band. */
  agencyName: string;
  /** Contact details beside the links (phone, hours). */
  contact?: ReactNode;
  /** A short statement above the agency's name (e.g. who may use the site). */
  note?: string;
};

/** USWDS slim footer: a row of links with contact details, then the agency's name. */
export function SiteFooter({ navLabel, links = [], agencyName, contact, note }: SiteFooterProps) {
  return (
    <footer className="usa-footer usa-footer--slim">
      {(links.length > 0 || contact) && (
        <div className="usa-footer__primary-section">
          <div className="usa-footer__primary-container grid-row">
            {links.length > 0 && (
              <div className="mobile-lg:grid-col-8 desktop:grid-col-9">
                <nav className="usa-footer__nav" aria-label={navLabel}>
                  <ul className="grid-row grid-gap">
                    {links.map((link) => (
                      <li
                        key={link.to}
                        className="mobile-lg:grid-col-6 desktop:grid-col-auto usa-footer__primary-content"
                      >
                        <Link className="usa-footer__primary-link" to={link.to}>
                          {link.label}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </nav>
              </div>
            )}
            {contact && (
              <div className="mobile-lg:grid-col-4 desktop:grid-col-3">
                <address className="usa-footer__address">{contact}</address>
              </div>
            )}
          </div>
        </div>
      )}
      <div className="usa-footer__secondary-section">
        <div className="grid-container">
          {note && <p className="cos-footer__note">{note}</p>}
          <p className="cos-footer__agency">{agencyName}</p>
        </div>
      </div>
    </footer>
  );
}
