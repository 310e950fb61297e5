import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createQuestions } from '../../testing/fixtures.ts';
import { bearer, getMe, signIn } from '../../testing/http.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { maskEmail } from './account.service.ts';

let ctx: TestApp;
beforeAll(async () => {
  ctx = await createTestApp();
  await createQuestions(ctx.prisma);
});
afterAll(() => ctx.close());

describe('GET /api/v1/me', () => {
  it('shows who is signed in, the email masked, and the sign-in before this one', async () => {
    const earlier = new Date('2026-10-01T12:00:00.000Z');
    const { userId } = await createCustomer(ctx.prisma, {
      userId: 'Casey.Sample',
      email: 'casey.sample@example.com',
      lastSignInAt: earlier,
      firstName: 'Casey',
      lastName: 'Sample',
    });
    const first = await signIn(ctx.app, userId);
    const me = await getMe(ctx.app, first.accessToken);
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual({
      userId: 'Casey.Sample',
      firstName: 'Casey',
      lastName: 'Sample',
      email: 'c•••@example.com',
      previousSignInAt: earlier.toISOString(),
      mustChangePassword: false,
      preferredLanguage: 'en',
    });
    expect(me.headers['cache-control']).toBe('no-store');

    const signedInAt = ctx.clock.now().toISOString();
    ctx.clock.advance(60_000);
    const second = await signIn(ctx.app, userId);
    expect((await getMe(ctx.app, second.accessToken)).json().previousSignInAt).toBe(signedInAt);
  });

  it('needs a session', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/me' });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('UNAUTHENTICATED');
  });
});

describe('PUT /api/v1/me/language', () => {
  it('keeps the language the parent chose, so the next sign-in and every email use it', async () => {
    const { userId, accountId } = await createCustomer(ctx.prisma, { email: 'luz@example.com' });
    const first = await signIn(ctx.app, userId);
    const set = await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/me/language',
      headers: bearer(first.accessToken),
      payload: { language: 'es' },
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().preferredLanguage).toBe('es');

    const next = await signIn(ctx.app, userId);
    expect((await getMe(ctx.app, next.accessToken)).json().preferredLanguage).toBe('es');
    const audit = await ctx.prisma.auditEvent.findMany({
      where: { accountId, action: 'preferred_language_changed' },
    });
    expect(audit.map((event) => event.details)).toEqual([{ from: 'en', to: 'es' }]);
  });

  it('refuses a language the portal does not offer, naming the field', async () => {
    const { userId } = await createCustomer(ctx.prisma);
    const { accessToken } = await signIn(ctx.app, userId);
    const response = await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/me/language',
      headers: bearer(accessToken),
      payload: { language: 'fr' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([expect.objectContaining({ field: 'language' })]);
  });

  it('needs a session', async () => {
    const response = await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/me/language',
      payload: { language: 'es' },
    });
    expect(response.statusCode).toBe(401);
  });
});

describe('maskEmail', () => {
  it('keeps the first letter and the domain', () => {
    expect(maskEmail('jordan@example.org')).toBe('j•••@example.org');
    expect(maskEmail('a@b.co')).toBe('a•••@b.co');
    expect(maskEmail(null)).toBeNull();
  });
});
