// The console's review queue: agents (and up) see waiting documents first, download one, accept or
// reject it once with a message the parent then reads; every step is in the audit trail, and
// customers cannot reach any of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer } from '../../../testing/http.ts';
import { multipartBody, tinyPdf, tinyPng } from '../../../testing/multipart.ts';
import { createSeededTestApp, signIn } from '../../../testing/seeded-app.ts';
import { signInStaff, staffBearer } from '../../../testing/staff.ts';

let ctx: Awaited<ReturnType<typeof createSeededTestApp>>;
let parent: string;
let agent: string;
const uploaded: string[] = [];

beforeAll(async () => {
  ctx = await createSeededTestApp();
  parent = await signIn(ctx.app, 'demo.parent');
  agent = (await signInStaff(ctx, 'agent.demo')).accessToken;
  for (const [index, content] of [tinyPdf, tinyPng, tinyPdf].entries()) {
    ctx.clock.advance(60_000);
    const { payload, headers } = multipartBody({ description: `Document ${index + 1}` }, [
      { fileName: `doc-${index + 1}.bin`, content },
    ]);
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/documents',
      payload,
      headers: { ...headers, ...bearer(parent) },
    });
    expect(response.statusCode, response.body).toBe(201);
    uploaded.push(response.json().id);
  }
});
afterAll(() => ctx?.close());

const asAgent = (method: 'GET' | 'POST', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: staffBearer(agent), ...(payload ? { payload } : {}) });
const review = (id: string, payload: object) =>
  asAgent('POST', `/api/v1/staff/documents/${id}/review`, payload);

describe('review queue', () => {
  it('refuses customers with 403 and anonymous callers with 401', async () => {
    const customer = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/staff/documents',
      headers: bearer(parent),
    });
    expect(customer.statusCode).toBe(403);
    const anonymous = await ctx.app.inject({ method: 'GET', url: '/api/v1/staff/documents' });
    expect(anonymous.statusCode).toBe(401);
    const customerReview = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/staff/documents/${uploaded[0]}/review`,
      headers: bearer(parent),
      payload: { decision: 'accepted' },
    });
    expect(customerReview.statusCode).toBe(403);
  });

  it('pages with { items, nextCursor }, waiting documents first, and records the read', async () => {
    const [oldest = '', middle = '', newest = ''] = uploaded;
    expect((await review(oldest, { decision: 'accepted' })).statusCode).toBe(200);
    const first = await asAgent('GET', '/api/v1/staff/documents?limit=2');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().items.map((item: { id: string }) => item.id)).toEqual([newest, middle]);
    expect(first.json().items[0]).toMatchObject({
      userId: 'demo.parent',
      customerName: 'Casey Morgan',
      status: 'submitted',
      description: 'Document 3',
    });
    const second = await asAgent('GET', `/api/v1/staff/documents?limit=2&cursor=${first.json().nextCursor}`);
    expect(second.json()).toEqual({
      items: [expect.objectContaining({ id: oldest, status: 'accepted' })],
      nextCursor: null,
    });
    const waiting = await asAgent('GET', '/api/v1/staff/documents?status=submitted');
    expect(waiting.json().items.map((item: { id: string }) => item.id)).toEqual([newest, middle]);
    expect((await asAgent('GET', '/api/v1/staff/documents?cursor=not-a-cursor')).statusCode).toBe(400);
    expect(
      await ctx.prisma.auditEvent.count({
        where: { action: 'staff_document_queue_read', actorType: 'staff' },
      }),
    ).toBeGreaterThanOrEqual(3);
  });

  it('lets an agent download a document, audited against the parent’s account', async () => {
    const id = uploaded[1] ?? '';
    const response = await asAgent('GET', `/api/v1/staff/documents/${id}/file`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('image/png');
    expect(response.headers['content-disposition']).toContain('attachment;');
    expect(response.rawPayload).toEqual(tinyPng);
    const owner = await ctx.prisma.customerAccount.findUniqueOrThrow({
      where: { userIdNormalized: 'demo.parent' },
    });
    const event = await ctx.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'staff_document_viewed' },
      orderBy: { id: 'desc' },
    });
    expect(event).toMatchObject({
      accountId: owner.id,
      subjectType: 'document',
      subjectId: id,
      actorType: 'staff',
    });
  });
});

describe('accept or reject', () => {
  it('requires a message to reject, and shows it to the parent', async () => {
    const id = uploaded[1] ?? '';
    const bare = await review(id, { decision: 'rejected' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.fields[0].field).toBe('message');
    const rejected = await review(id, {
      decision: 'rejected',
      message: 'The photo is blurry; please upload a clearer copy.',
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json().document).toMatchObject({
      status: 'rejected',
      reviewMessage: 'The photo is blurry; please upload a clearer copy.',
    });
    const mine = await ctx.app.inject({ method: 'GET', url: '/api/v1/documents', headers: bearer(parent) });
    expect(mine.json().items.find((item: { id: string }) => item.id === id)).toMatchObject({
      status: 'rejected',
      reviewMessage: 'The photo is blurry; please upload a clearer copy.',
    });
    const event = await ctx.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'staff_document_reviewed', subjectId: id },
    });
    expect(event.details).toMatchObject({ decision: 'rejected' });
  });

  it('answers a second review with 409 and keeps the first', async () => {
    const id = uploaded[2] ?? '';
    const results = await Promise.all([
      review(id, { decision: 'accepted' }),
      review(id, { decision: 'rejected', message: 'Wrong document.' }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const again = await review(id, { decision: 'accepted' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('CONFLICT');
    const row = await ctx.prisma.document.findUniqueOrThrow({ where: { id } });
    const winner = results.find((r) => r.statusCode === 200)?.json().document.status;
    expect(row.status).toBe(winner);
    expect(
      await ctx.prisma.auditEvent.count({ where: { action: 'staff_document_reviewed', subjectId: id } }),
    ).toBe(1);
  });

  it('answers an unknown document with 404', async () => {
    expect((await review('0190d1a4-0000-7000-8000-000000000000', { decision: 'accepted' })).statusCode).toBe(
      404,
    );
  });
});
