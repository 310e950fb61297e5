// The one search box of the console (docs/product.md §6): what was typed, understood as one or more search
// forms, and how it is written in the audit trail (masked: names stay, SSN digits and dates of
// birth do not, phone numbers keep their last 4). A full SSN is refused outright: it must never
// travel in a URL or reach the audit trail.
import { normaliseUserId, USER_ID_PATTERN, type SearchForm } from '@cos/contracts';
import { badRequest } from '../../../lib/errors.ts';

export type SearchTerms =
  | { form: 'user_id'; userIdNormalized: string }
  | { form: 'case_number'; caseNumber: string }
  | { form: 'name'; last: string; first: string | null }
  | { form: 'ssn_dob'; last4: string; dateOfBirth: string }
  | { form: 'phone'; digits: string };

export interface ParsedSearch {
  /** Tried together; results are merged and ranked. */
  terms: SearchTerms[];
  /** The query as the audit trail keeps it. */
  masked: string;
  /** For ten bare digits that turned out to be a case number: the audit keeps the number. */
  maskedAsCaseNumber?: string;
}

const NAME_PART = /^\p{L}[\p{L}'’-]*$/u;
const PHONE_CHARACTERS = /^[\d\s().+-]+$/;

const unclear = (message: string) => badRequest(message, [{ field: 'q', message }]);

function isoDate(text: string): string | null {
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = us ? `${us[3]}-${(us[1] ?? '').padStart(2, '0')}-${(us[2] ?? '').padStart(2, '0')}` : text;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}

const maskPhone = (digits: string) => `•••-•••-${digits.slice(-4)}`;

function nameParts(text: string): string[] | null {
  const parts = text.split(/\s+/).filter(Boolean);
  return parts.length > 0 && parts.every((part) => NAME_PART.test(part)) ? parts : null;
}

export function parseSearch(input: string): ParsedSearch {
  const q = input.trim().replace(/\s+/g, ' ');

  // SSN last 4 + date of birth: "1234 1986-02-14" or "1234 02/14/1986".
  const ssnDob = /^(\d{4}) (\S+)$/.exec(q);
  if (ssnDob?.[1] && ssnDob[2] && /^[\d/-]+$/.test(ssnDob[2])) {
    const dateOfBirth = isoDate(ssnDob[2]);
    if (!dateOfBirth)
      throw unclear('Enter the date of birth as YYYY-MM-DD or MM/DD/YYYY after the last 4 of the SSN.');
    return {
      terms: [{ form: 'ssn_dob', last4: ssnDob[1], dateOfBirth }],
      masked: 'SSN ***-**-**** + date of birth ****-**-**',
    };
  }

  if (PHONE_CHARACTERS.test(q) && /\d/.test(q)) {
    const digits = q.replace(/\D/g, '');
    if (/^\d{3}-?\d{2}-?\d{4}$/.test(q)) {
      throw unclear(
        'Never search by a full SSN. Use the last 4 digits and the date of birth, e.g. 1234 1986-02-14.',
      );
    }
    if (/^\d{4}$/.test(q))
      throw unclear('Add the date of birth to the last 4 of the SSN, e.g. 1234 1986-02-14.');
    if (/^\d{10}$/.test(q)) {
      // Ten bare digits: a case number, or a phone number typed without punctuation.
      return {
        terms: [
          { form: 'case_number', caseNumber: q },
          { form: 'phone', digits: q },
        ],
        masked: `case number or phone ${maskPhone(q)}`,
        maskedAsCaseNumber: `case number ${q}`,
      };
    }
    const phone = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
    if (phone.length === 10)
      return { terms: [{ form: 'phone', digits: phone }], masked: `phone ${maskPhone(phone)}` };
    if (!USER_ID_PATTERN.test(q)) throw unclear('A phone number has 10 digits; a case number has 10 digits.');
  }

  // "last, first"
  if (q.includes(',')) {
    const [last = '', ...rest] = q.split(',');
    const lastParts = nameParts(last.trim());
    const firstParts = rest.join(' ').trim() ? nameParts(rest.join(' ').trim()) : [];
    if (!lastParts || !firstParts) throw unclear('Write a name as "last, first", e.g. morgan, casey.');
    const first = firstParts.length > 0 ? firstParts.join(' ') : null;
    return {
      terms: [{ form: 'name', last: lastParts.join(' '), first }],
      masked: `name ${lastParts.join(' ')}${first ? `, ${first}` : ''}`,
    };
  }

  const parts = nameParts(q);
  if (parts && parts.length > 1) {
    const [last = '', ...first] = parts;
    return {
      terms: [{ form: 'name', last, first: first.join(' ') }],
      masked: `name ${last} ${first.join(' ')}`,
    };
  }
  if (parts?.[0]) {
    // One word: a User ID made of letters, or a last name.
    const terms: SearchTerms[] = [{ form: 'name', last: parts[0], first: null }];
    if (USER_ID_PATTERN.test(q)) terms.unshift({ form: 'user_id', userIdNormalized: normaliseUserId(q) });
    return { terms, masked: `User ID or last name ${q}` };
  }
  if (USER_ID_PATTERN.test(q))
    return { terms: [{ form: 'user_id', userIdNormalized: normaliseUserId(q) }], masked: `User ID ${q}` };
  throw unclear('Search by User ID, case number, "last, first", SSN last 4 + date of birth, or phone.');
}

export const formsOf = (parsed: ParsedSearch): SearchForm[] => parsed.terms.map((term) => term.form);
