import type { Category, Project, Stage } from '@/api/schemas';
import { CATEGORIES, STAGES } from '@/api/schemas';
import { assessSchedule, yearElapsedShare, type Assessment } from '@/lib/schedule';

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

export const assessProject = (p: Project, asOf: string): Assessment =>
  assessSchedule({ start: p.start, end: p.end, done: p.completedWan / p.plannedWan }, asOf);

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
