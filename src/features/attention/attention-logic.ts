import type { LocalText, PolicyTask, Project, Provenance } from '@/contract/schemas';
import { assessSchedule, type Assessment } from '@/lib/schedule';

/**
 * What a leader must look at first: projects and tasks the schedule rule (src/lib/schedule.ts) marks red
 * or amber. Everything is computed at the data's as-of date, never the system clock, so the list a leader
 * sees today is the one the letter's date implies.
 */
export type AttentionKind = 'project' | 'task';

/** The projects view with the two statuses the rule flags (amber, red), and nothing else filtered. */
export const ATTENTION_VIEW = {
  view: 'projects', status: 'at-risk,behind', category: null, stage: null, park: null, unit: null, min: null, max: null, q: null,
} as const;

export interface AttentionItem {
  id: string;
  kind: AttentionKind;
  name: LocalText;
  responsibleUnit: LocalText;
  start: string;
  end: string;
  /** Share of work done, 0..1: the figure the lag is computed from, shown next to it. */
  done: number;
  assessment: Assessment;
  /** Past its end date at the as-of date: red whatever the lag. */
  overdue: boolean;
  /** The record's: a lag computed from a documented record is derived, from an illustrative one illustrative. */
  provenance: Provenance;
}

const item = (
  kind: AttentionKind, id: string, name: LocalText, responsibleUnit: LocalText, start: string, end: string, done: number, asOf: string,
  provenance: Provenance,
): AttentionItem => ({
  id, kind, name, responsibleUnit, start, end, done, provenance,
  assessment: assessSchedule({ start, end, done }, asOf),
  // Same day arithmetic as assessSchedule: ISO dates compare correctly as strings.
  overdue: asOf > end && done < 1,
});

/** Project progress is money invested over money planned, as in the pipeline panel. */
export const assessProjects = (items: readonly Project[], asOf: string): AttentionItem[] =>
  items.map((p) => item('project', p.id, p.name, p.responsibleUnit, p.start, p.end, p.completedWan / p.plannedWan, asOf, p.provenance));

/** Task progress arrives as a percentage; the rule works in shares. */
export const assessTasks = (tasks: readonly PolicyTask[], asOf: string): AttentionItem[] =>
  tasks.map((t) => item('task', t.id, t.title, t.responsibleUnit, t.start, t.due, t.progress / 100, asOf, t.provenance));

const RAG_RANK = { red: 0, amber: 1, green: 2, none: 3 } as const;

/** Red before amber, then the furthest behind first; id last so equal lags keep a stable order. */
export function compareAttention(a: AttentionItem, b: AttentionItem): number {
  return RAG_RANK[a.assessment.rag] - RAG_RANK[b.assessment.rag]
    || b.assessment.lagPts - a.assessment.lagPts
    || a.id.localeCompare(b.id);
}

/** Only red and amber need attention; green, done and not-started items stay out of the list. */
export const needsAttention = (items: readonly AttentionItem[]): AttentionItem[] =>
  items.filter((i) => i.assessment.rag === 'red' || i.assessment.rag === 'amber').sort(compareAttention);

export const projectsNeedingAttention = (items: readonly Project[], asOf: string) => needsAttention(assessProjects(items, asOf));
export const tasksNeedingAttention = (tasks: readonly PolicyTask[], asOf: string) => needsAttention(assessTasks(tasks, asOf));

/** Red and amber counts for the list heading, so the size of the problem reads before the detail. */
export function attentionCounts(items: readonly AttentionItem[]): { red: number; amber: number } {
  let red = 0, amber = 0;
  for (const i of items) {
    if (i.assessment.rag === 'red') red += 1;
    else if (i.assessment.rag === 'amber') amber += 1;
  }
  return { red, amber };
}
