// @vitest-environment node
/** Reading .xlsx and .xls ledgers written by SheetJS's own writer, and files that are not ledgers at all. */
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { MAX_ROWS, readWorkbook } from '../../src/features/ledger/read/read-workbook';
import { catchError } from '../lib/ledger-sheet';

type Book = XLSX.WorkBook;
const book = (sheets: Record<string, XLSX.WorkSheet>): Book => {
  const wb = XLSX.utils.book_new();
  for (const [name, sheet] of Object.entries(sheets)) XLSX.utils.book_append_sheet(wb, sheet, name);
  return wb;
};
const bytesOf = (wb: Book, bookType: XLSX.BookType = 'xlsx') => new Uint8Array(XLSX.write(wb, { type: 'array', bookType }) as ArrayBuffer);

function ledgerSheet(): XLSX.WorkSheet {
  const sheet = XLSX.utils.aoa_to_sheet([
    ['XX高新区重点项目建设进度台账'],
    ['项目名称', '开工时间', '总投资', '完成投资', '核对'],
    ['一号项目', new Date(Date.UTC(2025, 2, 1)), 2024.1, 12000, { t: 'e', v: 0x2a }],
  ], { UTC: true });
  sheet['B3']!.z = 'yyyy"年"m"月"';
  sheet['D3']!.z = '#,##0';
  sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 4 } }];
  return sheet;
}

describe('readWorkbook on .xlsx and .xls', () => {
  for (const [bookType, format] of [['xlsx', 'xlsx'], ['biff8', 'xls']] as const) {
    it(`reads cells, dates, formats and merges back (${bookType})`, () => {
      const read = readWorkbook(bytesOf(book({ 台账: ledgerSheet() }), bookType), `台账.${format}`, 'auto');
      expect(read).toMatchObject({ fileName: `台账.${format}`, format });
      expect(read.encoding).toBeUndefined();
      const sheet = read.sheets[0]!;
      expect(sheet.name).toBe('台账');
      expect(sheet.rows[0]).toEqual([{ v: 'XX高新区重点项目建设进度台账' }]);
      expect(sheet.rows[1]![4]).toEqual({ v: '核对' });
      const [name, date, amount, formatted, error] = sheet.rows[2]!;
      expect(name).toEqual({ v: '一号项目' });
      expect(date).toEqual({ v: '2025-03-01', d: '2025-03-01', w: '2025年3月', z: 'yyyy"年"m"月"' });
      expect(amount).toEqual({ v: 2024.1 });
      expect(formatted).toEqual({ v: 12000, w: '12,000', z: '#,##0' });
      expect(error).toEqual({ v: null, w: '#N/A' });
      expect(sheet.merges).toEqual([{ s: { r: 0, c: 0 }, e: { r: 0, c: 4 } }]);
      expect(sheet.totalRows).toBe(3);
    });
  }

  it('reads a date as the day Excel shows in any time zone (UTC getters)', () => {
    const saved = process.env.TZ;
    // West of UTC, a local-time getter would put 1 March 00:00 UTC on 28 February.
    process.env.TZ = 'America/New_York';
    try {
      const sheet = readWorkbook(bytesOf(book({ 台账: ledgerSheet() })), 'a.xlsx', 'auto').sheets[0]!;
      expect(sheet.rows[2]![1]).toMatchObject({ d: '2025-03-01', w: '2025年3月' });
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('numbers rows and columns from A1 whatever the sheet’s range starts at, trailing empty rows dropped', () => {
    const sheet = XLSX.utils.sheet_add_aoa({}, [['项目名称', '总投资'], ['二号项目', 5]], { origin: 'C3' });
    sheet['!ref'] = 'C3:D40'; // formatted rows below the data hold no cells
    const read = readWorkbook(bytesOf(book({ 表一: sheet, 空表: XLSX.utils.aoa_to_sheet([]) })), 'a.xlsx', 'auto');
    const rows = read.sheets[0]!.rows;
    expect(rows).toHaveLength(4); // Excel rows 1–4
    expect(rows[0]).toEqual([]);
    expect(rows[2]).toEqual([null, null, { v: '项目名称' }, { v: '总投资' }]);
    expect(rows[3]![3]).toEqual({ v: 5 });
    expect(read.sheets.map((s) => s.name)).toEqual(['表一', '空表']);
    expect(read.sheets[1]).toEqual({ name: '空表', rows: [], merges: [], totalRows: 0 });
  });

  it('refuses a 100,000-row sheet quickly, and keeps a ledger sheet beside one', () => {
    const aoa: (string | number)[][] = [['项目名称', '总投资']];
    for (let i = 0; i < 100_000; i++) aoa.push([`项目${i}`, i]);
    const big = XLSX.utils.aoa_to_sheet(aoa);
    const alone = bytesOf(book({ 明细: big }));
    const started = Date.now();
    expect(catchError(() => readWorkbook(alone, 'big.xlsx', 'auto'))).toMatchObject({ problem: 'too-many-rows', detail: '100001' });
    expect(Date.now() - started).toBeLessThan(5000);

    const mixed = readWorkbook(bytesOf(book({ 台账: ledgerSheet(), 明细: big })), 'mixed.xlsx', 'auto');
    expect(mixed.sheets[0]!.rows).toHaveLength(3);
    expect(mixed.sheets[1]).toEqual({ name: '明细', rows: [], merges: [], totalRows: 100_001 });
  }, 30_000);

  it('reads a sheet right at the limit: MAX_ROWS data rows under a title and a header', () => {
    const aoa: (string | number)[][] = [['台账'], ['项目名称', '总投资']];
    for (let i = 0; i < MAX_ROWS; i++) aoa.push([`项目${i}`, i]);
    const sheet = readWorkbook(bytesOf(book({ 台账: XLSX.utils.aoa_to_sheet(aoa) })), 'a.xlsx', 'auto').sheets[0]!;
    expect(sheet.rows).toHaveLength(MAX_ROWS + 2);
    expect(sheet.totalRows).toBe(MAX_ROWS + 2);
  }, 30_000);

  it('calls an empty file or a workbook without a value empty', () => {
    expect(catchError(() => readWorkbook(new Uint8Array(0), 'a.xlsx', 'auto'))).toMatchObject({ problem: 'empty' });
    const blank = XLSX.utils.aoa_to_sheet([[null, '  '], []]);
    expect(catchError(() => readWorkbook(bytesOf(book({ Sheet1: blank })), 'a.xlsx', 'auto'))).toMatchObject({ problem: 'empty' });
  });

  it('turns away images, random bytes, a .docx and a .doc as not spreadsheets, by their bytes', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    expect(catchError(() => readWorkbook(png, '台账.xlsx', 'auto'))).toMatchObject({ problem: 'not-spreadsheet' });
    let seed = 7;
    const random = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 255);
    expect(catchError(() => readWorkbook(random, '台账.xls', 'auto'))).toMatchObject({ problem: 'not-spreadsheet' });
    expect(catchError(() => readWorkbook(container('zip', { 'word/document.xml': '<w:document/>' }), '台账.xlsx', 'auto')))
      .toMatchObject({ problem: 'not-spreadsheet' });
    expect(catchError(() => readWorkbook(container('cfb', { WordDocument: 'doc' }), '台账.xls', 'auto')))
      .toMatchObject({ problem: 'not-spreadsheet' });
  });

  it('calls a password-protected workbook encrypted', () => {
    // SheetJS cannot write encrypted files: this is the OLE2 layout Excel and WPS give one (RC4/AES inside).
    const encrypted = container('cfb', { EncryptionInfo: '\u0004\u0000\u0004\u0000', EncryptedPackage: 'x'.repeat(600) });
    expect(catchError(() => readWorkbook(encrypted, '台账.xlsx', 'auto'))).toMatchObject({ problem: 'encrypted' });
  });

  it('calls a workbook that SheetJS cannot parse unreadable', () => {
    const broken = container('zip', { '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': 'not xml <<<' });
    expect(catchError(() => readWorkbook(broken, 'a.xlsx', 'auto'))).toMatchObject({ problem: 'unreadable' });
  });
});

/** A zip or OLE2 container holding the given streams, written with SheetJS's CFB utilities. */
function container(fileType: 'zip' | 'cfb', files: Record<string, string>): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new();
  for (const [name, text] of Object.entries(files)) XLSX.CFB.utils.cfb_add(cfb, name, new TextEncoder().encode(text));
  return new Uint8Array(XLSX.CFB.write(cfb, { type: 'array', fileType }) as ArrayLike<number>);
}

