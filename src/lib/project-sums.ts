import type { Project } from '@/contract/schemas';

export interface AmountSums { plannedWan: number; completedWan: number; annualPlanWan: number; annualCompletedWan: number }

/** The four amounts of a list of projects, summed in one pass (万元): the pipeline's stats and a month's totals. */
export function sumAmounts(items: readonly Project[]): AmountSums {
  let plannedWan = 0, completedWan = 0, annualPlanWan = 0, annualCompletedWan = 0;
  for (const p of items) {
    plannedWan += p.plannedWan;
    completedWan += p.completedWan;
    annualPlanWan += p.annualPlanWan;
    annualCompletedWan += p.annualCompletedWan;
  }
  return { plannedWan, completedWan, annualPlanWan, annualCompletedWan };
}
