// Hostile text never becomes a 500 (docs/security.md, "Hostile input"): every string field of every
// route in the OpenAPI document — body properties at any depth, query and path parameters — is
// sent a NUL character, signed in as whoever the route admits, and must answer 400 naming that
// field. Before the rule, a NUL in a staff contact-request answer or a document-review message
// reached PostgreSQL and answered 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createQuestions } from './testing/fixtures.ts';
import { bearer, signIn } from './testing/http.ts';
import { multipartBody, tinyPng } from './testing/multipart.ts';
import { createStaffUser, signInStaff } from './testing/staff.ts';
import { createTestApp, type TestApp } from './testing/test-app.ts';

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};
type Parameter = { in: string; name: string; schema?: JsonSchema };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
};
type Target = { where: 'body' | 'query' | 'path'; path: string[] };

const NUL = 'x\u0000y';
// Path parameters the NUL does not target get a value their own schema accepts.
const PLAUSIBLE: Record<string, string> = { caseNumber: '2000000001', key: 'payments' };
const SOME_ID = '01900000-0000-7000-8000-000000000000';
let ctx: TestApp;
let tokens: Record<string, string>[];
let operations: { method: string; url: string; operation: Operation }[];
let address = 0;

const typesOf = (schema: JsonSchema) => (Array.isArray(schema.type) ? schema.type : [schema.type]);

/** The paths of every string a body schema accepts, through objects, arrays and unions. */
function stringPaths(schema: JsonSchema, path: string[] = []): string[][] {
  const options = [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
  const found = options.flatMap((option) => stringPaths(option, path));
  if (typesOf(schema).includes('string')) found.push(path);
  for (const [key, property] of Object.entries(schema.properties ?? {}))
    found.push(...stringPaths(property, [...path, key]));
  if (schema.items) found.push(...stringPaths(schema.items, [...path, '0']));
  const unique = new Map(found.map((p) => [p.join('.'), p]));
  return [...unique.values()];
}

/** A value holding NUL at `path` (array indices as one-element arrays). */
function nested(path: string[]): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return NUL;
  return head === '0' ? [nested(rest)] : { [head]: nested(rest) };
}

function requestFor(url: string, operation: Operation, target: Target) {
  const pathParams = (operation.parameters ?? []).filter((p) => p.in === 'path');
  let filled = url;
  for (const param of pathParams) {
    const value =
      target.where === 'path' && target.path[0] === param.name
        ? encodeURIComponent(NUL)
        : (PLAUSIBLE[param.name] ?? SOME_ID);
    filled = filled.replace(`{${param.name}}`, value);
  }
  if (target.where === 'query') filled += `?${target.path[0]}=${encodeURIComponent(NUL)}`;
  return { url: filled, payload: target.where === 'body' ? nested(target.path) : undefined };
}

beforeAll(async () => {
  ctx = await createTestApp();
  await createQuestions(ctx.prisma);
  const customer = await createCustomer(ctx.prisma);
  const parent = await signIn(ctx.app, customer.userId);
  await createStaffUser(ctx.prisma, { username: 'admin.nul', role: 'admin' });
  const admin = await signInStaff(ctx, 'admin.nul');
  await createStaffUser(ctx.prisma, { username: 'new.nul', role: 'admin', enrolled: false });
  const enrolling = await signInStaff(ctx, 'new.nul');
  tokens = [{}, bearer(parent.accessToken), bearer(admin.accessToken), bearer(enrolling.accessToken)];
  const document: { paths: Record<string, Record<string, Operation>> } = (
    await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })
  ).json();
  operations = Object.entries(document.paths).flatMap(([url, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ method: method.toUpperCase(), url, operation })),
  );
});
afterAll(() => ctx.close());

describe('control characters in any string a route accepts', () => {
  it('answer 400 naming the field, on every route', async () => {
    const missed: string[] = [];
    let tried = 0;
    for (const { method, url, operation } of operations) {
      const body = operation.requestBody?.content['application/json']?.schema;
      const targets: Target[] = [
        ...(body ? stringPaths(body).filter((p) => p.length > 0) : []).map((path) => ({
          where: 'body' as const,
          path,
        })),
        ...(operation.parameters ?? [])
          .filter((p) => (p.in === 'query' || p.in === 'path') && typesOf(p.schema ?? {}).includes('string'))
          .map((p) => ({ where: p.in === 'query' ? ('query' as const) : ('path' as const), path: [p.name] })),
      ];
      for (const target of targets) {
        const request = requestFor(url, operation, target);
        let answer;
        for (const headers of tokens) {
          address += 1;
          answer = await ctx.app.inject({
            method: method as 'POST',
            url: request.url,
            headers,
            remoteAddress: `10.9.${Math.floor(address / 250) % 250}.${address % 250}`,
            ...(request.payload === undefined ? {} : { payload: request.payload as object }),
          });
          if (answer.statusCode !== 401 && answer.statusCode !== 403) break;
        }
        tried += 1;
        const field = target.path.join('.');
        const fields: { field: string }[] = answer?.json().error?.fields ?? [];
        if (answer?.statusCode !== 400 || !fields.some((f) => f.field === field))
          missed.push(`${method} ${url} ${target.where}:${field} → ${answer?.statusCode} ${answer?.body}`);
      }
    }
    expect(tried).toBeGreaterThan(100);
    expect(missed).toEqual([]);
  });

  it('answer 400 naming the field in an upload’s form fields', async () => {
    const customer = await createCustomer(ctx.prisma);
    const parent = await signIn(ctx.app, customer.userId);
    const upload = multipartBody({ description: NUL }, [
      { fileName: 'note.png', contentType: 'image/png', content: tinyPng },
    ]);
    const answer = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/documents',
      headers: { ...bearer(parent.accessToken), ...upload.headers },
      payload: upload.payload,
    });
    expect(answer.statusCode, answer.body).toBe(400);
    expect(answer.json().error.fields).toEqual([expect.objectContaining({ field: 'description' })]);
  });
});
