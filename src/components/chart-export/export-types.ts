import type { RefObject } from 'react';
import type { Provenance } from '@/contract/schemas';
import type { LegendEntry } from '@/lib/export/compose-svg';

/**
 * The unit of a CSV column whose cells are raw 万元: the menu writes it in the reader's language (万元, CNY
 * 10,000), so a feature need not carry the word in the initial JS.
 */
export const CSV_WAN = 'wan';

/** The chart's own numbers for its CSV: raw numbers (a spreadsheet can sum them), the unit in the header. */
export interface ChartCsv {
  /** `unit` is appended to the header by the menu (CSV_WAN for 万元); a provenance column is added when illustrative. */
  columns: { key: string; header: string; unit?: string }[];
  rows: readonly Record<string, string | number>[];
}

/** The active filters in words: joined by '-' for the file name, by the list separator for the caption. */
export interface FilterWords { file: string; caption: string }

/** What a chart panel hands its lazily loaded export menu (src/components/chart-export/export-menu.tsx). */
export interface ExportMenuProps {
  title: string;
  unit: string;
  source: string;
  provenance: Provenance;
  /**
   * A chart that follows a selection (the project filters in the URL) names it in the caption and file name:
   * the words as they are at the moment of the export. Async, so their dictionary loads only then.
   */
  filterWords?: () => Promise<FilterWords>;
  /** The data's as-of date, legend and CSV as they are at the moment of the export; null while there is nothing to export. */
  read: () => { asOf: string; legend?: readonly LegendEntry[]; csv?: ChartCsv } | null;
  /** The panel's <section>: the plot's <svg> and the theme's colours are read from it at export time. */
  panel: RefObject<HTMLElement | null>;
  /** The panel's chart ↔ table switch: an image of a panel showing its table switches to the chart for the export. */
  asTable: boolean;
  setAsTable: (table: boolean) => void;
  /** The first press loaded the menu; it opens at once, with focus on its first item after a key press. */
  openWith: 'pointer' | 'keyboard';
}
