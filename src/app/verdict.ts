/**
 * The overview's one-line verdict: how the zone stands at the data's as-of date, by the same visible status
 * rule as the projects (src/lib/schedule.ts). Pure: the numbers come from the two responses alone, never
 * the clock, so the sentence a leader reads is the one the letter's date implies.
 */
import type { PolicyTasks, Projects, Provenance } from '@/contract/schemas';
import { projectsNeedingAttention, tasksNeedingAttention } from '@/features/attention/attention-logic';
import { pipelineStats } from '@/features/pipeline/pipeline-logic';
import { formatDate, formatMoneyWan, formatNumber, formatPercent, type Lang } from '@/lib/format';
import type { MonthChanges } from '@/projects/months/changes';
import { plural, type Messages } from '@/lib/i18n';
import { assessRate, type RateAssessment } from '@/lib/schedule';
import { STATUS_ICON } from '@/lib/status-labels';

export interface Verdict {
  asOf: string;
  /** The tasks' own as-of date, only when it differs from the projects': one date must not cover both silently. */
  tasksAsOf: string | null;
  /** Null with no project records: "0 of 0" and a 0% rate would read as facts. */
  projects: { count: number; construction: number; attention: number } | null;
  /** 年度投资完成率 against 序时进度; null with no projects or no annual plan to measure against. */
  rate: (RateAssessment & { rate: number; timeShare: number }) | null;
  tasks: { count: number; attention: number } | null;
  /** Any figure in the sentence rests on an illustrative record: the line must say so first. */
  illustrative: boolean;
  /** The mark for the whole line: counted from records, so derived unless a record is itself a guess. */
  provenance: Provenance;
  /** Since the month published before, when there is one (src/projects/months/changes.ts). */
  changes: { previousMonth: string; investedWan: number; started: number; worsened: number; recovered: number } | null;
}

/** The weakest kind among the records wins: one illustrative record makes every count it enters illustrative. */
function weakest(kinds: readonly Provenance[]): Provenance {
  if (kinds.includes('illustrative')) return 'illustrative';
  if (kinds.includes('inferred')) return 'inferred';
  return 'derived';
}

export function verdict(projects: Projects, tasks: PolicyTasks, changes?: { previousMonth: string; of: MonthChanges }): Verdict {
  const items = projects.items;
  const stats = pipelineStats(items, projects.asOf);
  const provenance = weakest([...items.map((p) => p.provenance), ...tasks.tasks.map((t) => t.provenance)]);
  return {
    asOf: projects.asOf,
    tasksAsOf: tasks.asOf === projects.asOf ? null : tasks.asOf,
    projects: items.length === 0 ? null : {
      count: items.length,
      construction: items.filter((p) => p.stage === 'construction').length,
      attention: projectsNeedingAttention(items, projects.asOf).length,
    },
    rate: items.length === 0 || stats.annualPlanWan === 0 ? null
      : { ...assessRate(stats.annualRate, stats.timeShare), rate: stats.annualRate, timeShare: stats.timeShare },
    tasks: tasks.tasks.length === 0 ? null
      : { count: tasks.tasks.length, attention: tasksNeedingAttention(tasks.tasks, tasks.asOf).length },
    illustrative: provenance === 'illustrative',
    provenance,
    changes: changes ? {
      previousMonth: changes.previousMonth, investedWan: changes.of.investedWan, started: changes.of.ids.started.size,
      worsened: changes.of.ids.worsened.size, recovered: changes.of.ids.recovered.size,
    } : null,
  };
}

/** A run of the sentence; the status run is kept apart so the line can colour it (with its icon and word). */
export type VerdictSegment = string | { status: RateAssessment['status']; rag: RateAssessment['rag']; text: string };

/** The sentence in the reader's language, in runs: only the dictionary knows the grammar. */
export function verdictSegments(v: Verdict, msg: Messages, lang: Lang): VerdictSegment[] {
  const m = msg.verdict;
  const n = (x: number) => formatNumber(x, lang);
  const clauses: VerdictSegment[][] = [];
  // A missing list is said where its figures would stand, so the reader never takes silence for zero.
  if (!v.projects) clauses.push([v.tasks ? m.noProjects : m.noRecords]);
  else clauses.push([plural(v.projects.count, m.projects, lang)(n(v.projects.construction), n(v.projects.count))]);
  if (v.rate) {
    const pts = Math.abs(v.rate.lagPts);
    const against = v.rate.lagPts > 0 ? plural(pts, m.behind, lang)(formatNumber(pts, lang, 1))
      : v.rate.lagPts < 0 ? plural(pts, m.ahead, lang)(formatNumber(pts, lang, 1)) : m.level;
    const status = `${STATUS_ICON[v.rate.status]} ${msg.status[v.rate.status]}`;
    clauses.push([m.rate(formatPercent(v.rate.rate, lang), against), m.statusOpen, { status: v.rate.status, rag: v.rate.rag, text: status }, m.statusClose]);
  }
  const attention = [
    v.projects ? plural(v.projects.attention, m.attentionProjects, lang)(n(v.projects.attention)) : null,
    v.tasks ? plural(v.tasks.attention, m.attentionTasks, lang)(n(v.tasks.attention)) : null,
  ].filter((x): x is string => x !== null);
  if (attention.length > 0) {
    const tasksDate = v.tasks && v.tasksAsOf ? m.tasksAsOf(formatDate(v.tasksAsOf, lang)) : '';
    clauses.push([m.attention(attention.join(m.item)) + tasksDate]);
  }
  if (v.projects && !v.tasks) clauses.push([m.noTasks]);
  if (v.changes) {
    const c = m.changeParts;
    clauses.push([m.changes(formatDate(v.changes.previousMonth, lang, 'month'), [
      c.invested(formatMoneyWan(v.changes.investedWan, lang)), plural(v.changes.started, c.started, lang)(n(v.changes.started)),
      plural(v.changes.worsened, c.worsened, lang)(n(v.changes.worsened)), plural(v.changes.recovered, c.recovered, lang)(n(v.changes.recovered)),
    ].join(m.item))]);
  }
  const out: VerdictSegment[] = [m.asOf(formatDate(v.asOf, lang))];
  clauses.forEach((c, i) => out.push(...(i > 0 ? [m.clause] : []), ...c));
  return out;
}

/** The whole sentence as plain text: what the heading's accessible name and the tests read. */
export const verdictSentence = (v: Verdict, msg: Messages, lang: Lang): string =>
  verdictSegments(v, msg, lang).map((s) => (typeof s === 'string' ? s : s.text)).join('');
