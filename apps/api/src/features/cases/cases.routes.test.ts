// My Case through HTTP: signed-in parents see their own cases only, with no-store answers and no
// SSN or address of anyone in them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededTestApp, signIn } from '../../testing/seeded-app.ts';

let ctx: Awaited<ReturnType<typeof createSeededTestApp>>;
let payer: string;
let parent: string;

beforeAll(async () => {
  ctx = await createSeededTestApp();
  payer = await signIn(ctx.app, 'demo.payer');
  parent = await signIn(ctx.app, 'demo.parent');
});
afterAll(() => ctx?.close());

const get = (url: string, token?: string) =>
  ctx.app.inject({ method: 'GET', url, headers: token ? { authorization: `Bearer ${token}` } : {} });

describe('GET /api/v1/cases', () => {
  it('lists a paying parent’s two cases with roles, and is never cached', async () => {
    const response = await get('/api/v1/cases', payer);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(
      response.json().items.map((c: { caseNumber: string; role: string }) => [c.caseNumber, c.role]),
    ).toEqual([
      ['1000000001', 'non_custodial'],
      ['1000000002', 'non_custodial'],
    ]);
  });

  it('needs a signed-in parent', async () => {
    expect((await get('/api/v1/cases')).statusCode).toBe(401);
  });
});

describe('GET /api/v1/cases/:caseNumber', () => {
  it('answers another parent’s case with the same 404 as a case that does not exist', async () => {
    const other = await get('/api/v1/cases/1000000002', parent);
    const missing = await get('/api/v1/cases/9999999999', parent);
    expect(other.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    const strip = (body: string) => ({ ...JSON.parse(body).error, requestId: undefined });
    expect(strip(other.body)).toEqual(strip(missing.body));
    expect((await get('/api/v1/cases/1000000002/payments', parent)).statusCode).toBe(404);
  });

  it('gives the detail with no SSN and no address of anyone', async () => {
    const response = await get('/api/v1/cases/1000000001', parent);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      caseNumber: '1000000001',
      role: 'custodial',
      otherPartyName: 'Riley Morgan',
    });
    const riley = await ctx.db.prisma.person.findFirstOrThrow({
      where: { firstName: 'Riley', lastName: 'Morgan' },
    });
    expect(response.body).not.toContain(riley.addressLine1 ?? 'no address');
    for (const ssn of ['123-45-6781', '123456781', '123-45-6782', '123456782'])
      expect(response.body).not.toContain(ssn);
  });

  it('refuses a malformed case number with a 400 naming the field', async () => {
    const response = await get('/api/v1/cases/12ab', parent);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[0].field).toBe('caseNumber');
  });
});

describe('GET /api/v1/cases/:caseNumber/payments', () => {
  it('pages newest first with a cursor and filters by source', async () => {
    const first = await get('/api/v1/cases/1000000002/payments?limit=5', payer);
    expect(first.statusCode).toBe(200);
    const page = first.json();
    expect(page.items).toHaveLength(5);
    const next = await get(`/api/v1/cases/1000000002/payments?limit=5&cursor=${page.nextCursor}`, payer);
    expect(next.json().items[0].receivedAt < page.items[4].receivedAt).toBe(true);
    const mail = await get('/api/v1/cases/1000000002/payments?limit=100&source=mail', payer);
    expect(mail.json().items.every((p: { source: string }) => p.source === 'mail')).toBe(true);
    expect((await get('/api/v1/cases/1000000002/payments?limit=1000', payer)).statusCode).toBe(400);
  });

  it('gives 24 months of owed and paid for the chart', async () => {
    const response = await get('/api/v1/cases/1000000002/payments/monthly', payer);
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toHaveLength(24);
  });
});
