// The Payments page's filters live in the URL (?from=&to=&source=), so a reload, a bookmark or the
// Back button keeps them. Whatever is typed into the address bar is checked with the contracts'
// schemas; a value that does not parse is dropped rather than sent to the API.
import { IsoDate, PaymentSource } from '@cos/contracts';
import type { z } from 'zod';

export type PaymentSource = z.infer<typeof PaymentSource>;
export type PaymentFilters = { from?: string; to?: string; source?: PaymentSource };

export const paymentSources: readonly PaymentSource[] = PaymentSource.options;

export function parsePaymentFilters(search: URLSearchParams): PaymentFilters {
  const filters: PaymentFilters = {};
  const from = IsoDate.safeParse(search.get('from') ?? '');
  const to = IsoDate.safeParse(search.get('to') ?? '');
  const source = PaymentSource.safeParse(search.get('source'));
  if (from.success) filters.from = from.data;
  if (to.success) filters.to = to.data;
  if (source.success) filters.source = source.data;
  return filters;
}

/** The filters as query values for `casePath()` (absent ones left out). */
export function paymentFiltersQuery(filters: PaymentFilters): Record<string, string | undefined> {
  return { from: filters.from, to: filters.to, source: filters.source };
}

export function hasPaymentFilters(filters: PaymentFilters): boolean {
  return Boolean(filters.from || filters.to || filters.source);
}

/** A period that ends before it starts can match nothing: the form says so instead of "no payments". */
export function periodIsReversed(filters: PaymentFilters): boolean {
  return Boolean(filters.from && filters.to && filters.from > filters.to);
}
