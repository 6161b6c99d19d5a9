import type { MonthTotals, Project } from '@/contract/schemas';
import { sumAmounts } from '@/lib/project-sums';
import { assessSchedule, SCHEDULE_STATUSES } from '@/lib/schedule';

/** A project's status at a date, by the one visible rule (src/lib/schedule.ts): the month's own as-of date. */
export const statusAt = (p: Project, asOf: string) => assessSchedule({ start: p.start, end: p.end, done: p.completedWan / p.plannedWan }, asOf).status;

/**
 * A month's totals as the manifest lists them, computed from its snapshot's records at its as-of date when it is
 * published: what the trend draws, so it needs no snapshot but the one shown.
 */
export function monthTotals(items: readonly Project[], asOf: string): MonthTotals {
  const status = Object.fromEntries(SCHEDULE_STATUSES.map((s) => [s, 0])) as MonthTotals['status'];
  for (const p of items) status[statusAt(p, asOf)] += 1;
  return { count: items.length, ...sumAmounts(items), status };
}
