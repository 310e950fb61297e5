// One rule for every string the API accepts: no control characters except tab and line breaks
// (PostgreSQL refuses NUL in text, so a NUL used to surface as a 500; the others have no place in
// a name, an answer or a note, and can hide text from whoever reads it later). The API applies it
// to every body, query and path before the route's own schema (refusingControlCharacters), so no
// contract can forget it; a refusal is a 400 naming the field.
import { z } from 'zod';

/** C0 controls but tab, line feed and carriage return (a CRLF line break), DEL, and C1 controls. */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export const CONTROL_CHARACTER_MESSAGE = 'Remove the control characters from this text.';

export const hasControlCharacter = (text: string): boolean => CONTROL_CHARACTER.test(text);

/** Every path (keys included) at which a parsed request value holds a control character. */
export function controlCharacterPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return hasControlCharacter(value) ? [path] : [];
  if (Array.isArray(value))
    return value.flatMap((item, index) => controlCharacterPaths(item, [...path, index]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      hasControlCharacter(key) ? [[...path, key]] : controlCharacterPaths(item, [...path, key]),
    );
  }
  return [];
}

/** `schema`, refusing any string with a control character first (an issue per offending field). */
export function refusingControlCharacters<T extends z.ZodType>(schema: T) {
  return z
    .unknown()
    .superRefine((value, ctx) => {
      for (const path of controlCharacterPaths(value))
        ctx.addIssue({ code: 'custom', path, message: CONTROL_CHARACTER_MESSAGE });
    })
    .pipe(schema);
}
