// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createApiClient } from './api-client.ts';

const session = { accessToken: () => 't1', refresh: async () => true, signedOut: () => {} };

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('saveFile', () => {
  it('saves the file under the name the server gives and frees its blob: URL afterwards', async () => {
    vi.useFakeTimers();
    // jsdom has no object URLs; stand-ins that record what was made and freed.
    const created = vi.fn((_blob: Blob) => 'blob:file-1');
    const revoked = vi.fn((_url: string) => undefined);
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: revoked });
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe('letter.pdf');
      expect(this.href).toBe('blob:file-1');
    });
    const fetchImpl = vi.fn(
      async () =>
        new Response('%PDF', {
          status: 200,
          headers: { 'content-disposition': 'attachment; filename="letter.pdf"' },
        }),
    );

    const { saveFile } = createApiClient(session, { fetchImpl });
    await expect(saveFile('/api/v1/documents/d1/file', 'fallback.pdf')).resolves.toBe('letter.pdf');

    expect(clicked).toHaveBeenCalledTimes(1);
    expect(document.querySelector('a')).toBeNull();
    expect(revoked).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_000);
    expect(revoked).toHaveBeenCalledWith('blob:file-1');
  });
});

describe('request', () => {
  it('asks for error messages in the language the page is shown in', async () => {
    const fetchImpl = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) =>
      Response.json({ ok: true }),
    );
    const { request } = createApiClient(session, { fetchImpl });
    document.documentElement.lang = 'es';
    await request('/api/v1/me', { schema: z.object({ ok: z.boolean() }) });
    document.documentElement.lang = 'en';
    await request('/api/v1/me', { schema: z.object({ ok: z.boolean() }) });
    const sent = fetchImpl.mock.calls.map(([, init]) => new Headers(init?.headers).get('accept-language'));
    expect(sent).toEqual(['es', 'en']);
  });
});
