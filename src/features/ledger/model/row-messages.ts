/**
 * Every word the row check says, in one place and both languages. A message names the row and the column the
 * way the planner will look for them in the ledger: 第12行「总投资」 / Row 12, “总投资”.
 */
import { headerSegments } from './fields';
import { clip } from './text';
import type { DatePrecision } from './types';

export type Words = { zh: string; en: string };
type Role = 'start' | 'end';

const w = (zh: string, en: string): Words => ({ zh, en });
const q = (value: string) => `“${clip(value)}”`;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ymd = (iso: string) => iso.split('-').map(Number) as [number, number, number];
const zhDate = (iso: string) => {
  const [y, m, d] = ymd(iso);
  return `${y}年${m}月${d}日`;
};
const enDate = (iso: string) => {
  const [y, m, d] = ymd(iso);
  return `${d} ${MONTHS[m - 1] ?? ''} ${y}`;
};
const zhMonth = (iso: string) => `${ymd(iso)[0]}年${ymd(iso)[1]}月`;
const enMonth = (iso: string) => `${MONTHS[ymd(iso)[1] - 1] ?? ''} ${ymd(iso)[0]}`;
const ROLE = { start: w('开工', 'start'), end: w('竣工', 'completion') };
const WAN = (wan: number) => w(`${wan}万元`, `${wan} (10k yuan)`);

/** The detail of each issue, by code: what is wrong and, where it helps, what was done about it. */
export const DETAILS = {
  'missing-column': (what: string) => w(`没有“${what}”列，本表不能导入；请在列对应中指定`, `no “${what}” column, so the sheet cannot be imported; map one`),
  'missing-dates': (role: Role) => w(`没有${ROLE[role].zh}时间列，也没有“建设起止年限”列，本表不能导入；请在列对应中指定`, `no ${ROLE[role].en} date column and no “建设起止年限” (period) column, so the sheet cannot be imported; map one`),
  'no-stage-column': () => w('没有“建设性质”列：所有项目按“在建”导入', 'no stage column (建设性质): every project is imported as under construction'),
  'totals-row': (word: string) => w(`${word}行，已跳过`, `a totals row (${word}), skipped`),
  'group-row': (text: string) => w(`分组行${q(text)}，已跳过`, `a group heading ${q(text)}, skipped`),
  'footer-row': (text: string) => w(`表尾说明${q(text)}，已跳过`, `a note below the table ${q(text)}, skipped`),
  'name-empty': () => w('空着，项目名称必填', 'empty; the project name is required'),
  'planned-empty': () => w('空着，总投资必填', 'empty; the total investment is required'),
  'not-amount': (value: string) => w(`${q(value)}不是金额`, `${q(value)} is not an amount`),
  'negative': (value: string) => w(`${q(value)}是负数`, `${q(value)} is negative`),
  'planned-zero': (value: string) => w(`${q(value)}：总投资须大于0`, `${q(value)}: the total investment must be above zero`),
  'optional-not-amount': (value: string) => w(`${q(value)}不是金额，此项不导入`, `${q(value)} is not an amount; left out`),
  'amount-approx': (value: string, wan: number) => w(`${q(value)}是约数，按${WAN(wan).zh}导入并标注“约”`, `${q(value)} is approximate; imported as ${WAN(wan).en}, marked approximate`),
  'amount-over': (value: string, wan: number) => w(`${q(value)}是下限，按${WAN(wan).zh}导入并标注“以上”`, `${q(value)} is a lower bound; imported as ${WAN(wan).en}, marked “over”`),
  'date-empty': (role: Role) => w(`空着，没有${ROLE[role].zh}时间`, `empty; a ${ROLE[role].en} date is needed`),
  'not-date': (value: string) => w(`${q(value)}不是日期`, `${q(value)} is not a date`),
  'period-empty': () => w('空着，没有建设起止年限', 'empty; a construction period is needed'),
  'not-period': (value: string) => w(`${q(value)}不是起止年限（应写成2024-2026或2024.3-2026.12）`, `${q(value)} is not a period (write 2024-2026 or 2024.3-2026.12)`),
  'end-before-start': (start: string, end: string) => w(`竣工（${zhDate(end)}）早于开工（${zhDate(start)}）`, `completion (${enDate(end)}) is before the start (${enDate(start)})`),
  'date-rough': (value: string, role: Role, precision: DatePrecision, iso: string) => w(
    `${q(value)}只写到${precision === 'year' ? '年份' : '月份'}，${ROLE[role].zh}按${zhDate(iso)}计`,
    `${q(value)} gives only a ${precision}; the ${ROLE[role].en} is taken as ${enDate(iso)}`),
  'period-rough': (value: string, start: string, end: string) => w(
    `${q(value)}没写到日，按${zhDate(start)}至${zhDate(end)}计`, `${q(value)} gives no days; taken as ${enDate(start)} to ${enDate(end)}`),
  'date-ambiguous': (value: string, iso: string, alternative: string) => w(
    `${q(value)}按${zhMonth(iso)}读；若是${zhMonth(alternative)}（Excel把2024.10存成2024.1），请把单元格改成文本“${zhMonth(alternative)}”`,
    `${q(value)} is read as ${enMonth(iso)}; if it means ${enMonth(alternative)} (Excel stores 2024.10 as 2024.1), retype it as text`),
  'stage-empty': () => w('空着，不知道项目处于哪个阶段', 'empty; the stage is unknown'),
  'stage-unmapped': (value: string) => w(`${q(value)}还没有对应的项目阶段，请在阶段对应中为它选一个`, `${q(value)} is not mapped to a stage yet; choose one for it in the stage mapping`),
  'completed-over-planned': (done: number, planned: number) => w(`累计完成（${WAN(done).zh}）超过总投资（${WAN(planned).zh}）`, `invested to date (${WAN(done).en}) exceeds the total investment (${WAN(planned).en})`),
  'annual-over-completed': (year: number, done: number) => w(`年度完成（${WAN(year).zh}）超过累计完成（${WAN(done).zh}）`, `invested this year (${WAN(year).en}) exceeds invested to date (${WAN(done).en})`),
  'duplicate-name': (first: number) => w(`与第${first}行同名`, `same name as row ${first}`),
  'text-cut': (max: number) => w(`超过${max}字，只保留前${max}字`, `longer than ${max} characters; cut to ${max}`),
  'totals-mismatch': (total: number, sum: number, unread: number) => w(
    `合计为${WAN(total).zh}，各项目总投资之和为${WAN(sum).zh}${unread ? `（另有${unread}行总投资读不出）` : ''}`,
    `the total says ${WAN(total).en} but the projects add up to ${WAN(sum).en}${unread ? ` (${unread} rows without a readable total)` : ''}`),
} satisfies Record<string, (...args: never[]) => Words>;

export type IssueCode = keyof typeof DETAILS;

/** The column as a message names it: the last part of a joined group header ("投资情况（万元）/总投资" → 总投资). */
export function columnLabel(header: string): string {
  const parts = headerSegments(header);
  return parts[parts.length - 1] || header;
}

/** A detail placed at its row (and column): 第12行「总投资」：… / Row 12, “总投资”: …; 'header' for the whole sheet. */
export function placed(row: number | 'header', column: string | undefined, detail: Words): Words {
  if (row === 'header') return w(`表头：${detail.zh}`, `Header: ${detail.en}`);
  if (column === undefined) return w(`第${row}行：${detail.zh}`, `Row ${row}: ${detail.en}`);
  const label = columnLabel(column);
  return w(`第${row}行「${label}」：${detail.zh}`, `Row ${row}, “${label}”: ${detail.en}`);
}
