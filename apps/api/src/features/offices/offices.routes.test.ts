// Office Finder through HTTP on the demo offices (28 Georgia counties): by county, city, ZIP and
// name, everything when q is empty, a public cacheable answer, and a 400 for a query it will not search.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededTestApp } from '../../testing/seeded-app.ts';

let ctx: Awaited<ReturnType<typeof createSeededTestApp>>;
beforeAll(async () => {
  ctx = await createSeededTestApp();
});
afterAll(() => ctx?.close());

type OfficeBody = {
  items: {
    name: string;
    county: string;
    city: string;
    zip: string;
    phone: string;
    hours: string;
    services: string[];
    mapUrl: string;
  }[];
};
const search = (q?: string) =>
  ctx.app.inject({ method: 'GET', url: '/api/v1/offices', query: q === undefined ? {} : { q } });
const names = async (q?: string) =>
  ((await search(q)).json() as OfficeBody).items.map((office) => office.name);

describe('GET /api/v1/offices', () => {
  it('lists every office by name when q is absent or blank, and lets browsers keep it for 30 seconds only', async () => {
    const response = await search();
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=30');
    const all = await names();
    expect(all).toHaveLength(28);
    expect(all).toEqual([...all].sort((a, b) => a.localeCompare(b)));
    expect(await names('   ')).toEqual(all);
  });

  it('finds an office by county (with or without the word County), city, ZIP and part of its name, in any case', async () => {
    expect(await names('Fulton')).toEqual(['Fulton County Child Support Office']);
    expect(await names('chatham county')).toEqual(['Chatham County Child Support Office']);
    expect(await names('savannah')).toEqual(['Chatham County Child Support Office']);
    expect(await names('31201')).toEqual(['Bibb County Child Support Office']);
    expect(await names('warner')).toEqual(['Houston County Child Support Office']);
    expect(await names('Nowhere')).toEqual([]);
  });

  it('gives the address, phone, hours, services and an OpenStreetMap link for the address', async () => {
    const [office] = ((await search('30303')).json() as OfficeBody).items;
    expect(office).toMatchObject({
      city: 'Atlanta',
      zip: '30303',
      hours: 'Monday–Friday 8:00 a.m.–5:00 p.m.',
    });
    expect(office?.phone).toMatch(/^\d{10}$/);
    expect(office?.services).toContain('Establish paternity');
    const map = new URL(office?.mapUrl ?? '');
    expect(map.origin).toBe('https://www.openstreetmap.org');
    expect(map.searchParams.get('query')).toBe('150 Marietta Commons Street NW, Atlanta, GA 30303');
  });

  it('refuses a query that is too long or has characters no place name has, naming the field, and caches no error', async () => {
    for (const q of ['x'.repeat(61), '50%', "a'; DROP TABLE offices;--", '<script>']) {
      const response = await search(q);
      expect(response.statusCode, q).toBe(400);
      expect(response.json().error.code).toBe('VALIDATION_FAILED');
      expect(response.json().error.fields[0].field).toBe('q');
      expect(response.headers['cache-control']).toBe('no-store');
    }
  });
});
