// Office administration from the console: admins only (agents and supervisors 403, signed out 401),
// validation naming the field at fault, one name per county (409), every change audited with the
// office before and after in the change's transaction — and nothing changed when the audit insert
// fails (503). A new office is in the Office Finder at once (the API caches nothing).
import { GEORGIA_COUNTIES, OFFICE_SERVICES } from '@cos/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededTestApp } from '../../../testing/seeded-app.ts';
import { signInStaff, staffBearer } from '../../../testing/staff.ts';
import type { TestApp } from '../../../testing/test-app.ts';
import { describeEvent } from '../staff-audit/audit-words.ts';

let ctx: TestApp;
const tokens: Record<'agent' | 'supervisor' | 'admin', string> = { agent: '', supervisor: '', admin: '' };

beforeAll(async () => {
  ctx = await createSeededTestApp();
  for (const role of ['agent', 'supervisor', 'admin'] as const)
    tokens[role] = (await signInStaff(ctx, `${role}.demo`)).accessToken;
});
afterAll(() => ctx.close());

type Method = 'GET' | 'POST' | 'PATCH';
const call = (method: Method, url: string, payload?: object, token: string | null = tokens.admin) =>
  ctx.app.inject({ method, url, ...(payload ? { payload } : {}), headers: token ? staffBearer(token) : {} });
const finder = async (q: string) =>
  (await ctx.app.inject({ method: 'GET', url: '/api/v1/offices', query: { q } })).json().items as {
    name: string;
    phone: string;
  }[];
const lastEvent = (action: string) =>
  ctx.prisma.auditEvent.findFirstOrThrow({ where: { action }, orderBy: { id: 'desc' } });
const detailsOf = async (action: string) =>
  (await lastEvent(action)).details as Record<string, string | null>;

const newOffice = {
  name: 'Baxley Child Support Office',
  county: 'appling county',
  addressLine1: '12 Parker Street',
  city: 'Baxley',
  zip: '31513',
  phone: '(912) 555-0142',
  hours: 'Tuesday and Thursday 9:00 a.m.–3:00 p.m.',
  services: ['Open a child support case', 'Establish paternity'],
  latitude: 31.778,
  longitude: -82.348,
};

describe('who may administer offices', () => {
  const someId = '0195f0c0-0000-7000-8000-000000000000';
  it.each([
    ['GET', '/api/v1/admin/offices'],
    ['GET', `/api/v1/admin/offices/${someId}`],
    ['POST', '/api/v1/admin/offices'],
    ['PATCH', `/api/v1/admin/offices/${someId}`],
  ] as const)('%s %s: 403 for an agent and a supervisor, 401 signed out', async (method, url) => {
    const body = method === 'GET' ? undefined : newOffice;
    for (const role of ['agent', 'supervisor'] as const) {
      const response = await call(method, url, body, tokens[role]);
      expect(response.statusCode, role).toBe(403);
      expect(response.json().error.code).toBe('FORBIDDEN');
    }
    expect((await call(method, url, body, null)).statusCode).toBe(401);
  });

  it('lists every office to an admin by county then name; the seeded counties and services are the contract’s', async () => {
    const response = await call('GET', '/api/v1/admin/offices');
    expect(response.statusCode).toBe(200);
    const items: { county: string; name: string; services: string[]; active: boolean }[] =
      response.json().items;
    expect(items).toHaveLength(28);
    const keys = items.map((office) => `${office.county}|${office.name}`);
    expect(keys).toEqual([...keys].sort());
    expect(items.every((office) => office.active)).toBe(true);
    for (const office of items) {
      expect(GEORGIA_COUNTIES).toContain(office.county);
      for (const service of office.services) expect(OFFICE_SERVICES).toContain(service);
    }
  });

  it('answers 404 for an office that does not exist and 400 for an id that is not one', async () => {
    expect((await call('GET', '/api/v1/admin/offices/0195f0c0-0000-7000-8000-000000000000')).statusCode).toBe(
      404,
    );
    expect(
      (
        await call('PATCH', '/api/v1/admin/offices/0195f0c0-0000-7000-8000-000000000000', {
          hours: 'Mondays',
        })
      ).statusCode,
    ).toBe(404);
    expect((await call('GET', '/api/v1/admin/offices/42')).json().error.fields[0].field).toBe('id');
  });
});

describe('creating and editing', () => {
  it('creates an office (county spelt as Georgia does, phone kept as 10 digits), found by the finder at once, audited', async () => {
    const created = await call('POST', '/api/v1/admin/offices', newOffice);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      name: newOffice.name,
      county: 'Appling',
      state: 'GA',
      phone: '9125550142',
      addressLine2: null,
      active: true,
    });
    expect((await finder('baxley')).map((office) => office.name)).toEqual([newOffice.name]);
    const event = await lastEvent('staff_office_created');
    expect(event).toMatchObject({ actorType: 'staff', subjectType: 'office', subjectId: created.json().id });
    const details = event.details as Record<string, string | null>;
    expect(details['before']).toBeNull();
    expect(JSON.parse(String(details['after']))).toMatchObject({
      name: newOffice.name,
      county: 'Appling',
      phone: '9125550142',
      active: true,
    });
  });

  it.each([
    ['name', { name: '  ' }],
    ['county', { county: 'Narnia' }],
    ['addressLine1', { addressLine1: '' }],
    ['city', { city: ' ' }],
    ['state', { state: 'FL' }],
    ['zip', { zip: '3151' }],
    ['phone', { phone: '555-0142' }],
    ['hours', { hours: 'x'.repeat(201) }],
    ['services', { services: [] }],
    ['services', { services: ['Haircuts'] }],
    ['latitude', { latitude: 40.7 }],
    ['longitude', { longitude: -90 }],
  ])('refuses a bad %s with 400 naming it, creating nothing', async (field, change) => {
    const before = await ctx.prisma.office.count();
    const response = await call('POST', '/api/v1/admin/offices', {
      ...newOffice,
      name: `Invalid ${field} office`,
      ...change,
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
    expect(response.json().error.fields.map((f: { field: string }) => f.field.split('.')[0])).toContain(
      field,
    );
    expect(await ctx.prisma.office.count()).toBe(before);
  });

  it('refuses a second office of the same name in a county (any case) with 409, on create and on rename', async () => {
    await call('POST', '/api/v1/admin/offices', {
      ...newOffice,
      name: 'Alma Office',
      county: 'Bacon',
      city: 'Alma',
      zip: '31510',
    });
    const duplicate = await call('POST', '/api/v1/admin/offices', {
      ...newOffice,
      name: 'ALMA  office',
      county: 'Bacon',
      city: 'Alma',
      zip: '31510',
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'name' }] });
    // The same name in another county is another office.
    const elsewhere = await call('POST', '/api/v1/admin/offices', {
      ...newOffice,
      name: 'Alma Office',
      county: 'Pierce',
      city: 'Blackshear',
      zip: '31516',
    });
    expect(elsewhere.statusCode, elsewhere.body).toBe(201);
    const renamed = await call('PATCH', `/api/v1/admin/offices/${elsewhere.json().id}`, { county: 'Bacon' });
    expect(renamed.statusCode).toBe(409);
  });

  it('edits the phone and a ZIP+4: audited before and after, the finder shows the new number and finds it by the 5-digit ZIP', async () => {
    const id = (
      await call('POST', '/api/v1/admin/offices', {
        ...newOffice,
        name: 'Nahunta Office',
        county: 'Brantley',
        city: 'Nahunta',
        zip: '31553',
      })
    ).json().id;
    const edited = await call('PATCH', `/api/v1/admin/offices/${id}`, {
      phone: '912.555.0199',
      zip: '31553-0042',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ phone: '9125550199', zip: '31553-0042', active: true });
    expect(await finder('31553')).toEqual([
      expect.objectContaining({ name: 'Nahunta Office', phone: '9125550199' }),
    ]);
    const details = await detailsOf('staff_office_updated');
    expect(JSON.parse(String(details['before']))).toMatchObject({ phone: '9125550142', zip: '31553' });
    expect(JSON.parse(String(details['after']))).toMatchObject({ phone: '9125550199', zip: '31553-0042' });
    expect(describeEvent(await lastEvent('staff_office_updated'))).toBe('Edited the office “Nahunta Office”');
  });
});

describe('failing closed', () => {
  async function withAuditRefused<T>(work: () => Promise<T>): Promise<T> {
    await ctx.prisma.$executeRawUnsafe(
      `CREATE FUNCTION refuse_office_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit storage unavailable'; END; $$`,
    );
    await ctx.prisma.$executeRawUnsafe(
      `CREATE TRIGGER refuse_office_audit BEFORE INSERT ON audit_events FOR EACH ROW WHEN (NEW.action LIKE 'staff_office_%') EXECUTE FUNCTION refuse_office_audit()`,
    );
    try {
      return await work();
    } finally {
      await ctx.prisma.$executeRawUnsafe('DROP TRIGGER refuse_office_audit ON audit_events');
      await ctx.prisma.$executeRawUnsafe('DROP FUNCTION refuse_office_audit()');
    }
  }

  it('creates, edits and closes nothing when the audit event cannot be written (503)', async () => {
    const id = (
      await call('POST', '/api/v1/admin/offices', {
        ...newOffice,
        name: 'Pearson Office',
        county: 'Atkinson',
        city: 'Pearson',
        zip: '31642',
      })
    ).json().id;
    const [create, edit, close] = await withAuditRefused(() =>
      Promise.all([
        call('POST', '/api/v1/admin/offices', {
          ...newOffice,
          name: 'Unaudited Office',
          county: 'Atkinson',
          city: 'Willacoochee',
          zip: '31650',
        }),
        call('PATCH', `/api/v1/admin/offices/${id}`, { phone: '912-555-0111' }),
        call('PATCH', `/api/v1/admin/offices/${id}`, { active: false, reason: 'Lease ended' }),
      ]),
    );
    for (const response of [create, edit, close]) {
      expect(response.statusCode, response.body).toBe(503);
      expect(response.json().error.code).toBe('SERVICE_UNAVAILABLE');
    }
    expect(await ctx.prisma.office.count({ where: { name: 'Unaudited Office' } })).toBe(0);
    expect(await ctx.prisma.office.findUniqueOrThrow({ where: { id } })).toMatchObject({
      phone: '9125550142',
      active: true,
    });
    expect((await finder('Pearson')).map((office) => office.name)).toEqual(['Pearson Office']);
  });
});
