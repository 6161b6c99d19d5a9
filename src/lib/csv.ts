/**
 * The one CSV writer (projects list, chart data, planner): a file Excel opens cleanly in either language and
 * that runs no formula a cell smuggles in.
 *
 * Import this only from lazily loaded code: csv-stringify's browser build bundles a Buffer shim (about 20 kB
 * gzip), which must stay out of the initial JS.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';

export const CSV_MIME = 'text/csv;charset=utf-8';

/** A column of the file: the record key it reads and the header the reader sees (with its unit). */
export interface CsvColumn {
  key: string;
  header: string;
}

/** How number cells are written; the default is String(value), the full precision a spreadsheet can sum. */
export interface CsvCast {
  number?: (value: number, key: string) => string;
}

/**
 * Header row plus one record per row, in the order given. Keep numbers as JS numbers: csv-stringify then
 * never formula-escapes them, so -500 stays a number.
 */
export function toCsv(records: readonly Record<string, string | number>[], columns: readonly CsvColumn[], cast: CsvCast = {}): string {
  const number = cast.number;
  return stringify(records as Record<string, string | number>[], {
    columns: columns.map(({ key, header }) => ({ key, header })),
    header: true,
    // Excel opens UTF-8 without a BOM as the system code page (GBK on Chinese Windows): mojibake.
    bom: true,
    // A text cell starting with = + - @ tab CR or a full-width ＝ ＋ － ＠ gets a leading apostrophe, so a name
    // like "=HYPERLINK(…)" is shown, not run. The full-width forms and numeric minus signs need csv-stringify
    // 6.4+ (6.3 escaped neither correctly: the projects CSV tests fail on it), hence no hand-written pass here.
    escape_formulas: true,
    record_delimiter: 'windows',
    // With a custom record delimiter csv-stringify quotes a field only if it holds that delimiter, so a lone
    // \n in a name would split the record; this quotes any \n or \r.
    quote_record_delimiter: true,
    cast: {
      number: (value, { column }) => (number ? number(value, String(column)) : String(value)),
      // The screen keeps "300 MW" on one line with a no-break space; a spreadsheet filter or search types a space.
      string: (value) => value.replace(/\u00a0/g, ' '),
    },
  });
}
