/**
 * The ledger template a zone without one can fill in: the layout real 台账 use (a merged title, a 填报单位 /
 * 单位 row, one header row) so the planner recognises it, with two rows that are plainly examples.
 */

export const TEMPLATE_TITLE = 'XX高新区重点项目建设进度台账（2026年1-10月）';
/** Full-width spaces leave room to write the unit's name in, as on the paper forms. */
export const TEMPLATE_UNIT_ROW = '填报单位：　　　　单位：万元';

export const TEMPLATE_HEADERS = [
  '序号', '项目名称', '建设性质', '项目类型', '所属园区', '总投资', '2026年计划投资', '1-10月完成投资',
  '累计完成投资', '计划开工时间', '计划竣工时间', '形象进度', '责任单位', '存在问题', '备注',
] as const;

/** Column widths in characters (a Chinese character is two): the names and notes columns get the room. */
const WIDTHS = [6, 30, 10, 12, 14, 10, 16, 16, 14, 14, 14, 24, 22, 24, 22];

/** Dates as the planners type them; the amounts are numbers in 万元, as the unit row says. */
export const TEMPLATE_EXAMPLES: readonly (readonly (string | number)[])[] = [
  [1, '示例项目一（请替换）', '续建', '产业项目', '示例园区', 12000, 3000, 2500, 8000, '2025年3月', '2027年12月',
    '主体结构施工', '示例单位（请替换）', '无', '示例行，填报前请删除'],
  [2, '示例项目二（请替换）', '新建', '基础设施', '示例园区', 5000, 2000, 800, 800, '2026年2月', '2026年12月',
    '完成场地平整', '示例单位（请替换）', '用地手续办理中', '示例行，填报前请删除'],
];

const rows = (): (string | number)[][] => [
  [TEMPLATE_TITLE],
  [TEMPLATE_UNIT_ROW],
  [...TEMPLATE_HEADERS],
  ...TEMPLATE_EXAMPLES.map((row) => [...row]),
];

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function ledgerTemplate(format: 'xlsx' | 'csv'): Promise<Blob> {
  if (format === 'csv') return new Blob([csvText()], { type: 'text/csv;charset=utf-8' });
  // Lazy: SheetJS is only downloaded by someone who asks for the template.
  const XLSX = await import('@e965/xlsx');
  const sheet = XLSX.utils.aoa_to_sheet(rows());
  sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: TEMPLATE_HEADERS.length - 1 } }];
  sheet['!cols'] = WIDTHS.map((wch) => ({ wch }));
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '重点项目台账');
  const bytes = XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
  return new Blob([bytes], { type: XLSX_TYPE });
}

/**
 * UTF-8 with a BOM (Excel opens a BOM-less UTF-8 CSV as GBK and shows mojibake), CRLF as Excel writes it, and
 * fields quoted only when they must be.
 */
function csvText(): string {
  const field = (value: string | number) => {
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${rows().map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
