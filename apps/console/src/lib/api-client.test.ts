import { z } from 'zod';
import { describe, expect, it, vi } from 'vitest';
import { ApiError, createApiClient } from './api-client.ts';

const Ok = z.object({ ok: z.literal(true) });
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

function fakeSession(token = 't1') {
  let current: string | undefined = token;
  return {
    accessToken: () => current,
    refresh: vi.fn(async () => {
      current = 't2';
      return true;
    }),
    signedOut: vi.fn(),
  };
}

describe('console API client', () => {
  it('sends the staff bearer token and parses the answer', async () => {
    const fetchImpl = vi.fn(async () => json(200, { ok: true }));
    const { request } = createApiClient(fakeSession(), fetchImpl);
    await expect(request('/api/v1/staff/me', { schema: Ok })).resolves.toEqual({ ok: true });
    expect(fetchImpl).toHaveBeenCalledWith(
      '/api/v1/staff/me',
      expect.objectContaining({ headers: expect.objectContaining({ authorization: 'Bearer t1' }) }),
    );
  });

  it('refreshes once on an expired token and retries with the new one', async () => {
    const fetchImpl = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(json(401, { error: { code: 'UNAUTHENTICATED', message: 'Sign in' } }))
      .mockResolvedValueOnce(json(200, { ok: true }));
    const session = fakeSession();
    const { request } = createApiClient(session, fetchImpl);
    await expect(request('/x', { schema: Ok })).resolves.toEqual({ ok: true });
    expect(session.refresh).toHaveBeenCalledTimes(1);
    expect(fetchImpl.mock.calls[1]?.[1]?.headers).toMatchObject({ authorization: 'Bearer t2' });
  });

  it('ends the session as expired when the refresh is refused (8 hours, or idle on the server)', async () => {
    const fetchImpl = vi.fn(async () =>
      json(401, { error: { code: 'UNAUTHENTICATED', message: 'Sign in' } }),
    );
    const session = { ...fakeSession(), refresh: vi.fn(async () => false) };
    const { request } = createApiClient(session, fetchImpl);
    await expect(request('/x', { schema: Ok })).rejects.toBeInstanceOf(ApiError);
    expect(session.signedOut).toHaveBeenCalledWith('expired');
  });

  it('turns the uniform error body into an ApiError with its fields', async () => {
    const fetchImpl = vi.fn(async () =>
      json(400, {
        error: { code: 'VALIDATION_FAILED', message: 'Bad', fields: [{ field: 'q', message: 'Too short' }] },
      }),
    );
    const { request } = createApiClient(fakeSession(), fetchImpl);
    await expect(request('/x', { schema: Ok })).rejects.toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'q', message: 'Too short' }],
    });
  });

  it('downloads a file with the name the server gives', async () => {
    const fetchImpl = vi.fn(
      async () =>
        new Response('a,b\n', {
          status: 200,
          headers: { 'content-disposition': 'attachment; filename="audit-trail-2026-11-22.csv"' },
        }),
    );
    const { download } = createApiClient(fakeSession(), fetchImpl);
    const file = await download('/api/v1/staff/audit.csv', 'audit.csv');
    expect(file.filename).toBe('audit-trail-2026-11-22.csv');
    expect(await file.blob.text()).toBe('a,b\n');
  });
});
