// Errors a parent reads follow Accept-Language: the portal sends its language, and the same routes
// answer English or Spanish — the message and each field's reason — while the console's stay English.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createQuestions } from '../testing/fixtures.ts';
import { bearer, signIn } from '../testing/http.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { errorLanguage, translateMessage } from './error-language.ts';

let ctx: TestApp;
beforeAll(async () => {
  ctx = await createTestApp();
  await createQuestions(ctx.prisma);
});
afterAll(() => ctx?.close());

const es = { 'accept-language': 'es-US,es;q=0.9,en;q=0.5' };
const en = { 'accept-language': 'en-US,en;q=0.9' };

describe('error messages in the parent’s language', () => {
  it('a wrong password: the same 401 in Spanish when asked, English otherwise', async () => {
    const { userId } = await createCustomer(ctx.prisma);
    const signInWith = (headers: Record<string, string>) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        headers,
        payload: { userId, password: 'not the password at all' },
      });
    const spanish = await signInWith(es);
    expect(spanish.statusCode).toBe(401);
    expect(spanish.json().error).toEqual({
      code: 'INVALID_CREDENTIALS',
      message: 'El nombre de usuario o la contraseña no son correctos. Revíselos e inténtelo de nuevo.',
    });
    expect(spanish.headers['content-language']).toBe('es');
    expect(spanish.headers['vary']).toContain('Accept-Language');
    const english = await signInWith(en);
    expect(english.json().error.message).toBe(
      'The User ID or password is not correct. Check them and try again.',
    );
    expect(english.headers['content-language']).toBe('en');
  });

  it('a 400 names each field with its reason in Spanish', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/contact-requests',
      headers: es,
      payload: { name: '', topic: 'payments', message: 'Hola' },
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.message).toBe('Falta información o no es válida.');
    expect(error.fields.length).toBeGreaterThan(0);
    expect(error.fields).toContainEqual({ field: 'name', message: 'Ingrese su nombre.' });
    for (const field of error.fields) expect(field.message).not.toMatch(/^(Enter|Use|Choose|Give) /);
  });

  it('a 401 without a session and a 404 in Spanish', async () => {
    const noSession = await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: es });
    expect(noSession.statusCode).toBe(401);
    expect(noSession.json().error.message).toBe('Su sesión terminó. Inicie sesión para continuar.');
    const { userId } = await createCustomer(ctx.prisma);
    const { accessToken } = await signIn(ctx.app, userId);
    const missing = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/no-such-thing',
      headers: { ...es, ...bearer(accessToken) },
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toBe('No encontramos lo que buscaba.');
    // A feature's own message: a case that is not the parent's.
    const otherCase = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/cases/0000000000',
      headers: { ...es, ...bearer(accessToken) },
    });
    expect(otherCase.statusCode).toBe(404);
    expect(otherCase.json().error.message).toBe('No encontramos ese caso en su cuenta.');
  });

  it('has Spanish for every message the parent-facing routes throw', () => {
    // Read from the source, so a message added later without its Spanish fails here. Left English:
    // what only machines read (the card processor's webhook, the mobile app's version header).
    const machineFacing = new Set([
      'No payment has that reference.',
      'This webhook event was already received.',
      'No payment webhook secret is configured.',
      'Send the event as application/json.',
      'The event is not valid JSON.',
      'The event is not one we know.',
      'No app version policy is set.',
      'The X-Client-App header must look like DCSSOnTheGo/5.1.',
      'Use DCSSOnTheGo/<major>.<minor>, for example DCSSOnTheGo/5.1.',
    ]);
    const thrown =
      /(?:badRequest|notFound|conflict|forbidden|unauthenticated|tooMany\w*|DomainError\([^,]+,\s*\d+,|message:)\s*\(?\s*'((?:[^'\\]|\\.)+)'/g;
    const root = join(import.meta.dirname, '..');
    const sources = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
      (file) =>
        file.endsWith('.ts') &&
        !file.endsWith('.test.ts') &&
        !file.includes('staff') &&
        !file.includes('testing'),
    );
    const messages = sources.flatMap((file) =>
      [...readFileSync(join(root, file), 'utf8').matchAll(thrown)]
        .map((match) => match[1] ?? '')
        .filter((message) => message.includes(' ') && message.length >= 12),
    );
    expect(messages.length).toBeGreaterThan(60);
    const untranslated = messages.filter(
      (message) => !machineFacing.has(message) && translateMessage(message, 'es') === message,
    );
    expect(untranslated).toEqual([]);
  });

  it('leaves the staff console’s errors in English', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/staff/accounts?query=x',
      headers: es,
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.message).toMatch(/^[A-Z][a-z]+ /);
    expect(response.headers['content-language']).toBe('en');
  });
});

describe('errorLanguage', () => {
  it('takes the better of English and Spanish by quality, English when neither is asked for', () => {
    expect(errorLanguage('es')).toBe('es');
    expect(errorLanguage('es-MX')).toBe('es');
    expect(errorLanguage('en;q=0.4, es;q=0.8')).toBe('es');
    expect(errorLanguage('es;q=0.2, en')).toBe('en');
    expect(errorLanguage('fr-FR, de')).toBe('en');
    expect(errorLanguage(undefined)).toBe('en');
  });
});
