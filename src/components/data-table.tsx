import type { ReactNode } from 'react';
import { Clamped } from './clamped';

export interface Column<R> {
  key: string;
  label: ReactNode;
  numeric?: boolean;
  render: (row: R) => ReactNode;
}

/** A text cell (a name from the data, say) is cut at a few lines, whole in its title; markup is left as it is. */
const cell = (value: ReactNode) => (typeof value === 'string' ? <Clamped text={value} lines={3} /> : value);

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
            <tr key={rowKey(r)}>{columns.map((c) => <td key={c.key} className={c.numeric ? 'num' : undefined}>{cell(c.render(r))}</td>)}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
