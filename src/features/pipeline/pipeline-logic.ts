import type { Category, Project, Stage } from '@/contract/schemas';
import { CATEGORIES, STAGES } from '@/contract/schemas';
import { daysBetween, elapsedShare } from '@/contract/iso-date';
import { yearElapsedShare } from '@/lib/schedule';

export interface PipelineStats {
  count: number;
  plannedWan: number;
  completedWan: number;
  annualPlanWan: number;
  annualCompletedWan: number;
  /** 年度投资完成率: work done this year over this year's plan. */
  annualRate: number;
  /** 序时进度: share of the year elapsed at the as-of date. */
  timeShare: number;
}

export function pipelineStats(items: readonly Project[], asOf: string): PipelineStats {
  let plannedWan = 0, completedWan = 0, annualPlanWan = 0, annualCompletedWan = 0;
  for (const p of items) {
    plannedWan += p.plannedWan;
    completedWan += p.completedWan;
    annualPlanWan += p.annualPlanWan;
    annualCompletedWan += p.annualCompletedWan;
  }
  return {
    count: items.length, plannedWan, completedWan, annualPlanWan, annualCompletedWan,
    annualRate: annualPlanWan ? annualCompletedWan / annualPlanWan : 0,
    timeShare: yearElapsedShare(asOf),
  };
}

export interface GroupRow<K extends string> {
  key: K;
  count: number;
  plannedWan: number;
  completedWan: number;
}

function groupBy<K extends string>(items: readonly Project[], keys: readonly K[], keyOf: (p: Project) => K): GroupRow<K>[] {
  const rows = new Map<K, GroupRow<K>>(keys.map((k) => [k, { key: k, count: 0, plannedWan: 0, completedWan: 0 }]));
  for (const p of items) {
    const row = rows.get(keyOf(p));
    if (!row) continue;
    row.count += 1;
    row.plannedWan += p.plannedWan;
    row.completedWan += p.completedWan;
  }
  return [...rows.values()];
}

export const byCategory = (items: readonly Project[]) => groupBy<Category>(items, CATEGORIES, (p) => p.category);
export const byStage = (items: readonly Project[]) => groupBy<Stage>(items, STAGES, (p) => p.stage);

/** The longest bar of the stage chart in money: stages stack, so it is the largest category total. */
export const maxCategoryWan = (items: readonly Project[]) => byCategory(items).reduce((m, r) => Math.max(m, r.plannedWan), 0);

export interface ProgressPoint {
  period: string;
  /** Cumulative investment due by the schedule (linear between start and end). */
  plannedWan: number;
  /** Cumulative investment done, interpolated linearly up to the as-of figure. */
  completedWan: number;
}

export const maxProgressWan = (points: readonly ProgressPoint[]) => points.reduce((m, p) => Math.max(m, p.plannedWan, p.completedWan), 0);

/** Quarter ends from the first start up to the as-of date; the last point is the as-of date itself. */
export function progressOverTime(items: readonly Project[], asOf: string): ProgressPoint[] {
  const started = items.filter((p) => daysBetween(p.start, asOf) >= 0);
  if (started.length === 0) return [];
  const first = started.reduce((min, p) => (p.start < min ? p.start : min), asOf);
  const periods: string[] = [];
  for (let y = Number(first.slice(0, 4)), q = Math.floor(Number(first.slice(5, 7)) / 3.01); ; q += 1) {
    if (q > 3) { q = 0; y += 1; }
    const end = `${y}-${['03-31', '06-30', '09-30', '12-31'][q]}`;
    if (end >= asOf) break;
    periods.push(end);
  }
  periods.push(asOf);
  return periods.map((period) => {
    let plannedWan = 0, completedWan = 0;
    for (const p of started) {
      // Due: the schedule rule's elapsed share. Done: spread evenly from the start up to the as-of figure.
      plannedWan += p.plannedWan * elapsedShare(p.start, p.end, period);
      completedWan += p.completedWan * elapsedShare(p.start, asOf, period);
    }
    return { period, plannedWan: Math.round(plannedWan), completedWan: Math.round(completedWan) };
  });
}
