// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/create-i18n.ts';
import { SiteHeader } from './site-header.tsx';

afterEach(cleanup);

function renderHeader() {
  const i18n = createI18n({
    resources: { en: {}, es: {} },
    defaultNS: 'ui',
    language: 'en',
    storage: null,
    root: null,
  });
  render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>
        <SiteHeader
          title="Customer Online Services"
          homeTo="/"
          navLabel="Primary"
          primary={[{ to: '/services', label: 'Our Services' }]}
          secondary={[{ to: '/sign-in', label: 'Sign In' }]}
        />
      </MemoryRouter>
    </I18nextProvider>,
  );
  return {
    menuButton: screen.getByRole('button', { name: 'Menu' }),
    nav: screen.getByRole('navigation', { name: 'Primary' }),
  };
}

describe('SiteHeader mobile menu', () => {
  it('opens from the Menu button and moves focus into the menu', () => {
    const { menuButton, nav } = renderHeader();
    expect(menuButton.getAttribute('aria-expanded')).toBe('false');

    fireEvent.click(menuButton);

    expect(menuButton.getAttribute('aria-expanded')).toBe('true');
    expect(nav.classList.contains('is-visible')).toBe(true);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close' }));
    expect(document.body.classList.contains('usa-js-mobile-nav--active')).toBe(true);
  });

  it('closes on Escape and returns focus to the Menu button', () => {
    const { menuButton, nav } = renderHeader();
    fireEvent.click(menuButton);

    fireEvent.keyDown(document, { key: 'Escape' });

    expect(menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(nav.classList.contains('is-visible')).toBe(false);
    expect(document.activeElement).toBe(menuButton);
    expect(document.body.classList.contains('usa-js-mobile-nav--active')).toBe(false);
  });

  it('closes when a link in it is followed', () => {
    const { menuButton } = renderHeader();
    fireEvent.click(menuButton);

    fireEvent.click(screen.getByRole('link', { name: 'Our Services' }));

    expect(menuButton.getAttribute('aria-expanded')).toBe('false');
  });

  it('offers the other language, labelled in that language', () => {
    renderHeader();
    const toggle = screen.getByRole('button', { name: 'Español' });
    expect(toggle.getAttribute('lang')).toBe('es');
    fireEvent.click(toggle);
    expect(screen.getByRole('button', { name: 'English' })).toBeTruthy();
  });
});
