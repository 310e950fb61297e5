// One name per county, case-insensitively, even when administrators save at the same moment: the
// unique index is case-sensitive, so without the per-county advisory lock "North Office" and
// "north office" saved at once would both pass the read-then-write check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededTestApp } from '../../../testing/seeded-app.ts';
import { signInStaff, staffBearer } from '../../../testing/staff.ts';
import type { TestApp } from '../../../testing/test-app.ts';

let ctx: TestApp;
let admin: string;

const office = (name: string, county = 'Lanier') => ({
  name,
  county,
  addressLine1: '100 Main Street',
  city: 'Lakeland',
  zip: '31635',
  phone: '229-555-0180',
  hours: 'Monday–Friday 8:00 a.m.–5:00 p.m.',
  services: ['Payment and balance questions'],
});

beforeAll(async () => {
  ctx = await createSeededTestApp();
  admin = (await signInStaff(ctx, 'admin.demo')).accessToken;
});
afterAll(() => ctx.close());

const create = (payload: ReturnType<typeof office>) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/admin/offices', headers: staffBearer(admin), payload });
const rename = (id: string, name: string) =>
  ctx.app.inject({
    method: 'PATCH',
    url: `/api/v1/admin/offices/${id}`,
    headers: staffBearer(admin),
    payload: { name },
  });
const statuses = (responses: { statusCode: number }[]) =>
  responses.map((response) => response.statusCode).sort();

describe('saving the same office name at once, in different cases', () => {
  it('creates exactly one; the others are told the name is taken (409), and one office is stored', async () => {
    const names = [
      'North Office',
      'north office',
      'NORTH OFFICE',
      'North office',
      'nOrTh OfFiCe',
      'north Office',
      'NoRtH oFfIcE',
      'NORTH office',
    ];
    // Several counties at once, so that without the lock some county would very likely get two.
    const counties = ['Lanier', 'Berrien', 'Cook', 'Atkinson'];
    const rounds = await Promise.all(
      counties.map((county) => Promise.all(names.map((name) => create(office(name, county))))),
    );
    for (const [index, responses] of rounds.entries()) {
      expect(statuses(responses), counties[index]).toEqual([201, ...names.slice(1).map(() => 409)]);
      for (const response of responses.filter((r) => r.statusCode === 409)) {
        expect(response.json().error).toMatchObject({
          code: 'CONFLICT',
          fields: [{ field: 'name', message: 'There is already an office with this name in this county.' }],
        });
      }
    }
    for (const county of counties) {
      expect(
        await ctx.prisma.office.count({
          where: { county, name: { equals: 'north office', mode: 'insensitive' } },
        }),
      ).toBe(1);
    }
  });

  it('renames only one of two offices to the same name at once', async () => {
    const first = (await create(office('East Office'))).json();
    const second = (await create(office('West Office'))).json();
    const responses = await Promise.all([
      rename(first.id, 'South Office'),
      rename(second.id, 'SOUTH OFFICE'),
    ]);
    expect(statuses(responses)).toEqual([200, 409]);
    expect(
      await ctx.prisma.office.count({
        where: { county: 'Lanier', name: { equals: 'south office', mode: 'insensitive' } },
      }),
    ).toBe(1);
  });

  it('does not hold up another county: the same name there is its own office', async () => {
    const [here, there] = await Promise.all([
      create(office('Central Office')),
      create(office('central office', 'Echols')),
    ]);
    expect([here.statusCode, there.statusCode]).toEqual([201, 201]);
  });
});
