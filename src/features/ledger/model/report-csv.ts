/**
 * The check's issues as rows of a report the planner opens next to the ledger, one issue a line in the order
 * found. The UI writes the file with toCsv (src/lib/csv.ts), which keeps a hostile cell from running as a formula.
 */
import type { CsvColumn } from '@/lib/csv';
import type { Lang } from '@/lib/format';
import type { RowIssue, Severity } from './types';

/** The one set of words for the report, on screen (ui/check-report.tsx) and in its CSV, so the two never differ. */
export const REPORT_WORDS: Record<Lang, { columns: [string, string, string, string, string, string]; severity: Record<Severity, string> }> = {
  zh: { columns: ['工作表', '行', '列', '值', '级别', '问题'], severity: { error: '错误', warning: '提醒', info: '说明' } },
  en: { columns: ['Sheet', 'Row', 'Column', 'Value', 'Severity', 'Problem'], severity: { error: 'Error', warning: 'Warning', info: 'Note' } },
};

const KEYS = ['sheet', 'row', 'column', 'value', 'severity', 'problem'] as const;

export function REPORT_COLUMNS(lang: Lang): CsvColumn[] {
  return KEYS.map((key, i) => ({ key, header: REPORT_WORDS[lang].columns[i] ?? key }));
}

/** The row stays a number, so a spreadsheet sorts the report by row. */
export function reportRows(issues: readonly RowIssue[], lang: Lang): Record<string, string | number>[] {
  return issues.map((issue) => ({
    sheet: issue.sheet,
    row: issue.row,
    column: issue.column ?? '',
    value: issue.value ?? '',
    severity: REPORT_WORDS[lang].severity[issue.severity],
    problem: issue.message[lang],
  }));
}
