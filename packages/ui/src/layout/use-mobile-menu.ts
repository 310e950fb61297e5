import { useCallback, useEffect, useRef, useState } from 'react';

// USWDS shows the slide-out menu below its desktop breakpoint (64em) only.
const desktopQuery = '(min-width: 64em)';
const focusable = 'a[href], button:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * State and behaviour of the USWDS mobile menu, done in React instead of the USWDS script:
 * opening moves focus into the menu and traps it there (the overlay hides the page behind),
 * Escape or the close button return focus to the Menu button, and the page behind stops
 * scrolling while it is open.
 */
export function useMobileMenu() {
  const [isOpen, setIsOpen] = useState(false);
  const menuButtonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLElement>(null);

  const open = useCallback(() => setIsOpen(true), []);
  // After following a link focus belongs to the new page, so only a dismissal refocuses.
  const dismiss = useCallback(() => {
    setIsOpen(false);
    menuButtonRef.current?.focus();
  }, []);
  const closeForNavigation = useCallback(() => setIsOpen(false), []);

  useEffect(() => {
    if (!isOpen) return;
    document.body.classList.add('usa-js-mobile-nav--active');
    panelRef.current?.querySelector<HTMLElement>(focusable)?.focus();

    function onKeyDown(event: KeyboardEvent) {
      if (event.key === 'Escape') {
        dismiss();
        return;
      }
      if (event.key !== 'Tab' || !panelRef.current) return;
      const items = [...panelRef.current.querySelectorAll<HTMLElement>(focusable)];
      const first = items[0];
      const last = items.at(-1);
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first?.focus();
      }
    }

    // Growing the window to desktop width shows the full menu, so the open state must end.
    const desktop = window.matchMedia?.(desktopQuery);
    const onResize = (event: MediaQueryListEvent) => {
      if (event.matches) setIsOpen(false);
    };

    // A press outside the panel (on the dimmed overlay) dismisses it, as in the USWDS script.
    function onPointerDown(event: PointerEvent) {
      if (event.target instanceof Node && !panelRef.current?.contains(event.target)) dismiss();
    }

    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    desktop?.addEventListener('change', onResize);
    return () => {
      document.body.classList.remove('usa-js-mobile-nav--active');
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
      desktop?.removeEventListener('change', onResize);
    };
  }, [isOpen, dismiss]);

  return { isOpen, open, dismiss, closeForNavigation, menuButtonRef, panelRef };
}
