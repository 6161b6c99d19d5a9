/**
 * A ledger file's bytes to sheets of cells: .xlsx and .xls through SheetJS, CSV (and Excel's tab-separated
 * "Unicode 文本") through papaparse, an HTML table saved as .xls through SheetJS's markup reader. The format
 * comes from the bytes (sniff.ts). Synchronous and DOM-free: it runs in the worker, or in-thread where there is
 * no Worker (jsdom).
 */
import { CFB, read, type ParsingOptions, type WorkBook as SheetJSBook } from '@e965/xlsx';
import Papa from 'papaparse';
import type { EncodingChoice, Workbook } from '../model/types';
import { decodeText } from './decode';
import { LedgerFileError } from './ledger-file-error';
import { isMarkupTable, sniff, zipHasWorkbook } from './sniff';
import { hasContent, isTooBig, READ_ROWS, sheetFromRecords, sheetFromSheetJS } from './to-sheet';

export { LedgerFileError } from './ledger-file-error';
export { MAX_ROWS } from './to-sheet';

/**
 * One row past READ_ROWS is read so "exactly at the limit" and "over it" differ. cellNF keeps number formats
 * (a 'yyyy"年"m"月"' date is a month); cellHTML off: we never show rich text as HTML.
 */
const SHEETJS: ParsingOptions = {
  type: 'array', cellDates: true, UTC: true, dense: true, cellNF: true, cellHTML: false, sheetRows: READ_ROWS + 1,
};

type Progress = (share: number) => void;

export function readWorkbook(bytes: Uint8Array, fileName: string, choice: EncodingChoice, onProgress: Progress = () => {}): Workbook {
  if (bytes.length === 0) throw new LedgerFileError('empty');
  const container = sniff(bytes);
  onProgress(0.05);
  let workbook: Workbook;
  if (container === 'zip') {
    if (!zipHasWorkbook(bytes)) throw new LedgerFileError('not-spreadsheet');
    workbook = fromSheetJS(() => read(bytes, SHEETJS), fileName, 'xlsx', onProgress);
  } else if (container === 'cfb') {
    checkCfb(bytes);
    workbook = fromSheetJS(() => read(bytes, SHEETJS), fileName, 'xls', onProgress);
  } else if (container === 'text') {
    workbook = fromText(bytes, fileName, choice, onProgress);
  } else {
    throw new LedgerFileError('not-spreadsheet');
  }
  if (!workbook.sheets.some(hasContent)) {
    // Only sheets past the limit hold anything: the one error that names the size. Otherwise a big sheet
    // beside a ledger sheet comes through with no rows and its totalRows, and the ledger sheet still loads.
    const rows = Math.max(0, ...workbook.sheets.filter(isTooBig).map((s) => s.totalRows));
    throw rows > 0 ? new LedgerFileError('too-many-rows', String(rows)) : new LedgerFileError('empty');
  }
  onProgress(1);
  return workbook;
}

/**
 * An OLE2 container is an .xls only if it has a Workbook (BIFF8) or Book (BIFF5) stream; a password-protected
 * .xlsx is an OLE2 container with an EncryptedPackage stream, and a .doc or .msg has neither.
 */
function checkCfb(bytes: Uint8Array): void {
  let container: unknown;
  try {
    container = CFB.read(bytes, { type: 'array' });
  } catch (error) {
    throw new LedgerFileError('unreadable', message(error));
  }
  const has = (name: string) => !!CFB.find(container, name);
  if (has('EncryptedPackage') || has('EncryptionInfo')) throw new LedgerFileError('encrypted');
  if (!has('Workbook') && !has('Book')) throw new LedgerFileError('not-spreadsheet');
}

function fromSheetJS(readBook: () => SheetJSBook, fileName: string, format: Workbook['format'], onProgress: Progress,
  extra: Partial<Workbook> = {}): Workbook {
  onProgress(0.1);
  let book: SheetJSBook;
  try {
    book = readBook();
  } catch (error) {
    // An .xls with an open password (RC4 FILEPASS) is only found out by SheetJS itself.
    if (/password|encrypt/i.test(message(error))) throw new LedgerFileError('encrypted');
    throw new LedgerFileError('unreadable', message(error));
  }
  onProgress(0.7);
  const names = book.SheetNames;
  const sheets = names.map((name, i) => {
    const ws = book.Sheets[name];
    onProgress(0.7 + (0.3 * (i + 1)) / names.length);
    return ws ? sheetFromSheetJS(name, ws) : { name, rows: [], merges: [], totalRows: 0 };
  });
  return { fileName, format, sheets, ...extra };
}

function fromText(bytes: Uint8Array, fileName: string, choice: EncodingChoice, onProgress: Progress): Workbook {
  const { text, encoding } = decodeText(bytes, choice);
  onProgress(0.3);
  const replacementInHeader = headLines(text, 10).includes('\uFFFD');
  const extra: Partial<Workbook> = encoding ? { encoding, replacementInHeader } : { replacementInHeader };
  if (isMarkupTable(text)) {
    // raw: cells stay text, as in a CSV; the model reads the numbers and dates itself.
    return fromSheetJS(() => read(text, { ...SHEETJS, type: 'string', raw: true }), fileName, 'xls', onProgress, extra);
  }
  // No dynamicTyping: "001", "1.20" and "2025.10" must reach the model as written. skipEmptyLines false:
  // a blank line is a row, so row numbers stay Excel's.
  const parsed = Papa.parse<string[]>(text, {
    header: false, dynamicTyping: false, skipEmptyLines: false, preview: READ_ROWS + 1, delimiter: guessDelimiter(text),
  });
  onProgress(0.8);
  const sheet = sheetFromRecords(baseName(fileName), parsed.data, parsed.meta.truncated, () => countLines(text));
  return { fileName, format: 'csv', sheets: [sheet], ...extra };
}

/**
 * Papaparse's own guess counts blank lines as one-field rows, which can tip a tab-separated file to ","; the
 * guess is made here on the first non-blank lines only, and the real parse keeps every line.
 */
function guessDelimiter(text: string): string {
  return Papa.parse<string[]>(text.slice(0, 65536), { preview: 20, skipEmptyLines: 'greedy' }).meta.delimiter || ',';
}

/** The first `count` lines, for the encoding check: a wrong guess shows in the title and header first. */
function headLines(text: string, count: number): string {
  let end = -1;
  for (let i = 0; i < count; i++) {
    end = text.indexOf('\n', end + 1);
    if (end < 0) return text;
  }
  return text.slice(0, end);
}

function countLines(text: string): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines += 1;
  return text.endsWith('\n') ? lines : lines + 1;
}

const baseName = (fileName: string) => fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || fileName;

const message = (error: unknown) => String(error instanceof Error ? error.message : error).slice(0, 200);
