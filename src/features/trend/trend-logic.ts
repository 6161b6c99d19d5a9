import type { MonthEntry } from '@/contract/schemas';
import { formatDate, type Lang } from '@/lib/format';
import { SCHEDULE_STATUSES, type ScheduleStatus } from '@/lib/schedule';

/**
 * One published month as the trend draws it: the month's totals exactly as published (computed from its snapshot's
 * records then), never a figure spread, interpolated or carried over. Status counts by the schedule rule at that
 * month's own as-of date.
 */
export type TrendRow = {
  month: string;
  /** The axis and table label: 2026年9月 / Sep 2026, after GAP_MARK when months before it were not published. */
  label: string;
  asOf: string;
  /** The snapshot's file, when the months name it (a published build's manifest does). */
  file?: string;
  count: number;
  plannedWan: number;
  completedWan: number;
  /** 累计完成 ÷ 总投资 of that month; 0 when nothing is planned (no project), never a division by zero. */
  rate: number;
  /** How many calendar months between the previous published month and this one were not published. */
  gapBefore: number;
} & Record<ScheduleStatus, number>;

/**
 * Put before a month's label when the months just before it were not published: the axis spaces months evenly,
 * so without it a missing month would not show at all. The panel's note says what it means and names them.
 */
export const GAP_MARK = '⋯';

const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthAt = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/** Published months (newest first, as the contract lists them) → chart rows, oldest → newest. Gaps stay gaps. */
export function trendRows(months: readonly MonthEntry[], lang: Lang): TrendRow[] {
  // Sorted here rather than reversed: the order is the contract's promise, the chart's reading order is ours.
  const sorted = [...months].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  return sorted.map((m, i) => {
    const previous = sorted[i - 1];
    const gapBefore = previous ? Math.max(0, index(m.month) - index(previous.month) - 1) : 0;
    const { totals } = m;
    return {
      month: m.month,
      label: `${gapBefore ? GAP_MARK : ''}${formatDate(m.month, lang, 'month')}`,
      asOf: m.asOf,
      ...(m.file ? { file: m.file } : {}),
      count: totals.count,
      plannedWan: totals.plannedWan,
      completedWan: totals.completedWan,
      rate: totals.plannedWan ? totals.completedWan / totals.plannedWan : 0,
      gapBefore,
      ...Object.fromEntries(SCHEDULE_STATUSES.map((s) => [s, totals.status[s]])) as Record<ScheduleStatus, number>,
    };
  });
}

/** The calendar months inside the trend's span that were not published, oldest first (for the panel's note). */
export function missingMonths(rows: readonly TrendRow[]): string[] {
  return rows.flatMap((r) => Array.from({ length: r.gapBefore }, (_, k) => monthAt(index(r.month) - r.gapBefore + k)));
}

/** The largest amount the money chart plots, so its axis, ticks and tooltips share one unit. */
export const maxTrendWan = (rows: readonly TrendRow[]): number =>
  rows.reduce((max, r) => Math.max(max, r.plannedWan, r.completedWan), 0);

/** A trend needs two months: with one, there is no change to show, and nothing may claim one. */
export const hasTrend = (months: readonly unknown[] | undefined): boolean => (months?.length ?? 0) >= 2;
