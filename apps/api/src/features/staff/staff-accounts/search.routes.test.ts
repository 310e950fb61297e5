// Account lookup on the demo data (docs/product.md §7): every form of the one search box finds demo.parent
// (Casey Morgan, born 1986-02-14, SSN 123-45-6781, case 1000000001), results are masked, the reason
// is required, and every search is exactly one audit event with the query masked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededTestApp } from '../../../testing/seeded-app.ts';
import { signInStaff, staffBearer } from '../../../testing/staff.ts';
import type { TestApp } from '../../../testing/test-app.ts';

const IP = '203.0.113.50';
let ctx: TestApp;
let token: string;
let agentId: string;
let parent: { id: string; email: string; phone: string };

beforeAll(async () => {
  ctx = await createSeededTestApp();
  ({ accessToken: token } = await signInStaff(ctx, 'agent.demo'));
  agentId = (await ctx.prisma.staffUser.findUniqueOrThrow({ where: { username: 'agent.demo' } })).id;
  const account = await ctx.prisma.customerAccount.findUniqueOrThrow({
    where: { userIdNormalized: 'demo.parent' },
    include: { person: true },
  });
  parent = { id: account.id, email: account.email ?? '', phone: account.person.phone ?? '' };
});
afterAll(() => ctx.close());

const search = (query: Record<string, string | number>) =>
  ctx.app.inject({
    method: 'GET',
    url: '/api/v1/staff/accounts',
    query: { reason: 'caller-verified', ...query } as Record<string, string>,
    headers: staffBearer(token),
    remoteAddress: IP,
  });

const searchEvents = () =>
  ctx.prisma.auditEvent.findMany({ where: { action: 'staff_search' }, orderBy: { id: 'asc' } });

describe('account lookup', () => {
  it.each([
    ['User ID', 'demo.parent', 'user_id'],
    ['User ID, any case', '  Demo.Parent ', 'user_id'],
    ['case number', '1000000001', 'case_number'],
    ['"last, first"', 'morgan, casey', 'name'],
    ['"last first"', 'Morgan Casey', 'name'],
    ['a typo', 'morgn casey', 'name'],
    ['a prefix', 'morg, cas', 'name'],
    ['SSN last 4 + ISO date of birth', '6781 1986-02-14', 'ssn_dob'],
    ['SSN last 4 + US date of birth', '6781 02/14/1986', 'ssn_dob'],
  ])('finds demo.parent by %s', async (_form, q, matchedOn) => {
    const response = await search({ q });
    expect(response.statusCode, response.body).toBe(200);
    const { items } = response.json();
    expect(items.map((i: { userId: string }) => i.userId)).toContain('demo.parent');
    const found = items.find((i: { userId: string }) => i.userId === 'demo.parent');
    expect(found.matchedOn).toBe(matchedOn);
    if (matchedOn !== 'case_number') expect(items[0].userId).toBe('demo.parent'); // ranked first
  });

  it('finds demo.parent by phone, bare or formatted', async () => {
    const p = parent.phone;
    for (const q of [
      p,
      `(${p.slice(0, 3)}) ${p.slice(3, 6)}-${p.slice(6)}`,
      `+1 ${p.slice(0, 3)}.${p.slice(3, 6)}.${p.slice(6)}`,
    ]) {
      const { items } = (await search({ q })).json();
      expect(
        items.map((i: { userId: string }) => i.userId),
        q,
      ).toContain('demo.parent');
    }
  });

  it('finds both parents of case 1000000001, with their roles', async () => {
    const body = (await search({ q: '1000000001' })).json();
    expect(body.searchedBy).toEqual(['case_number', 'phone']);
    const users = body.items.map((i: { userId: string }) => i.userId).sort();
    expect(users).toEqual(['demo.parent', 'demo.payer']);
    const payer = body.items.find((i: { userId: string }) => i.userId === 'demo.payer');
    expect(payer.cases).toEqual(
      expect.arrayContaining([expect.objectContaining({ caseNumber: '1000000001', role: 'non_custodial' })]),
    );
  });

  it('answers masked: no full SSN, date of birth, email or phone', async () => {
    const response = await search({ q: 'morgan, casey' });
    const item = response.json().items[0];
    expect(item).toMatchObject({
      accountId: parent.id,
      firstName: 'Casey',
      lastName: 'Morgan',
      ssn: '***-**-6781',
      birthYear: 1986,
      email: `${parent.email.slice(0, 1)}•••${parent.email.slice(parent.email.indexOf('@'))}`,
      phone: `•••-•••-${parent.phone.slice(-4)}`,
      badges: [{ kind: 'active', label: 'Active', until: null }],
      cases: [
        {
          caseNumber: '1000000001',
          role: 'custodial',
          status: expect.any(String),
          county: expect.any(String),
        },
      ],
    });
    for (const secret of [
      '123-45-6781',
      '123456781',
      '1986-02-14',
      '02/14/1986',
      parent.email,
      parent.phone,
    ]) {
      expect(response.body.includes(secret), secret).toBe(false);
    }
  });

  it('ranks and pages: the exact name first, then the next page', async () => {
    const first = (await search({ q: 'morgan', limit: 1 })).json();
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (await search({ q: 'morgan', limit: 1, cursor: first.nextCursor })).json();
    expect(second.items).toHaveLength(1);
    expect(second.items[0].accountId).not.toBe(first.items[0].accountId);
    expect(second.items[0].score).toBeLessThanOrEqual(first.items[0].score);
    expect((await search({ q: 'morgan', cursor: 'garbage' })).statusCode).toBe(400);
  });

  it('requires a reason, and a text for "other"; refusals read nothing and audit nothing', async () => {
    const before = (await searchEvents()).length;
    const noReason = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/staff/accounts?q=demo.parent',
      headers: staffBearer(token),
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields).toEqual([expect.objectContaining({ field: 'reason' })]);
    expect((await search({ q: 'demo.parent', reason: 'curiosity' })).statusCode).toBe(400);
    const other = await search({ q: 'demo.parent', reason: 'other' });
    expect(other.statusCode).toBe(400);
    expect(other.json().error.fields).toEqual([
      { field: 'reasonText', message: 'Say briefly why you are looking.' },
    ]);
    expect(
      (await search({ q: 'demo.parent', reason: 'other', reasonText: 'returned mail' })).statusCode,
    ).toBe(200);
    expect((await searchEvents()).length).toBe(before + 1);
  });

  it('refuses a full SSN or a lone last 4, without recording it', async () => {
    const before = (await searchEvents()).length;
    for (const q of ['123-45-6781', '123456781', '6781', '6781 1986-02-30']) {
      const response = await search({ q });
      expect(response.statusCode, q).toBe(400);
      expect(response.body.includes('6781'), q).toBe(false);
    }
    expect((await searchEvents()).length).toBe(before);
  });

  it('leaves exactly one audit row per search, with actor, subject, time, IP, request id, reason and the query masked', async () => {
    const cases: Array<[string, RegExp, string[]]> = [
      ['morgan, casey', /^name morgan, casey$/, []],
      [
        '6781 1986-02-14',
        /^SSN \*{3}-\*{2}-\*{4} \+ date of birth \*{4}-\*{2}-\*{2}$/,
        ['6781', '1986', '02-14'],
      ],
      [parent.phone, /^case number or phone •••-•••-\d{4}$/, [parent.phone]],
      ['1000000001', /^case number 1000000001$/, []],
      ['demo.parent', /^User ID demo\.parent$/, []],
    ];
    for (const [q, masked, absent] of cases) {
      const before = await searchEvents();
      const response = await search({ q, reason: 'callback' });
      const after = await searchEvents();
      expect(after.length, q).toBe(before.length + 1);
      const event = after.at(-1);
      expect(event, q).toMatchObject({
        outcome: 'success',
        actorType: 'staff',
        actorId: agentId,
        subjectType: 'customer_account_search',
        ip: IP,
        requestId: response.headers['x-request-id'],
        occurredAt: ctx.clock.now(),
      });
      expect(event?.subjectId, q).toMatch(masked);
      expect(event?.details, q).toMatchObject({
        query: expect.stringMatching(masked),
        reason: 'callback',
        results: response.json().items.length,
      });
      // Everything but the ids (random hex could contain any 4 digits).
      const details = Object.entries(event?.details ?? {}).filter(([key]) => key !== 'accountIds');
      const words = JSON.stringify({ subject: event?.subjectId, details });
      for (const secret of absent) expect(words.includes(secret), `${q}: ${secret}`).toBe(false);
    }
    const single = (await searchEvents()).at(-1);
    expect(single?.accountId).toBe(parent.id); // one result: the audit names the account
  });
});
