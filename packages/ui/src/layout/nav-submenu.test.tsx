// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/create-i18n.ts';
import { SiteHeader } from './site-header.tsx';

afterEach(cleanup);

function renderHeader(at = '/') {
  const i18n = createI18n({
    resources: { en: {}, es: {} },
    defaultNS: 'ui',
    language: 'en',
    storage: null,
    root: null,
  });
  render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter initialEntries={[at]}>
        <SiteHeader
          title="Console"
          homeTo="/"
          navLabel="Console"
          primary={[
            { to: '/', label: 'Find an account', end: true },
            {
              label: 'Requests',
              items: [
                { to: '/contact-requests', label: 'Contact requests' },
                { to: '/documents', label: 'Documents' },
              ],
            },
            { label: 'Administration', items: [{ to: '/offices', label: 'Offices' }] },
          ]}
        />
      </MemoryRouter>
    </I18nextProvider>,
  );
  return {
    requests: screen.getByRole('button', { name: 'Requests' }),
    administration: screen.getByRole('button', { name: 'Administration' }),
  };
}

describe('SiteHeader submenus', () => {
  it('hide their links until their button opens them, one at a time', () => {
    const { requests, administration } = renderHeader();
    expect(requests.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('link', { name: 'Documents' })).toBeNull();

    fireEvent.click(requests);
    expect(requests.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('link', { name: 'Documents' })).toBeTruthy();

    fireEvent.click(administration);
    expect(requests.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('link', { name: 'Documents' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Offices' })).toBeTruthy();
  });

  it('close on Escape, giving focus back to their button', () => {
    const { requests } = renderHeader();
    fireEvent.click(requests);
    screen.getByRole('link', { name: 'Documents' }).focus();

    fireEvent.keyDown(document, { key: 'Escape' });

    expect(requests.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(requests);
  });

  it('close when a link is followed or the page is pressed elsewhere', () => {
    const { requests } = renderHeader();
    fireEvent.click(requests);
    fireEvent.click(screen.getByRole('link', { name: 'Documents' }));
    expect(requests.getAttribute('aria-expanded')).toBe('false');

    fireEvent.click(requests);
    fireEvent.pointerDown(document.body);
    expect(requests.getAttribute('aria-expanded')).toBe('false');
  });

  it('mark the button current on one of its pages, and the link as the page', () => {
    const { requests, administration } = renderHeader('/documents');
    expect(requests.classList.contains('usa-current')).toBe(true);
    expect(administration.classList.contains('usa-current')).toBe(false);
    fireEvent.click(requests);
    expect(screen.getByRole('link', { name: 'Documents' }).getAttribute('aria-current')).toBe('page');
  });
});
