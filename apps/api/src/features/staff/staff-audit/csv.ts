// CSV as spreadsheets read it (RFC 4180): cells with a comma, quote or line break are quoted, quotes
// doubled. A cell that starts with = + - @ (or a tab or carriage return) is prefixed with a single
// quote, so a spreadsheet never runs what someone typed into a name, a note or a reason as a
// formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: ReadonlyArray<string | number | boolean | null | undefined>): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
