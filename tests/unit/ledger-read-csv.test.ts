// @vitest-environment node
/** Reading CSV ledgers: GBK from Chinese Excel/WPS, UTF-8 with and without BOM, overrides, Excel's row numbers. */
import { describe, expect, it } from 'vitest';
import { decodeText, detectEncoding } from '../../src/features/ledger/read/decode';
import { MAX_ROWS, readWorkbook } from '../../src/features/ledger/read/read-workbook';
import { catchError } from '../lib/ledger-sheet';
import type { SheetData } from '../../src/features/ledger/model/types';

// GBK bytes written by hand (Node has no GBK encoder), so the decoder under test never made its own input.
const GBK: Record<string, number[]> = {
  项: [0xcf, 0xee], 目: [0xc4, 0xbf], 名: [0xc3, 0xfb], 称: [0xb3, 0xc6], 总: [0xd7, 0xdc], 投: [0xcd, 0xb6], 资: [0xd7, 0xca],
};
const gbk = (text: string) => new Uint8Array(Array.from(text).flatMap((ch) => GBK[ch] ?? [ch.charCodeAt(0)]));
const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (bytes: Uint8Array) => new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);

const LEDGER = '项目名称,总投资\r\n项目,12000\r\n';
const values = (sheet: SheetData | undefined) => (sheet?.rows ?? []).map((row) => row.map((cell) => cell?.v ?? null));

describe('the hand-made GBK bytes', () => {
  it('are what the platform decoder reads as GBK', () => {
    expect(new TextDecoder('gb18030').decode(gbk('项目名称总投资'))).toBe('项目名称总投资');
  });
});

describe('detectEncoding and decodeText', () => {
  it('tells a BOM, strict UTF-8 and the GB18030 fallback apart', () => {
    expect(detectEncoding(withBom(utf8(LEDGER)))).toEqual({ used: 'utf-8', how: 'bom' });
    expect(detectEncoding(utf8(LEDGER))).toEqual({ used: 'utf-8', how: 'utf-8' });
    expect(detectEncoding(gbk(LEDGER))).toEqual({ used: 'gb18030', how: 'fallback' });
    expect(detectEncoding(utf8('plain ascii,1'))).toEqual({ used: 'utf-8', how: 'utf-8' });
  });

  it('strips the BOM, and obeys a chosen encoding', () => {
    expect(decodeText(withBom(utf8('项目')), 'auto')).toEqual({ text: '项目', encoding: { used: 'utf-8', how: 'bom' } });
    expect(decodeText(withBom(utf8('项目')), 'utf-8')).toEqual({ text: '项目', encoding: { used: 'utf-8', how: 'chosen' } });
    expect(decodeText(gbk('项目'), 'gb18030')).toEqual({ text: '项目', encoding: { used: 'gb18030', how: 'chosen' } });
  });

  it('reads Excel’s UTF-16 "Unicode text" by its BOM, whatever the choice', () => {
    const le = new Uint8Array([0xff, 0xfe, ...Array.from('项目\t1').flatMap((ch) => [ch.charCodeAt(0) & 255, ch.charCodeAt(0) >> 8])]);
    expect(detectEncoding(le)).toEqual({ used: 'utf-16le', how: 'bom' });
    expect(decodeText(le, 'gb18030')).toEqual({ text: '项目\t1', encoding: undefined });
    const book = readWorkbook(le, '台账.txt', 'auto');
    expect(values(book.sheets[0])).toEqual([['项目', '1']]);
    expect(book.encoding).toBeUndefined();
  });
});

describe('readWorkbook on CSV', () => {
  it('reads a GBK file without BOM by falling back to GB18030', () => {
    const book = readWorkbook(gbk(LEDGER), '台账.csv', 'auto');
    expect(book).toMatchObject({ fileName: '台账.csv', format: 'csv', encoding: { used: 'gb18030', how: 'fallback' }, replacementInHeader: false });
    expect(book.sheets).toHaveLength(1);
    expect(book.sheets[0]!.name).toBe('台账');
    expect(values(book.sheets[0])).toEqual([['项目名称', '总投资'], ['项目', '12000']]);
  });

  it('reads UTF-8 with and without BOM, the BOM not part of the first cell', () => {
    for (const [bytes, how] of [[withBom(utf8(LEDGER)), 'bom'], [utf8(LEDGER), 'utf-8']] as const) {
      const book = readWorkbook(bytes, 'a.csv', 'auto');
      expect(book.encoding).toEqual({ used: 'utf-8', how });
      expect(book.sheets[0]!.rows[0]![0]).toEqual({ v: '项目名称' });
    }
  });

  it('obeys an override, and warns when the forced encoding leaves U+FFFD in the header', () => {
    const right = readWorkbook(gbk(LEDGER), 'a.csv', 'gb18030');
    expect(right.encoding).toEqual({ used: 'gb18030', how: 'chosen' });
    expect(right.replacementInHeader).toBe(false);
    expect(values(right.sheets[0])[0]).toEqual(['项目名称', '总投资']);
    const wrong = readWorkbook(gbk(LEDGER), 'a.csv', 'utf-8');
    expect(wrong.encoding).toEqual({ used: 'utf-8', how: 'chosen' });
    expect(wrong.replacementInHeader).toBe(true);
    expect(readWorkbook(utf8(LEDGER), 'a.csv', 'utf-8').replacementInHeader).toBe(false);
  });

  it('keeps every value as written text, blank lines as rows, quoted line breaks inside one row', () => {
    const text = '序号,项目名称,总投资\r\n001,"一期\n二期",1.20\r\n\r\n2025.10,"说""明""",\r\n\r\n\r\n';
    const sheet = readWorkbook(utf8(text), 'a.csv', 'auto').sheets[0]!;
    // rows[i] is Excel's row i + 1: the quoted break does not start a row, the blank line is row 3.
    expect(values(sheet)).toEqual([['序号', '项目名称', '总投资'], ['001', '一期\n二期', '1.20'], [], ['2025.10', '说"明"']]);
    expect(sheet.totalRows).toBe(4);
    expect(sheet.merges).toEqual([]);
  });

  it('reads a tab-separated file and an HTML table saved as .xls', () => {
    expect(values(readWorkbook(utf8('项目名称\t总投资\n项目\t5\n'), 'a.txt', 'auto').sheets[0])).toEqual([['项目名称', '总投资'], ['项目', '5']]);
    const html = '<html><head><meta charset="utf-8"></head><body><table><tr><td>项目名称</td><td>总投资</td></tr><tr><td>项目</td><td>1,200</td></tr></table></body></html>';
    const book = readWorkbook(utf8(html), '导出.xls', 'auto');
    expect(book.format).toBe('xls');
    expect(values(book.sheets[0])).toEqual([['项目名称', '总投资'], ['项目', '1,200']]);
  });

  it('reads MAX_ROWS data rows, and refuses a 100,000-row file fast', () => {
    const lines = (n: number) => `标题\r\n项目名称,总投资\r\n${Array.from({ length: n }, (_, i) => `项目${i},${i}`).join('\r\n')}\r\n`;
    expect(readWorkbook(utf8(lines(MAX_ROWS)), 'a.csv', 'auto').sheets[0]!.rows).toHaveLength(MAX_ROWS + 2);
    const started = Date.now();
    const error = catchError(() => readWorkbook(utf8(lines(100_000)), 'a.csv', 'auto'));
    expect(error).toMatchObject({ problem: 'too-many-rows', detail: '100002' });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('calls an empty or blank file empty, and a binary one renamed .csv not a spreadsheet', () => {
    expect(catchError(() => readWorkbook(new Uint8Array(0), 'a.csv', 'auto'))).toMatchObject({ problem: 'empty' });
    expect(catchError(() => readWorkbook(withBom(utf8('\r\n , \r\n\r\n')), 'a.csv', 'auto'))).toMatchObject({ problem: 'empty' });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(catchError(() => readWorkbook(png, 'a.csv', 'auto'))).toMatchObject({ problem: 'not-spreadsheet' });
    expect(catchError(() => readWorkbook(utf8('%PDF-1.7\n%abc\n'), 'a.csv', 'auto'))).toMatchObject({ problem: 'not-spreadsheet' });
  });

  it('reports progress from start to finish', () => {
    const shares: number[] = [];
    readWorkbook(utf8(LEDGER), 'a.csv', 'auto', (share) => shares.push(share));
    expect(shares.length).toBeGreaterThanOrEqual(3);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(shares[shares.length - 1]).toBe(1);
  });
});

