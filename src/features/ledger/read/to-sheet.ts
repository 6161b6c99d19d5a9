/**
 * SheetJS's dense sheets and papaparse's records as our plain `SheetData`: from row 1 and column A, empty
 * cells null, trailing empty rows and cells dropped, and a sheet past the row limit read as no rows at all.
 */
import type { CellObject, WorkSheet } from '@e965/xlsx';
import type { Cell, CellRange, SheetData } from '../model/types';

/** Data rows a ledger may have (the import's limit; the model counts a sheet's data rows against it too). */
export const MAX_ROWS = 20000;
/** Title, unit and header rows above the data: the reader keeps this many rows more than MAX_ROWS. */
const HEADER_ALLOWANCE = 50;
export const READ_ROWS = MAX_ROWS + HEADER_ALLOWANCE;

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
/** UTC getters: the file was read with UTC: true, so a date's UTC fields are the day Excel shows. */
const isoDay = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

export function toCell(source: CellObject | undefined): Cell | null {
  if (!source || source.t === 'z') return null;
  let v: Cell['v'] = null;
  let d: string | undefined;
  const raw: unknown = source.v;
  if (raw instanceof Date) {
    // A date's `v` is its ISO day too: the model treats v === null as an empty cell.
    if (!Number.isNaN(raw.getTime())) v = d = isoDay(raw);
  } else if (source.t !== 'e' && (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean')) {
    v = raw;
  }
  const cell: Cell = { v };
  if (d !== undefined) cell.d = d;
  // An error cell keeps its #N/A as shown; a text cell's `w` repeats `v` and is left out.
  if (typeof source.w === 'string' && source.w !== String(v)) cell.w = source.w;
  if (typeof source.z === 'string' && source.z !== 'General') cell.z = source.z;
  return v === null && cell.w === undefined ? null : cell;
}

const blank = (cell: Cell | null) =>
  !cell || (cell.v === null ? !cell.w?.trim() : typeof cell.v === 'string' && cell.v.trim() === '');

/** A row of cells, trailing nulls dropped (ragged rows are fine: readers use `rows[r]?.[c] ?? null`). */
function trimRow(cells: (Cell | null)[]): (Cell | null)[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === null) end -= 1;
  cells.length = end;
  return cells;
}

/** The rows up to the last with content; `last` is that row's index (-1 for a sheet with none). */
function keepRows(rows: (Cell | null)[][]): { rows: (Cell | null)[][]; last: number } {
  let last = rows.length - 1;
  while (last >= 0 && rows[last]!.every(blank)) last -= 1;
  rows.length = last + 1;
  return { rows, last };
}

/**
 * Over the limit: content reaches the row past READ_ROWS (which the readers ask for on purpose), or the sheet
 * was cut off with content still running past MAX_ROWS. Formatting alone down to row 65536 is not content.
 */
function overLimit(last: number, cutOff: boolean): boolean {
  return last >= READ_ROWS || (cutOff && last >= MAX_ROWS);
}

const tooBig = (name: string, totalRows: number): SheetData => ({ name, rows: [], merges: [], totalRows });

export function sheetFromSheetJS(name: string, ws: WorkSheet): SheetData {
  // Dense mode indexes rows and columns from A1 whatever the sheet's !ref says.
  const data = (ws['!data'] ?? []) as (CellObject[] | undefined)[];
  const rows: (Cell | null)[][] = [];
  for (let r = 0; r < data.length; r++) {
    const source = data[r];
    const cells: (Cell | null)[] = [];
    if (source) for (let c = 0; c < source.length; c++) cells.push(toCell(source[c]));
    rows.push(trimRow(cells));
  }
  const kept = keepRows(rows);
  const fullRef = typeof ws['!fullref'] === 'string' ? ws['!fullref'] : undefined;
  if (overLimit(kept.last, fullRef !== undefined)) {
    // Without a !fullref (no <dimension> in the file) all we know is "more than we read".
    return tooBig(name, fullRef ? lastRowOf(fullRef) : READ_ROWS + 1);
  }
  const merges: CellRange[] = (ws['!merges'] ?? []).map((m) => ({ s: { r: m.s.r, c: m.s.c }, e: { r: m.e.r, c: m.e.c } }));
  return { name, rows: kept.rows, merges, totalRows: kept.rows.length };
}

/** "A1:O100001" → 100001, the range's last row number. */
function lastRowOf(ref: string): number {
  const end = ref.split(':').pop() ?? '';
  const digits = /\d+$/.exec(end);
  return digits ? Number(digits[0]) : READ_ROWS + 1;
}

/**
 * CSV records, all text. Row numbers follow records, not physical lines: a quoted cell with a line break in it
 * is one record spanning two lines, and Excel shows it as one row too, so rows[i] is still Excel's row i + 1.
 */
export function sheetFromRecords(name: string, records: string[][], cutOff: boolean, totalLines: () => number): SheetData {
  const rows = records.map((record) => trimRow(record.map((text) => (text === '' ? null : { v: text }))));
  const kept = keepRows(rows);
  if (overLimit(kept.last, cutOff)) return tooBig(name, totalLines());
  return { name, rows: kept.rows, merges: [], totalRows: kept.rows.length };
}

export const hasContent = (sheet: SheetData) => sheet.rows.some((row) => !row.every(blank));
export const isTooBig = (sheet: SheetData) => sheet.rows.length === 0 && sheet.totalRows > 0;
