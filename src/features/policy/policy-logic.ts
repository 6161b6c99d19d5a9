import type { PolicyTask } from '@/api/schemas';
import { assessSchedule, type Assessment, type ScheduleStatus } from '@/lib/schedule';

export const assessTask = (t: PolicyTask, asOf: string): Assessment =>
  assessSchedule({ start: t.start, end: t.due, done: t.progress / 100 }, asOf);

export const TASK_STATUS_ORDER: ScheduleStatus[] = ['done', 'on-track', 'at-risk', 'behind', 'not-started'];

export function tasksByStatus(tasks: readonly PolicyTask[], asOf: string): Record<ScheduleStatus, number> {
  const counts = Object.fromEntries(TASK_STATUS_ORDER.map((s) => [s, 0])) as Record<ScheduleStatus, number>;
  for (const t of tasks) counts[assessTask(t, asOf).status] += 1;
  return counts;
}
