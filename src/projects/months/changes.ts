import type { Project, Provenance, Stage } from '@/contract/schemas';
import type { ScheduleStatus } from '@/lib/schedule';
import { CHANGE_KINDS, type ChangeKind } from './kinds';
import { matchMonths, type MatchBy, type MonthMatch } from './match';
import { statusAt } from './totals';

/**
 * What moved between two published months, project by project. Every figure is computed from the two months'
 * records alone (each status by the schedule rule at its own month's as-of date), and every one names its
 * projects, so a link can open exactly them.
 */
export { CHANGE_KINDS, type ChangeKind };

export interface ProjectChange {
  /** Not in last month's ledger (or its key is not unique there or here). */
  added: boolean;
  duplicate: boolean;
  /** 累计完成 now minus last month; 0 for an added project. */
  completedDeltaWan: number;
  statusFrom?: ScheduleStatus;
  statusTo: ScheduleStatus;
  stageFrom?: Stage;
  stageTo: Stage;
  /** Last month's record, when matched: its name may differ (a renamed project matched by its number). */
  previous?: Project;
}

export interface MonthChanges {
  by: MatchBy;
  asOf: string;
  previousAsOf: string;
  /** Σ of the rises in 累计完成 of the matched projects that rose, in 万元. */
  investedWan: number;
  /** This month's project ids of each kind. */
  ids: Record<ChangeKind, ReadonlySet<string>>;
  /** Every project of this month, by id. */
  byId: ReadonlyMap<string, ProjectChange>;
  gone: MonthMatch['gone'];
  /** Derived when both months' records are documented; a guess on either side makes the changes a guess too. */
  provenance: Provenance;
}

const BEFORE_WORKS: readonly Stage[] = ['planning', 'signed', 'approval'];
const UNDER_WAY: readonly Stage[] = ['construction', 'completed'];
const SEVERITY: Record<ScheduleStatus, number> = { 'not-started': 0, 'on-track': 0, done: 0, 'at-risk': 1, behind: 2 };

/** 新开工: last month before works (谋划, 签约, 审批), this month in construction or completed. */
export const isStart = (from: Stage, to: Stage) => BEFORE_WORKS.includes(from) && UNDER_WAY.includes(to);
/** 转为预警/滞后: now amber or red, and worse than last month (预警 → 滞后 counts). */
export const isWorse = (from: ScheduleStatus, to: ScheduleStatus) => SEVERITY[to] > 0 && SEVERITY[to] > SEVERITY[from];
/** 恢复正常: last month amber or red, now on track or done. */
export const isRecovery = (from: ScheduleStatus, to: ScheduleStatus) => SEVERITY[from] > 0 && (to === 'on-track' || to === 'done');

function weakest(items: readonly Project[]): Provenance {
  if (items.some((p) => p.provenance === 'illustrative')) return 'illustrative';
  return items.some((p) => p.provenance === 'inferred') ? 'inferred' : 'derived';
}

export function monthChanges(current: { items: readonly Project[]; asOf: string }, previous: { items: readonly Project[]; asOf: string }): MonthChanges {
  const match = matchMonths(current.items, previous.items);
  const ids = Object.fromEntries(CHANGE_KINDS.map((k) => [k, new Set<string>()])) as Record<ChangeKind, Set<string>>;
  const byId = new Map<string, ProjectChange>();
  let investedWan = 0;
  for (const { current: p, previous: q } of match.pairs) {
    const delta = p.completedWan - q.completedWan;
    const statusFrom = statusAt(q, previous.asOf);
    const statusTo = statusAt(p, current.asOf);
    const change: ProjectChange = {
      added: false, duplicate: false, completedDeltaWan: delta, statusFrom, statusTo, stageFrom: q.stage, stageTo: p.stage, previous: q,
    };
    byId.set(p.id, change);
    if (delta > 0) { ids.invested.add(p.id); investedWan += delta; }
    if (delta < 0) ids.decreased.add(p.id);
    if (isStart(q.stage, p.stage)) ids.started.add(p.id);
    if (isWorse(statusFrom, statusTo)) ids.worsened.add(p.id);
    if (isRecovery(statusFrom, statusTo)) ids.recovered.add(p.id);
    if (delta !== 0 || q.stage !== p.stage || statusFrom !== statusTo) ids.changed.add(p.id);
  }
  for (const { project: p, duplicate } of match.added) {
    byId.set(p.id, { added: true, duplicate, completedDeltaWan: 0, statusTo: statusAt(p, current.asOf), stageTo: p.stage });
    ids.added.add(p.id);
    ids.changed.add(p.id);
  }
  return {
    by: match.by, asOf: current.asOf, previousAsOf: previous.asOf, investedWan, ids, byId, gone: match.gone,
    provenance: weakest([...current.items, ...previous.items]),
  };
}

/** One comparison per pair of loaded lists: every panel asking for the same two months shares it. */
const cache = new WeakMap<readonly Project[], WeakMap<readonly Project[], MonthChanges>>();
export function cachedMonthChanges(current: { items: readonly Project[]; asOf: string }, previous: { items: readonly Project[]; asOf: string }): MonthChanges {
  let inner = cache.get(current.items);
  if (!inner) cache.set(current.items, (inner = new WeakMap()));
  let found = inner.get(previous.items);
  if (!found) inner.set(previous.items, (found = monthChanges(current, previous)));
  return found;
}
