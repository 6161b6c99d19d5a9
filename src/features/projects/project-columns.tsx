import type { ReactNode } from 'react';
import type { Project, Projects } from '@/contract/schemas';
import { Clamped } from '@/components/clamped';
import { Highlight } from '@/projects/filter-bar/highlight';
import { ProvenanceBadge } from '@/components/provenance-badge';
import { formatMoneyWan, formatPercent, type Lang } from '@/lib/format';
import type { MonthChanges } from '@/projects/months/changes';
import { MONTHS_MESSAGES } from '@/projects/months/months-messages';
import { formatProjectAmount, formatProjectDate } from '@/lib/project-values';
import type { Messages } from '@/lib/i18n';
import type { PlannerMessages } from '@/projects/messages';
import { nameOf } from '@/lib/labels';
import type { Range } from '@/projects/selection/name-search';
import { assessProject, progressOf, type SortKey } from '@/projects/selection/select';
import { STATUS_ICON } from '@/lib/status-labels';
import { ProjectLink } from './project-link';
import { langOf, textIn } from '@/lib/local-text';
import { StageLabel } from '@/components/stage-label';

/** What a cell needs besides its record: the language, the words, the names the data gives, the as-of date. */
export interface CellContext {
  lang: Lang;
  m: Messages;
  /** The planner's own dictionary (column names, the words of the view). */
  pm: PlannerMessages;
  data: Pick<Projects, 'categories' | 'parks' | 'asOf'> & Partial<Pick<Projects, 'source'>>;
  /** The search the rows answer, if any: what of a name to mark (the literal match, or what pinyin matched). */
  highlight?: (name: string) => Range | null;
  /** Since the previous published month, when there is one: the 较上月 column shows then. */
  changes?: MonthChanges;
}

export interface ProjectColumn {
  /** Also the sort key written to the URL (`sort=plannedWan.desc`); 较上月 is not sorted by (`change`). */
  key: Exclude<SortKey, 'id'> | 'change';
  numeric?: boolean;
  /** Fixed widths (table-layout: fixed), so columns never jump as rows scroll in and out of the DOM. */
  width: number;
  render: (p: Project, c: CellContext) => ReactNode;
}

/** Status by the visible rule at the data's as-of date: always icon and text, never colour alone. */
export function StatusText({ p, c }: { p: Project; c: CellContext }) {
  const { status, rag } = assessProject(p, c.data.asOf);
  return <span className={`status status-${rag}`}><span aria-hidden="true">{STATUS_ICON[status]}</span> {c.m.status[status]}</span>;
}

/** The columns of the projects table (and the fields of a card on a phone), in reading order. */
export const PROJECT_COLUMNS: readonly ProjectColumn[] = [
  {
    key: 'name', width: 200,
    // Names from the data are cut at a few lines (a row keeps its height), whole in the title and the drawer.
    render: (p, c) => (
      <ProjectLink id={p.id}>
        <Clamped text={textIn(p.name, c.lang)} lines={3}>
          <span lang={langOf(p.name, c.lang)}><Highlight text={textIn(p.name, c.lang)} range={c.highlight?.(textIn(p.name, c.lang))} /></span>
        </Clamped>
        {/* A ledger row let in with a warning is marked here; the drawer lists the warnings. */}
        {p.warnings?.length ? <span className="row-warning" role="img" aria-label={c.pm.planner.rowWarnings(p.warnings.length)}>⚠</span> : null}
      </ProjectLink>
    ),
  },
  { key: 'category', width: 92, render: (p, c) => <Clamped text={nameOf(c.data.categories, p.category, c.lang)} /> },
  { key: 'park', width: 100, render: (p, c) => <Clamped text={nameOf(c.data.parks, p.park, c.lang)} /> },
  { key: 'stage', width: 84, render: (p) => <StageLabel p={p} /> },
  { key: 'unit', width: 124, render: (p, c) => <Clamped text={textIn(p.responsibleUnit, c.lang)} /> },
  { key: 'plannedWan', numeric: true, width: 100, render: (p, c) => formatProjectAmount(p, 'planned', c.lang) },
  { key: 'completedWan', numeric: true, width: 112, render: (p, c) => formatProjectAmount(p, 'completed', c.lang) },
  { key: 'progress', numeric: true, width: 76, render: (p, c) => formatPercent(progressOf(p), c.lang) },
  { key: 'status', width: 92, render: (p, c) => <StatusText p={p} c={c} /> },
  { key: 'start', width: 124, render: (p, c) => formatProjectDate(p, 'start', c.lang) },
  { key: 'end', width: 124, render: (p, c) => formatProjectDate(p, 'end', c.lang) },
  {
    key: 'provenance', width: 88,
    // Documented records (a real back end's) are unmarked elsewhere; in a column of marks they say so in words.
    // The mark is this column's value, so the panel's note does not silence it (always).
    // A documented record names its kind of source: 来函原文, 台账原文, 业务系统数据.
    render: (p, c) => (p.provenance === 'documented' ? (c.data.source ? c.m.documentedBy[c.data.source.kind] : c.pm.planner.documented) : <ProvenanceBadge provenance={p.provenance} always />),
  },
];

/** 较上月: what moved in this project since last month, in words (a new project says so; none says 无变化). */
function ChangeText({ p, c }: { p: Project; c: CellContext }) {
  const change = c.changes?.byId.get(p.id);
  const mm = MONTHS_MESSAGES[c.lang];
  const w = mm.column;
  if (!change) return null;
  if (change.added) return <span className="change-added">{w.added}{change.duplicate ? mm.changes.duplicate : ''}</span>;
  const parts: string[] = [];
  if (change.completedDeltaWan !== 0) {
    const sign = change.completedDeltaWan > 0 ? '+' : '−';
    parts.push(w.delta(`${sign}${formatMoneyWan(Math.abs(change.completedDeltaWan), c.lang)}`));
  }
  if (change.stageFrom && change.stageFrom !== change.stageTo) parts.push(w.stage(c.m.stage[change.stageFrom], c.m.stage[change.stageTo]));
  if (change.statusFrom && change.statusFrom !== change.statusTo) parts.push(w.status(c.m.status[change.statusFrom], c.m.status[change.statusTo]));
  const renamed = change.previous && change.previous.name.zh !== p.name.zh ? w.renamed(change.previous.name.zh) : null;
  return <span className="change-text">{parts.length ? parts.join(c.m.sep.clause) : w.same}{renamed ? <><br /><small>{renamed}</small></> : null}</span>;
}

const CHANGE_COLUMN: ProjectColumn = { key: 'change', width: 150, render: (p, c) => <ChangeText p={p} c={c} /> };

/** The columns this list shows: 较上月 after 累计完成 once there is a previous month to compare with. */
export function columnsFor(c: Pick<CellContext, 'changes'>): readonly ProjectColumn[] {
  if (!c.changes) return PROJECT_COLUMNS;
  const at = PROJECT_COLUMNS.findIndex((col) => col.key === 'completedWan') + 1;
  return [...PROJECT_COLUMNS.slice(0, at), CHANGE_COLUMN, ...PROJECT_COLUMNS.slice(at)];
}
