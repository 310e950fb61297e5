// Every amount on the wire is integer cents; parents read US dollars with cents, whatever the
// page's language (the agency bills in dollars, and "$1,234.50" is how notices print it).
const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** 123450 → "$1,234.50"; -500 → "-$5.00" (a credit). */
export function formatCents(cents: number): string {
  return dollars.format(cents / 100);
}

/** Cents as a plain number of dollars, for the chart's scale. */
export function centsToDollars(cents: number): number {
  return cents / 100;
}
