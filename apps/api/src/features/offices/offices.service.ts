// Office Finder: one query over the county offices that are open (docs/product.md §3.1; an administrator
// may close one). A 5-digit query is a ZIP (an office's ZIP+4 included); otherwise a county or
// city that starts with the words, or an office name containing them (the trigram index on name
// serves the ILIKE). The contract has already refused LIKE wildcards.
import type { Office } from '@cos/contracts';
import type { Prisma } from '@cos/db';

/** Every column an office's public answer is built from (the admin answer adds its own). */
export const officeSelect = {
  id: true,
  name: true,
  county: true,
  addressLine1: true,
  addressLine2: true,
  city: true,
  state: true,
  zip: true,
  phone: true,
  hours: true,
  services: true,
  latitude: true,
  longitude: true,
} as const satisfies Prisma.OfficeSelect;

type OfficeRow = Prisma.OfficeGetPayload<{ select: typeof officeSelect }>;

/** "Fulton County" finds Fulton: the word adds nothing to a county search. */
const withoutCountyWord = (q: string) => q.replace(/\s+county$/i, '').trim();

function where(q: string): Prisma.OfficeWhereInput {
  if (/^\d{5}(-\d{4})?$/.test(q)) return { zip: { startsWith: q.slice(0, 5) } };
  const place = withoutCountyWord(q) || q;
  return {
    OR: [
      { county: { startsWith: place, mode: 'insensitive' } },
      { city: { startsWith: place, mode: 'insensitive' } },
      { zip: { startsWith: q } },
      { name: { contains: q, mode: 'insensitive' } },
    ],
  };
}

/** An OpenStreetMap search for the street address, a plain link (CSP allows no embedded map). */
export function mapUrl(
  office: Pick<OfficeRow, 'addressLine1' | 'city' | 'state' | 'zip' | 'latitude' | 'longitude'>,
): string {
  const url = new URL('https://www.openstreetmap.org/search');
  url.searchParams.set('query', `${office.addressLine1}, ${office.city}, ${office.state} ${office.zip}`);
  if (office.latitude !== null && office.longitude !== null)
    url.hash = `map=16/${office.latitude}/${office.longitude}`;
  return url.toString();
}

export async function searchOffices(
  deps: { db: Prisma.TransactionClient },
  query: string | undefined,
): Promise<Office[]> {
  const q = query?.trim() ?? '';
  const rows = await deps.db.office.findMany({
    where: { active: true, ...(q ? where(q) : {}) },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: officeSelect,
  });
  return rows.map(({ latitude, longitude, ...office }) => ({
    ...office,
    mapUrl: mapUrl({ ...office, latitude, longitude }),
  }));
}
