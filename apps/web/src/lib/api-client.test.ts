import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError, createApiClient } from './api-client.ts';

const Ok = z.object({ ok: z.literal(true) });
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

function fakeSession(token = 'old') {
  let current: string | undefined = token;
  return {
    accessToken: () => current,
    refresh: vi.fn(async () => {
      current = 'new';
      return true;
    }),
    signedOut: vi.fn(),
    requirePasswordChange: vi.fn(),
  };
}

describe('api client', () => {
  it('sends the bearer token and parses the answer with the contract', async () => {
    const fetchImpl = vi.fn(async () => json(200, { ok: true }));
    const request = createApiClient(fakeSession(), fetchImpl);
    await expect(request('/api/x', { schema: Ok })).resolves.toEqual({ ok: true });
    expect(fetchImpl).toHaveBeenCalledWith(
      '/api/x',
      expect.objectContaining({ headers: expect.objectContaining({ authorization: 'Bearer old' }) }),
    );
  });

  it('on a 401 refreshes once and retries with the new token', async () => {
    const session = fakeSession();
    const fetchImpl = vi
      .fn()
      .mockResolvedValueOnce(json(401, { error: { code: 'UNAUTHENTICATED', message: 'Sign in.' } }))
      .mockResolvedValueOnce(json(200, { ok: true }));
    const request = createApiClient(session, fetchImpl);
    await expect(request('/api/x', { schema: Ok })).resolves.toEqual({ ok: true });
    expect(session.refresh).toHaveBeenCalledTimes(1);
    expect(fetchImpl.mock.calls[1]?.[1]).toMatchObject({ headers: { authorization: 'Bearer new' } });
  });

  it('ends the session when the refresh is refused too', async () => {
    const session = fakeSession();
    session.refresh.mockResolvedValueOnce(false);
    const fetchImpl = vi.fn(async () =>
      json(401, { error: { code: 'UNAUTHENTICATED', message: 'Sign in.' } }),
    );
    const request = createApiClient(session, fetchImpl);
    await expect(request('/api/x', { schema: Ok })).rejects.toMatchObject({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
    expect(session.signedOut).toHaveBeenCalledWith('expired');
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });

  it('never refreshes for a wrong password (a 401 about what was typed)', async () => {
    const session = fakeSession();
    const fetchImpl = vi.fn(async () =>
      json(401, { error: { code: 'INVALID_CREDENTIALS', message: 'No.' } }),
    );
    await expect(createApiClient(session, fetchImpl)('/api/x', { schema: Ok })).rejects.toBeInstanceOf(
      ApiError,
    );
    expect(session.refresh).not.toHaveBeenCalled();
  });

  it('turns the uniform error body into a typed error, with fields and Retry-After', async () => {
    const body = {
      error: {
        code: 'RATE_LIMITED',
        message: 'Wait.',
        fields: [{ field: 'userId', message: 'Taken.' }],
        requestId: 'r1',
      },
    };
    const fetchImpl = vi.fn(async () => json(429, body, { 'retry-after': '42' }));
    const error = await createApiClient(fakeSession(), fetchImpl)('/api/x', {
      schema: Ok,
      auth: false,
    }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      status: 429,
      code: 'RATE_LIMITED',
      message: 'Wait.',
      fields: [{ field: 'userId', message: 'Taken.' }],
      requestId: 'r1',
      retryAfterSeconds: 42,
    });
  });

  it('marks the session when the server asks for a password change first', async () => {
    const session = fakeSession();
    const fetchImpl = vi.fn(async () =>
      json(403, { error: { code: 'PASSWORD_CHANGE_REQUIRED', message: 'Change it.' } }),
    );
    await expect(createApiClient(session, fetchImpl)('/api/x', { schema: Ok })).rejects.toMatchObject({
      code: 'PASSWORD_CHANGE_REQUIRED',
    });
    expect(session.requirePasswordChange).toHaveBeenCalled();
  });
});
