// @vitest-environment node
/** The downloadable ledger template reads back through our own reader, as a planner's filled-in copy would. */
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/features/ledger/read/read-workbook';
import {
  ledgerTemplate, TEMPLATE_EXAMPLES, TEMPLATE_HEADERS, TEMPLATE_TITLE, TEMPLATE_UNIT_ROW,
} from '../../src/features/ledger/read/template';
import type { Cell } from '../../src/features/ledger/model/types';

const text = (cell: Cell | null | undefined) => (cell ? String(cell.v ?? '') : '');

describe('ledgerTemplate', () => {
  it('has the fifteen columns a zone ledger has, in order', () => {
    expect(TEMPLATE_HEADERS).toEqual([
      '序号', '项目名称', '建设性质', '项目类型', '所属园区', '总投资', '2026年计划投资', '1-10月完成投资',
      '累计完成投资', '计划开工时间', '计划竣工时间', '形象进度', '责任单位', '存在问题', '备注',
    ]);
    for (const row of TEMPLATE_EXAMPLES) expect(row).toHaveLength(TEMPLATE_HEADERS.length);
  });

  for (const format of ['xlsx', 'csv'] as const) {
    it(`reads back (${format}): title, unit row, one header row, two plain examples`, async () => {
      const blob = await ledgerTemplate(format);
      expect(blob.type).toMatch(format === 'csv' ? /^text\/csv/ : /spreadsheetml/);
      const bytes = new Uint8Array(await blob.arrayBuffer());
      const book = readWorkbook(bytes, `重点项目台账模板.${format}`, 'auto');
      expect(book.format).toBe(format);
      const rows = book.sheets[0]!.rows;
      expect(rows).toHaveLength(5);
      expect(text(rows[0]![0])).toBe(TEMPLATE_TITLE);
      expect(TEMPLATE_TITLE).toBe('XX高新区重点项目建设进度台账（2026年1-10月）');
      expect(text(rows[1]![0])).toBe(TEMPLATE_UNIT_ROW);
      expect(TEMPLATE_UNIT_ROW).toMatch(/^填报单位：\u3000+单位：万元$/);
      expect(rows[2]!.map(text)).toEqual([...TEMPLATE_HEADERS]);
      const [first, second] = [rows[3]!, rows[4]!];
      expect(text(first[1])).toBe('示例项目一（请替换）');
      expect(text(second[1])).toBe('示例项目二（请替换）');
      // Amounts in 万元 (numbers in the xlsx, text in the CSV, as every CSV cell is), dates as planners write them.
      expect(text(first[5])).toBe('12000');
      expect(first[5]!.v).toBe(format === 'xlsx' ? 12000 : '12000');
      expect([text(first[9]), text(first[10])]).toEqual(['2025年3月', '2027年12月']);
    });
  }

  it('merges the xlsx title across the header and sets column widths', async () => {
    const book = readWorkbook(new Uint8Array(await (await ledgerTemplate('xlsx')).arrayBuffer()), 't.xlsx', 'auto');
    expect(book.sheets[0]!.merges).toEqual([{ s: { r: 0, c: 0 }, e: { r: 0, c: TEMPLATE_HEADERS.length - 1 } }]);
    const XLSX = await import('@e965/xlsx');
    const raw = XLSX.read(new Uint8Array(await (await ledgerTemplate('xlsx')).arrayBuffer()), { type: 'array', cellStyles: true });
    // Widths are read back only with cellStyles, which the ledger reader does not need.
    const cols = raw.Sheets[raw.SheetNames[0]!]!['!cols'] ?? [];
    expect(cols).toHaveLength(TEMPLATE_HEADERS.length);
    expect(cols[1]!.wch).toBeGreaterThan(cols[0]!.wch!);
  });

  it('writes the CSV as UTF-8 with a BOM, so Excel does not read it as GBK', async () => {
    const bytes = new Uint8Array(await (await ledgerTemplate('csv')).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(readWorkbook(bytes, 't.csv', 'auto').encoding).toEqual({ used: 'utf-8', how: 'bom' });
  });
});
