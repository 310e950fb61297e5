import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../testing/test-app.ts';

describe('OpenAPI document', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(async () => ctx.close());

  it('is generated from the route schemas', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/ready']));
    expect(document.paths['/api/ready'].get.responses['503']).toBeDefined();
  });

  it('documents the account routes, their errors and which need a bearer token', async () => {
    const document = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/security-questions',
        '/api/v1/auth/password-policy',
        '/api/v1/auth/identify',
        '/api/v1/auth/sign-in',
        '/api/v1/auth/refresh',
        '/api/v1/auth/sign-out',
        '/api/v1/auth/sign-out-everywhere',
        '/api/v1/auth/sign-ins',
        '/api/v1/auth/change-password',
        '/api/v1/registration/verify',
        '/api/v1/registration/complete',
        '/api/v1/me',
      ]),
    );
    expect(document.paths['/api/v1/me'].get.security).toEqual([{ bearerAuth: [] }]);
    expect(document.paths['/api/v1/auth/sign-in'].post.security).toBeUndefined();
    expect(document.paths['/api/v1/auth/sign-in'].post.responses['401']).toBeDefined();
    expect(document.paths['/api/v1/registration/complete'].post.responses['201']).toBeDefined();
  });

  it('has a browsable page', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
  });
});
