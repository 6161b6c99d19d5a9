/**
 * Every row of a ledger's table, checked against the mapping the planner confirmed. Rows are numbered as
 * Excel shows them, so each issue can be found in the file; blank rows are skipped silently, totals and group
 * headings are skipped and said so, project rows go to ./check-project-row.
 */
import { checkProjectRow } from './check-project-row';
import type { RowContext } from './check-project-row';
import { DETAILS, placed } from './row-messages';
import type { Words } from './row-messages';
import { footerNote, groupHeading, isBlankRow, onlySerial, sheetGrid, totalsWord } from './sheet-grid';
import { cellText } from './text';
import type { AmountUnit, CheckResult, FieldId, Mapping, RowIssue, SheetAnalysis, SheetData, StageMap } from './types';
import { parseAmount } from './values';

export interface CheckOptions {
  /** A unit the planner chose for a column, over its header's and the sheet's. */
  columnUnits?: Partial<Record<number, AmountUnit>>;
}

/** Each field a header matched, read from the first column that matched it. */
export function defaultMapping(analysis: SheetAnalysis): Mapping {
  const mapping: Mapping = {};
  for (const column of analysis.columns) {
    if (column.field && mapping[column.field] === undefined) mapping[column.field] = column.index;
  }
  return mapping;
}

/** Excel's column letters, for a column whose header is blank. */
function letters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

interface Totals { row: number; label: string; word: string; plannedWan?: number; shown: string; section: number }

export function checkRows(sheet: SheetData, analysis: SheetAnalysis, mapping: Mapping, stages: StageMap, options: CheckOptions = {}): CheckResult {
  const grid = sheetGrid(sheet);
  const header = (c: number) => analysis.columns.find((col) => col.index === c)?.header || `${letters(c)}列`;
  const unitOf = (c: number) => options.columnUnits?.[c] ?? analysis.columns.find((col) => col.index === c)?.unit ?? analysis.defaultUnit.unit;
  const ctx: RowContext = { grid, mapping, stages, header, unitOf, names: new Map() };
  const issues: RowIssue[] = [];
  const sheetIssue = (severity: RowIssue['severity'], code: string, detail: Words) => {
    issues.push({ sheet: sheet.name, row: analysis.headerRows[0], severity, code, message: placed('header', undefined, detail) });
  };

  // Without a name, a 总投资 or dates, no row can be imported: said once for the sheet, not on every row.
  const missing = (field: FieldId) => mapping[field] === undefined;
  const blocked = missing('name') || missing('planned') || ((missing('start') || missing('end')) && missing('period'));
  if (missing('name')) sheetIssue('error', 'missing-column', DETAILS['missing-column']('项目名称'));
  if (missing('planned')) sheetIssue('error', 'missing-column', DETAILS['missing-column']('总投资'));
  for (const role of ['start', 'end'] as const) if (missing(role) && missing('period')) sheetIssue('error', 'missing-dates', DETAILS['missing-dates'](role));
  // No stage column: every project counts as under construction, the stage a key-project ledger mostly
  // tracks; one warning says so instead of guessing per row from dates the check cannot compare with a clock.
  if (missing('stage')) sheetIssue('warning', 'no-stage-column', DETAILS['no-stage-column']());

  const result: CheckResult = { records: [], issues, rejected: 0, totals: [] };
  const totals: Totals[] = [];
  const projects: { section: number; plannedWan?: number }[] = [];
  let section = 0;
  const mapped = new Set(Object.values(mapping));
  for (let r = analysis.dataStart - 1; r < sheet.rows.length; r++) {
    // A line holding only its 序号 is as blank as an empty one (templates number rows in advance).
    if (isBlankRow(sheet, r) || onlySerial(sheet, r, (c) => mapped.has(c))) continue;
    const row = r + 1;
    const total = totalsWord(sheet, r, mapping.name);
    if (total) {
      const c = mapping.planned;
      const read = c === undefined ? undefined : parseAmount(grid.raw(r, c), unitOf(c));
      const entry: Totals = { row, label: total.label, word: total.word, shown: c === undefined ? '' : cellText(grid.raw(r, c)), section };
      if (read?.ok) entry.plannedWan = read.wan;
      totals.push(entry);
      issues.push({ sheet: sheet.name, row, value: total.label, severity: 'info', code: 'totals-row', message: placed(row, undefined, DETAILS['totals-row'](total.word)) });
      section += 1;
      continue;
    }
    const footer = footerNote(sheet, r, mapping.name);
    if (footer) {
      issues.push({ sheet: sheet.name, row, value: footer, severity: 'info', code: 'footer-row', message: placed(row, undefined, DETAILS['footer-row'](footer)) });
      continue;
    }
    const heading = groupHeading(grid, r, mapping.name);
    if (heading) {
      issues.push({ sheet: sheet.name, row, value: heading, severity: 'info', code: 'group-row', message: placed(row, undefined, DETAILS['group-row'](heading)) });
      section += 1;
      continue;
    }
    const outcome = checkProjectRow(ctx, r);
    issues.push(...outcome.issues);
    projects.push({ section, plannedWan: outcome.plannedWan });
    if (outcome.record && !blocked) result.records.push(outcome.record);
    else result.rejected += 1;
  }

  for (const t of totals) {
    const entry: CheckResult['totals'][number] = { row: t.row, label: t.label };
    if (t.plannedWan !== undefined) entry.plannedWan = t.plannedWan;
    result.totals.push(entry);
    const mismatch = t.plannedWan === undefined ? undefined : compareTotal(t, projects);
    if (mismatch) {
      issues.push({ sheet: sheet.name, row: t.row, column: header(mapping.planned ?? 0), value: t.shown, severity: 'warning', code: 'totals-mismatch', message: placed(t.row, header(mapping.planned ?? 0), mismatch) });
    }
  }
  // Stable: within a row, the order the checks ran in.
  issues.sort((a, b) => a.row - b.row);
  return result;
}

/**
 * A 小计 covers the rows just before it (or, placed on top, just after it); a 合计 / 总计 covers all. Each row
 * was rounded to whole 万元, so half a 万元 per row is rounding, not a mismatch.
 */
function compareTotal(t: Totals, projects: { section: number; plannedWan?: number }[]): Words | undefined {
  let covered = projects;
  if (t.word === '小计') {
    covered = projects.filter((p) => p.section === t.section);
    if (covered.length === 0) covered = projects.filter((p) => p.section === t.section + 1);
  }
  let sum = 0;
  let unread = 0;
  for (const p of covered) {
    if (p.plannedWan === undefined) unread += 1;
    else sum += p.plannedWan;
  }
  const total = t.plannedWan ?? 0;
  return Math.abs(total - sum) > Math.max(1, covered.length * 0.5) ? DETAILS['totals-mismatch'](total, sum, unread) : undefined;
}
