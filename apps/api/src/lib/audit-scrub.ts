// The audit trail is permanent (append-only, docs/security.md), so nothing a person typed may carry
// a Social Security or card number into it: file names ("ssn 123-45-6789.pdf"), reasons and notes
// are free text. Every string detail passes through here on its way in. Ids and timestamps are
// kept whole (a UUID's last groups would otherwise read like a card number).

const KEPT_WHOLE = [
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/,
];
// 13 to 19 digits, single spaces, dots or dashes allowed between them: a payment card number.
const CARD_LIKE = /(?<!\d)\d(?:[ .-]?\d){12,18}(?!\d)/g;
// 3-2-4 digits with the usual separators, or 9 digits in a row: a Social Security number.
const SSN_LIKE = /(?<!\d)\d{3}([ .-]?)\d{2}\1\d{4}(?!\d)/g;

export const SCRUBBED_CARD = '[card number removed]';
export const SCRUBBED_SSN = '[SSN removed]';

export function scrubDigitRuns(text: string): string {
  if (KEPT_WHOLE.some((pattern) => pattern.test(text))) return text;
  return text.replace(CARD_LIKE, SCRUBBED_CARD).replace(SSN_LIKE, SCRUBBED_SSN);
}

export function scrubDetails<T extends Readonly<Record<string, unknown>>>(details: T): T {
  return Object.fromEntries(
    Object.entries(details).map(([key, value]) => [
      key,
      typeof value === 'string' ? scrubDigitRuns(value) : value,
    ]),
  ) as T;
}
