/**
 * A project's amounts and dates as its source gives them: 约3.2亿元 stays approximate, 2024年5月 stays a
 * month (the day under it is a convention, not data). The table, the cards, the drawer and the CSV all read
 * them here, through the one formatter.
 */
import type { Project } from '@/contract/schemas';
import { formatDate, formatQuantity, type Lang } from './format';

export type AmountKey = 'planned' | 'completed' | 'annualPlan' | 'annualCompleted';
const WAN: Record<AmountKey, 'plannedWan' | 'completedWan' | 'annualPlanWan' | 'annualCompletedWan'> = {
  planned: 'plannedWan', completed: 'completedWan', annualPlan: 'annualPlanWan', annualCompleted: 'annualCompletedWan',
};

export const amountQualifier = (p: Project, key: AmountKey) => p.qualifiers?.[key] ?? 'exact';

export const formatProjectAmount = (p: Project, key: AmountKey, lang: Lang): string =>
  formatQuantity({ value: p[WAN[key]], unit: 'wan-yuan', qualifier: amountQualifier(p, key) }, lang);

/** What the source gave: a day, a month or a year. */
export const datePrecision = (p: Project, which: 'start' | 'end') => p.precision?.[which] ?? 'day';

export function formatProjectDate(p: Project, which: 'start' | 'end', lang: Lang): string {
  const precision = datePrecision(p, which);
  return formatDate(p[which], lang, precision === 'day' ? 'long' : precision);
}

/** The date for a CSV cell: as precise as the source, so a spreadsheet never shows a day nobody wrote. */
export function projectDateCell(p: Project, which: 'start' | 'end'): string {
  const precision = datePrecision(p, which);
  return precision === 'year' ? p[which].slice(0, 4) : precision === 'month' ? p[which].slice(0, 7) : p[which];
}
