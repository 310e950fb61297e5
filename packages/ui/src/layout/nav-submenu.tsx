import { useEffect, useId, useRef } from 'react';
import { matchPath, NavLink, useLocation } from 'react-router';
import type { NavGroup } from './nav-item.ts';

type NavSubmenuProps = {
  group: NavGroup;
  isOpen: boolean;
  onToggle: (open: boolean) => void;
  /** After following a link (closes the mobile menu too). */
  onNavigate: () => void;
};

/**
 * A USWDS header submenu done in React, as the rest of the header (the USWDS script is not loaded):
 * the button says whether its list is expanded; Escape closes it and returns focus to the button,
 * and so does a press outside it; following a link closes it. The button is marked current when
 * the page is one of its links.
 */
export function NavSubmenu({ group, isOpen, onToggle, onNavigate }: NavSubmenuProps) {
  const id = useId();
  const item = useRef<HTMLLIElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();
  const current = group.items.some((link) => matchPath({ path: link.to, end: link.end ?? false }, pathname));

  useEffect(() => {
    if (!isOpen) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape') return;
      // Only this submenu: the mobile menu around it stays open.
      event.stopImmediatePropagation();
      onToggle(false);
      button.current?.focus();
    }
    function onPointerDown(event: PointerEvent) {
      if (event.target instanceof Node && !item.current?.contains(event.target)) onToggle(false);
    }
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [isOpen, onToggle]);

  return (
    <li ref={item} className="usa-nav__primary-item">
      <button
        ref={button}
        type="button"
        className={`usa-accordion__button usa-nav__link${current ? ' usa-current' : ''}`}
        aria-expanded={isOpen}
        aria-controls={id}
        onClick={() => onToggle(!isOpen)}
      >
        <span>{group.label}</span>
      </button>
      <ul id={id} className="usa-nav__submenu" hidden={!isOpen}>
        {group.items.map((link) => (
          <li key={link.to} className="usa-nav__submenu-item">
            <NavLink
              to={link.to}
              end={link.end}
              onClick={() => {
                onToggle(false);
                onNavigate();
              }}
            >
              <span>{link.label}</span>
            </NavLink>
          </li>
        ))}
      </ul>
    </li>
  );
}
