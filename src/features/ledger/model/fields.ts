/**
 * Which field a ledger's column holds, from its header. Headers vary by office and by year (2026年计划投资,
 * 1-10月完成投资), so each field is a few patterns on the normalised header, tried in an order that keeps the
 * year-to-date columns (年度累计完成投资) away from the since-start one (累计完成投资).
 */
import { halfWidth } from './text';
import type { AmountUnit, FieldId } from './types';

/** A trailing unit in brackets: it says how to read the column, not what it holds. */
const TRAILING_UNIT = /\((?:单位:?)?(?:万元|亿元|万|亿|元)(?:[/、](?:万元|亿元|万|亿))?\)$/;

/** Splits a joined group header on '/' outside brackets: "投资情况（万元/亿元）/总投资" has two segments. */
export function headerSegments(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if ('(（[【'.indexOf(ch) >= 0) depth += 1;
    if (')）]】'.indexOf(ch) >= 0) depth = Math.max(0, depth - 1);
    if (ch === '/' && depth === 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

const normaliseSegment = (segment: string) => segment.replace(TRAILING_UNIT, '');

/** Header text as compared: no whitespace, half-width, one kind of bracket, lower case, no trailing unit. */
export function normaliseHeader(text: string): string {
  const plain = halfWidth(text)
    .replace(/\s+/g, '')
    .replace(/[【［〔[]/g, '(')
    .replace(/[】］〕\]]/g, ')')
    .toLowerCase();
  return headerSegments(plain).map(normaliseSegment).filter((s) => s !== '').join('/');
}

/** 万元 or 亿元 stated anywhere in a (joined) header; a header naming both says neither for sure. */
export function unitInHeader(text: string): AmountUnit | undefined {
  const t = halfWidth(text).replace(/\s+/g, '');
  const yi = /亿元|\(亿\)/.test(t);
  const wan = /万元|\(万\)/.test(t);
  if (yi === wan) return undefined;
  return yi ? 'yi' : 'wan';
}

const MONTHS = '(?:1[0-2]|0?[1-9])';
const YEAR_WORD = '(?:\\d{4}年度?|本年度?|今年|年度|全年)';

/** Tried in this order; the first field whose pattern matches wins. */
const RULES: [FieldId, RegExp][] = [
  // Year-to-date first: "1-10月累计完成投资" and "年度累计完成投资" also contain 累计完成.
  // "1-10月" alone too: it stands under a group header such as "2026年完成投资".
  ['annualCompleted', new RegExp(`^(?:\\d{4}年)?(?:${MONTHS}[-—–~至])?${MONTHS}月份?(?:(?:累计)?完成(?:投资)?额?)?$`)],
  ['annualCompleted', new RegExp(`^${YEAR_WORD}(?:累计)?完成(?:投资)?额?$`)],
  ['annualPlan', new RegExp(`^(?:${YEAR_WORD}|年)计划(?:完成)?(?:投资)?额?$`)],
  ['completed', /^(?:自?开工(?:至今|以来)?|至今|项目)?累计完成(?:投资)?额?$/],
  ['planned', /^(?:计划|项目|概算|估算)?总投资额?$|^投资总额$/],
  ['id', /^(?:项目编号|项目代码|项目编码|编号|项目id)$/],
  ['name', /^(?:项目名称|项目|项目名|名称)$|^项目名称(?:及|和|与)/],
  ['stage', /^(?:建设性质|项目状态|建设状态|项目性质|建设阶段|项目阶段)$/],
  ['category', /^(?:项目类型|产业类别|所属行业|行业类别|项目类别|产业类型|行业|产业分类|项目分类)$/],
  ['park', /^(?:所属园区|建设地点|片区|园区|所在园区|所属片区|建设地址|项目地点)$/],
  ['start', /^(?:计划|实际)?开工(?:时间|日期|年月|年份)?$/],
  ['end', /^(?:计划|预计|实际)?(?:竣工|完工)(?:时间|日期|年月|年份)?$/],
  ['period', /^(?:建设)?起止(?:年限|时间|年月|日期)$|^建设(?:年限|周期|期限)$/],
  ['progress', /^(?:工程)?形象进度$|^(?:建设|工程)进度$|^(?:项目|建设)?进展(?:情况)?$|^目前进展$/],
  ['unit', /^(?:责任单位|牵头单位|建设单位|实施单位|项目单位|业主单位|项目业主|责任主体)$/],
  ['problems', /^(?:存在(?:的)?问题(?:及困难)?|问题及困难|存在困难|困难和问题|需协调解决的问题)$/],
  ['notes', /^(?:备注|说明)$/],
  ['contact', /^(?:项目)?(?:联系人|负责人)$/],
  ['phone', /^(?:联系电话|电话|手机|手机号码?|联系方式|联系人电话)$/],
];

function matchNormalised(text: string): FieldId | undefined {
  const rule = RULES.find(([, pattern]) => pattern.test(text));
  return rule ? rule[0] : undefined;
}

/** The field a header names: its last segment first ("投资情况（万元）/总投资" → 总投资), then the whole. */
export function matchField(header: string): FieldId | undefined {
  const normalised = normaliseHeader(header);
  if (normalised === '') return undefined;
  const parts = headerSegments(normalised);
  return matchNormalised(parts[parts.length - 1] ?? '') ?? matchNormalised(normalised);
}

/** A stable key of a header row, to remember the mapping a planner chose for a ledger of this shape. */
export function headerKey(headers: string[]): string {
  return JSON.stringify(headers.map(normaliseHeader));
}

export const FIELD_LABELS: Record<FieldId, { zh: string; en: string }> = {
  id: { zh: '项目编号', en: 'Project ID' },
  name: { zh: '项目名称', en: 'Project name' },
  stage: { zh: '建设性质', en: 'Stage' },
  category: { zh: '项目类型', en: 'Category' },
  park: { zh: '所属园区', en: 'Park' },
  planned: { zh: '总投资', en: 'Total investment' },
  annualPlan: { zh: '年度计划投资', en: 'Planned this year' },
  annualCompleted: { zh: '年度完成投资', en: 'Invested this year' },
  completed: { zh: '累计完成投资', en: 'Invested to date' },
  start: { zh: '开工时间', en: 'Start' },
  end: { zh: '竣工时间', en: 'Completion' },
  period: { zh: '建设起止年限', en: 'Construction period' },
  progress: { zh: '形象进度', en: 'Progress' },
  unit: { zh: '责任单位', en: 'Responsible unit' },
  problems: { zh: '存在问题', en: 'Problems' },
  notes: { zh: '备注', en: 'Notes' },
  contact: { zh: '联系人', en: 'Contact' },
  phone: { zh: '联系电话', en: 'Phone' },
};
