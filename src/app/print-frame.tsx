import type { ReactNode } from 'react';
import { usePrinting, usePrintOrientation } from '@/stores/print-store';
import { PrintBands } from './print-bands';
import { pageStyle } from './print-page';

/**
 * The printed brief's frame around the whole page. Chrome repeats a table's thead and tfoot on every printed
 * page, so their empty rows keep each page's header and footer band clear of the content under the fixed header
 * and footer (divs displayed as table groups do not repeat; real table elements do). On screen the table is
 * plain blocks and the rows take no room (styles.css, "Print brief layout"), so nothing moves.
 */
export function PrintFrame({ children }: { children: ReactNode }) {
  const orientation = usePrintOrientation();
  const printing = usePrinting();
  return (
    <div className="print-root" data-orientation={orientation}>
      <style>{pageStyle(orientation)}</style>
      <table role="presentation" className="print-sheet">
        <thead><tr><td><div className="print-spacer-head" /></td></tr></thead>
        <tbody><tr><td>{children}</td></tr></tbody>
        <tfoot><tr><td><div className="print-spacer-foot" /></td></tr></tfoot>
      </table>
      <div className="print-end" />
      {printing ? <PrintBands /> : null}
    </div>
  );
}
