// The checks the test processor makes on a card before it issues a token, and the test behaviours
// chosen by the number's last four digits (like the test cards of real processors).

export type CardField = 'cardNumber' | 'expiry' | 'cvv' | 'zip';
export type CardProblem = { field: CardField; code: 'required' | 'invalid' | 'expired' };

/** What the test processor does with a charge of this card. */
export type Behaviour = 'approve' | 'decline' | 'no_answer';

/** The Luhn checksum every card number carries (catches a mistyped digit). */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return digits.length > 0 && sum % 10 === 0;
}

export interface CardInput {
  cardNumber?: unknown;
  expiry?: unknown;
  cvv?: unknown;
  zip?: unknown;
}

export function checkCard(
  input: CardInput,
  now: Date,
): { problems: CardProblem[]; card?: { digits: string; expiry: string } } {
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const problems: CardProblem[] = [];
  const number = text(input.cardNumber);
  const digits = number.replace(/[ -]/g, '');
  if (!number) problems.push({ field: 'cardNumber', code: 'required' });
  else if (!/^\d{13,19}$/.test(digits) || !passesLuhn(digits))
    problems.push({ field: 'cardNumber', code: 'invalid' });
  const expiry = text(input.expiry);
  const match = /^(0[1-9]|1[0-2])\/(\d{2})$/.exec(expiry);
  if (!expiry) problems.push({ field: 'expiry', code: 'required' });
  else if (!match) problems.push({ field: 'expiry', code: 'invalid' });
  else if (now.getTime() >= Date.UTC(2000 + Number(match[2]), Number(match[1]), 1))
    problems.push({ field: 'expiry', code: 'expired' });
  const cvv = text(input.cvv);
  if (!cvv) problems.push({ field: 'cvv', code: 'required' });
  else if (!/^\d{3,4}$/.test(cvv)) problems.push({ field: 'cvv', code: 'invalid' });
  const zip = text(input.zip);
  if (!zip) problems.push({ field: 'zip', code: 'required' });
  else if (!/^\d{5}(-\d{4})?$/.test(zip)) problems.push({ field: 'zip', code: 'invalid' });
  return problems.length > 0 ? { problems } : { problems, card: { digits, expiry } };
}

/** …0002 is declined; …0003 never answers (the charge is made, the answer is lost); others approve. */
export function behaviourOf(digits: string): Behaviour {
  if (digits.endsWith('0002')) return 'decline';
  if (digits.endsWith('0003')) return 'no_answer';
  return 'approve';
}
