/**
 * Hand-built ledger sheets for the model's tests: rows of plain values (or cells) and merges in Excel's A1 form,
 * shaped as the reader hands them over. Also the one way a test catches the reader's LedgerFileError.
 */
import type { Cell, CellRange, SheetData } from '../../src/features/ledger/model/types';
import { LedgerFileError } from '../../src/features/ledger/read/ledger-file-error';

export type In = string | number | null | Cell;

const toCell = (x: In): Cell | null => (x === null ? null : typeof x === 'object' ? x : { v: x });
const col = (letters: string) => letters.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** "D3:G3" → a 0-based range, as the reader gives it. */
export const merge = (ref: string): CellRange => {
  const [a = '', b = a] = ref.split(':');
  const at = (s: string) => ({ r: Number(s.replace(/[A-Z]+/, '')) - 1, c: col(s.replace(/\d+/, '')) });
  return { s: at(a), e: at(b) };
};

export const sheet = (rows: In[][], merges: string[] = [], name = 'Sheet1'): SheetData => ({
  name, rows: rows.map((r) => r.map(toCell)), merges: merges.map(merge), totalRows: rows.length,
});

/** The reader's error from `run`, or a failure saying none was thrown. */
export function catchError(run: () => unknown): LedgerFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof LedgerFileError) return error;
    throw error;
  }
  throw new Error('expected a LedgerFileError');
}
