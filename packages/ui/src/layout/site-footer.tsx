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
};

/** USWDS slim footer: a row of links with contact details, then the agency's name. */
export function SiteFooter({ navLabel, links = [], agencyName, contact }: SiteFooterProps) {
  return (
    <footer className="usa-footer usa-footer--slim">
      <div className="usa-footer__primary-section">
        <div className="usa-footer__primary-container grid-row">
          <div className="mobile-lg:grid-col-8">
            {links.length > 0 && (
              <nav className="usa-footer__nav" aria-label={navLabel}>
                <ul className="grid-row grid-gap">
                  {links.map((link) => (
                    <li key={link.to} className="mobile-lg:grid-col-6 desktop:grid-col-auto usa-footer__primary-content">
                      <Link className="usa-footer__primary-link" to={link.to}>
                        {link.label}
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
          </div>
          {contact && (
            <div className="mobile-lg:grid-col-4">
              <address className="usa-footer__address">{contact}</address>
            </div>
          )}
        </div>
      </div>
      <div className="usa-footer__secondary-section">
        <div className="grid-container">
          <p className="cos-footer__agency">{agencyName}</p>
        </div>
      </div>
    </footer>
  );
}
