// The console engineer builds against the OpenAPI document: every console and admin path is in
// it, with its bearer requirement, its request schema and its error answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let ctx: TestApp;
let document: {
  paths: Record<
    string,
    Record<
      string,
      {
        security?: unknown;
        requestBody?: { content: Record<string, { schema: { required?: string[] } }> };
        responses: Record<string, unknown>;
      }
    >
  >;
};

beforeAll(async () => {
  ctx = await createTestApp();
  document = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
});
afterAll(() => ctx.close());

describe('OpenAPI for the console', () => {
  it('lists every console and admin route, each guarded one with a bearer requirement', () => {
    for (const route of ctx.app.consoleRoutes) {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      const operation = document.paths[path]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${path}`).toBeDefined();
      expect(operation?.security, path).toEqual([{ bearerAuth: [] }]);
      expect(operation?.responses['403'], path).toBeDefined();
    }
    const signIn = document.paths['/api/v1/staff/auth/sign-in']?.post;
    expect(signIn?.security).toBeUndefined();
    expect(signIn?.requestBody?.content['application/json']?.schema.required).toEqual([
      'username',
      'password',
      'acknowledgedWarning',
    ]);
    expect(signIn?.responses['401']).toBeDefined();
    expect(document.paths['/api/v1/staff/accounts']?.get?.responses['503']).toBeDefined();
  });
});
