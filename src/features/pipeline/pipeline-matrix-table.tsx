import { STAGES, type Projects, type Provenance } from '@/contract/schemas';
import { DataTable } from '@/components/data-table';
import { ProvenanceBadge } from '@/components/provenance-badge';
import { formatMoneyWan, type Lang } from '@/lib/format';
import { MESSAGES } from '@/lib/i18n';
import { nameOf } from '@/lib/labels';
import type { MatrixRow } from './pipeline-summary';

/**
 * Count and planned investment per category and stage. On a phone the amount goes under the count (styles.css,
 * `.matrix`), so six columns fit and a category name never breaks one character a line.
 */
interface Props { rows: MatrixRow[]; categories: Projects['categories']; lang: Lang; provenance: Provenance }

export function PipelineMatrixTable({ rows, categories, lang, provenance }: Props) {
  const msg = MESSAGES[lang];
  return (
    <div className="matrix">
      <DataTable caption={msg.pipeline.matrix.caption} rows={rows} rowKey={(r) => r.category}
        columns={[
          // One 推断 mark for the whole dimension, on its header: the category names are our reading.
          { key: 'category', label: <>{msg.pipeline.matrix.category}{categories.some((c) => c.provenance === 'inferred') ? <> <ProvenanceBadge provenance="inferred" /></> : null}</>, render: (r) => nameOf(categories, r.category, lang) },
          ...STAGES.map((s) => ({
            key: s, label: msg.stage[s], numeric: true,
            // The panel's 示例数据 note covers these amounts; the badge shows only outside such a panel.
            render: (r: MatrixRow) => (r.cells[s].count
              ? <>{r.cells[s].count}<span className="matrix-sep"> · </span><span className="matrix-money">{formatMoneyWan(r.cells[s].plannedWan, lang)} <ProvenanceBadge provenance={provenance} /></span></>
              : '—'),
          })),
        ]} />
    </div>
  );
}
