import type { PolicyTask } from '@/contract/schemas';
import { formatNumber, formatQuantity, type Lang } from '@/lib/format';
import { formatList, MESSAGES, plural } from '@/lib/i18n';
import { assessSchedule, type Assessment, type ScheduleStatus } from '@/lib/schedule';
import { STATUS_ICON } from '@/lib/status-labels';

export const assessTask = (t: PolicyTask, asOf: string): Assessment =>
  assessSchedule({ start: t.start, end: t.due, done: t.progress / 100 }, asOf);

export const TASK_STATUS_ORDER: ScheduleStatus[] = ['done', 'on-track', 'at-risk', 'behind', 'not-started'];

export function tasksByStatus(tasks: readonly PolicyTask[], asOf: string): Record<ScheduleStatus, number> {
  const counts = Object.fromEntries(TASK_STATUS_ORDER.map((s) => [s, 0])) as Record<ScheduleStatus, number>;
  for (const t of tasks) counts[assessTask(t, asOf).status] += 1;
  return counts;
}

// ---- Chart shaping: tasks per status under the schedule rule (task dates and progress are illustrative).

export interface StatusRow {
  [key: string]: string | number;
  status: ScheduleStatus;
  /** Icon plus words: the status is never carried by colour alone. */
  label: string;
  count: number;
  /** Share of all tasks, 0..1. */
  share: number;
}

export function statusRows(tasks: readonly PolicyTask[], asOf: string, lang: Lang): StatusRow[] {
  const counts = tasksByStatus(tasks, asOf);
  return TASK_STATUS_ORDER.map((status) => ({
    status,
    label: `${STATUS_ICON[status]} ${MESSAGES[lang].status[status]}`,
    count: counts[status],
    share: tasks.length ? counts[status] / tasks.length : 0,
    // One column per status, present only on its own row: stacked bars then get one RAG colour each
    // and the tooltip lists just that status.
    [status]: counts[status],
  }));
}

/** "63项任务中，已完成0项，正常14项，…。" — every status named, zeros included. */
export function policySummary(tasks: readonly PolicyTask[], asOf: string, lang: Lang): string {
  const msg = MESSAGES[lang];
  const m = msg.policy.summary;
  const counts = tasksByStatus(tasks, asOf);
  const count = (value: number) => ({ items: formatQuantity({ value, unit: 'items' }, lang), n: formatNumber(value, lang) });
  const parts = TASK_STATUS_ORDER.map((s) => m.part({ status: msg.status[s], ...count(counts[s]) }));
  return plural(tasks.length, m.all, lang)({ ...count(tasks.length), parts, list: formatList(parts, lang) });
}
