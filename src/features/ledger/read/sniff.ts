/**
 * What a file is, from its bytes: the extension is only what the planner's system called it (an .xls that is
 * really an HTML table, a PNG renamed .csv, a CSV saved as .xlsx all happen), so it decides nothing here.
 */

export type Container = 'zip' | 'cfb' | 'text' | 'other';

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  prefix.every((b, i) => bytes[at + i] === b);

const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4: a local file header, the first thing in an OOXML package
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // OLE2: .xls, and an encrypted .xlsx too
const ascii = (s: string) => Array.from(s, (ch) => ch.charCodeAt(0));
/** Text-like formats that are not tables: they would otherwise pass the control-byte test. */
const TEXT_NOT_TABLES = [ascii('%PDF'), ascii('{\\rtf')];

/** How much of the start is looked at to tell text from binary. */
const SAMPLE = 8192;

export function sniff(bytes: Uint8Array): Container {
  if (startsWith(bytes, ZIP)) return 'zip';
  if (startsWith(bytes, CFB)) return 'cfb';
  return looksLikeText(bytes) ? 'text' : 'other';
}

/**
 * Text has no NUL bytes (UTF-16 aside, which carries a BOM) and almost no other control bytes; every image,
 * archive and document format has plenty in its first few kilobytes.
 */
function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  if (TEXT_NOT_TABLES.some((sig) => startsWith(bytes, sig))) return false;
  const end = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0) return false;
    // Tab, LF, FF, CR are text; ESC and SUB show up in old DOS exports, so they count only as a little noise.
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13) || b === 0x7f) control += 1;
  }
  return control * 100 <= end;
}

/**
 * Whether a zip holds a spreadsheet: OOXML names its workbook part xl/workbook.xml (xl/workbook.bin for .xlsb),
 * and part names are stored uncompressed in every local and central header. A .docx or a zip of photos has
 * none, and is turned away before SheetJS tries to make sense of it.
 */
export function zipHasWorkbook(bytes: Uint8Array): boolean {
  return indexOfBytes(bytes, ascii('xl/workbook.')) >= 0;
}

function indexOfBytes(bytes: Uint8Array, needle: readonly number[]): number {
  const first = needle[0]!;
  for (let i = bytes.indexOf(first); i >= 0 && i <= bytes.length - needle.length; i = bytes.indexOf(first, i + 1)) {
    if (startsWith(bytes, needle, i)) return i;
  }
  return -1;
}

/** An HTML table or SpreadsheetML 2003 file, which many systems' "导出 Excel" writes under an .xls name. */
export function isMarkupTable(text: string): boolean {
  const start = text.trimStart();
  if (start.charAt(0) !== '<') return false;
  const head = start.slice(0, 200_000).toLowerCase();
  return head.includes('<table') || head.includes('urn:schemas-microsoft-com:office:spreadsheet');
}
