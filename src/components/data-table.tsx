import type { ReactNode } from 'react';

export interface Column<R> {
  key: string;
  label: ReactNode;
  numeric?: boolean;
  render: (row: R) => ReactNode;
}

/** The same numbers as the chart, as a table: for screen readers, for copying, and for checking. */
export function DataTable<R>({ caption, columns, rows, rowKey }: { caption: string; columns: Column<R>[]; rows: R[]; rowKey: (r: R) => string }) {
  return (
    // Focusable and named, so a keyboard user can scroll a table wider than a phone.
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>{columns.map((c) => <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>{c.label}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={rowKey(r)}>{columns.map((c) => <td key={c.key} className={c.numeric ? 'num' : undefined}>{c.render(r)}</td>)}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
