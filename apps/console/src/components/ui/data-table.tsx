import type { ReactNode } from 'react';

type DataTableProps = {
  /** Read out as the table's name (a hidden caption) and the scroll region's label. */
  caption: string;
  /** Column headings, in order. */
  columns: readonly string[];
  /** The USWDS table classes (borderless, compact, font size). */
  className: string;
  /** In a scroll region that a keyboard can reach, for a table wider than a narrow screen. */
  scrollable?: boolean;
  /** The body's rows. */
  children: ReactNode;
};

/** A console table: hidden caption, one heading per column, the rows; wide ones scroll on their own. */
export function DataTable({ caption, columns, className, scrollable = true, children }: DataTableProps) {
  const table = (
    <table className={className}>
      <caption className="usa-sr-only">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th key={index} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
  if (!scrollable) return table;
  return (
    // Focusable so a keyboard can scroll it on a narrow screen.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-label={caption}>
      {table}
    </div>
  );
}
