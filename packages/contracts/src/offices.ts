// Office Finder (docs/product.md §3.1, §8 `GET /api/v1/offices?q=`): public search by county, city, ZIP or
// office name. The query is short plain text; anything else is refused rather than searched.
import { z } from 'zod';

/**
 * How long a browser or proxy may keep a finder answer, and the portal page its query result. The
 * API keeps nothing (every request reads the database), so an administrator's change reaches a
 * new visitor at once and any open page's next search within 2 × this: 60 seconds.
 */
export const OFFICE_FINDER_MAX_AGE_SECONDS = 30;

export const OfficeSearchQuery = z.object({
  q: z
    .string()
    .trim()
    .max(60, 'Use at most 60 characters.')
    .regex(/^[\p{L}\p{N} .,'’-]*$/u, "Use letters, numbers, spaces and . , ' - only.")
    .optional()
    .describe('County, city, ZIP code or part of an office name; empty or absent lists every office'),
});
export type OfficeSearchQuery = z.infer<typeof OfficeSearchQuery>;

export const Office = z.object({
  id: z.string(),
  name: z.string(),
  county: z.string(),
  addressLine1: z.string(),
  addressLine2: z.string().nullable(),
  city: z.string(),
  state: z.string(),
  zip: z.string(),
  /** 10 digits; screens format it and dial it with tel:+1… */
  phone: z.string(),
  hours: z.string(),
  services: z.array(z.string()),
  /** An OpenStreetMap page for the office, opened as an ordinary link (no embedded map). */
  mapUrl: z.url(),
});
export type Office = z.infer<typeof Office>;

export const OfficeList = z.object({ items: z.array(Office) });
export type OfficeList = z.infer<typeof OfficeList>;
