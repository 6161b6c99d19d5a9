import type { ReactNode } from 'react';
import { MarkScope } from '@/components/mark-scope';
import type { Project, Projects } from '@/contract/schemas';
import type { Lang } from '@/lib/format';
import { formatProjectAmount, formatProjectDate } from '@/lib/project-values';
import type { DetailMessages } from '@/lib/i18n/detail';
import type { Messages } from '@/lib/i18n';
import { nameOf } from '@/lib/labels';
import { MilestoneTimeline } from './milestone-timeline';
import { ProgressRule } from './progress-rule';
import { StageLabel } from '@/components/stage-label';
import { LocalName } from '@/components/local-name';

interface Props {
  p: Project;
  data: Pick<Projects, 'asOf' | 'categories' | 'parks' | 'source'>;
  lang: Lang;
  m: Messages;
  dm: DetailMessages;
}

/** What the record's provenance says once for the whole panel (its words name the kind); a documented record needs no note. */
function ProvenanceNote({ p, m, dm }: Pick<Props, 'p' | 'm' | 'dm'>) {
  if (p.provenance === 'documented') return null;
  const note = p.provenance === 'illustrative' ? dm.projectDetail.note : m[`${p.provenance}Note`];
  return <p className="drawer-note">{note}</p>;
}

/**
 * One project's page below its title: a panel-level provenance note (every demo project is illustrative),
 * the record's fields, its milestones on a timeline and the schedule rule applied to it. Each block carries
 * the record's `data-provenance`, so every figure here says what it is.
 */
export function ProjectDetail({ p, data, lang, m, dm }: Props) {
  const f = dm.projectDetail.fields;
  const fields: [string, ReactNode][] = [
    [f.id, p.id],
    [f.category, nameOf(data.categories, p.category, lang)],
    [f.park, nameOf(data.parks, p.park, lang)],
    [f.stage, <StageLabel key="stage" p={p} />],
    [f.unit, <LocalName key="unit" text={p.responsibleUnit} />],
    [f.planned, formatProjectAmount(p, 'planned', lang)],
    [f.completed, formatProjectAmount(p, 'completed', lang)],
    [f.period, dm.projectDetail.period(formatProjectDate(p, 'start', lang), formatProjectDate(p, 'end', lang))],
    // A ledger's own words, as written (Chinese only): 形象进度, 存在问题, 备注.
    ...(p.progressText ? [[f.progressText, <span key="progress" lang="zh">{p.progressText}</span>] as [string, ReactNode]] : []),
    ...(p.problems ? [[f.problems, <span key="problems" lang="zh">{p.problems}</span>] as [string, ReactNode]] : []),
    ...(p.notes ? [[f.notes, <span key="notes" lang="zh">{p.notes}</span>] as [string, ReactNode]] : []),
    // A record of another kind has the note above saying so in words; a field repeating it would mark it twice.
    ...(p.provenance === 'documented' ? [[f.provenance, m.documentedBy[data.source.kind]] as [string, ReactNode]] : []),
    // A ledger's record says where it was read: the sheet and row a reader can open and check.
    ...(p.row ? [[f.row, dm.projectDetail.row(p.row.sheet, String(p.row.row))] as [string, ReactNode]] : []),
  ];
  return (
    <MarkScope covered={p.provenance === 'illustrative'}>
      <div className="drawer-body" data-provenance={p.provenance}>
        <ProvenanceNote p={p} m={m} dm={dm} />
        {p.warnings?.length ? (
          <div className="drawer-note drawer-warnings" role="note">
            <p>{dm.projectDetail.warnings}</p>
            <ul>{p.warnings.map((w) => <li key={w.zh}><LocalName text={w} /></li>)}</ul>
          </div>
        ) : null}
        <dl className="drawer-fields">
          {fields.map(([label, value]) => (
            <div key={label} className="drawer-field">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <ProgressRule p={p} asOf={data.asOf} lang={lang} m={m} dm={dm} />
        {/* A ledger lists no milestones: then there is no timeline to draw, rather than an empty one. */}
        {p.milestones.length ? <MilestoneTimeline p={p} asOf={data.asOf} lang={lang} m={m} dm={dm} /> : null}
      </div>
    </MarkScope>
  );
}
