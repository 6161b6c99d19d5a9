import { STAGES, type Projects } from '@/contract/schemas';
import { DataTable } from '@/components/data-table';
import { ProvenanceBadge } from '@/components/provenance-badge';
import { formatMoneyWan, type Lang } from '@/lib/format';
import { MESSAGES } from '@/lib/i18n';
import { nameOf } from '@/lib/labels';
import type { MatrixRow } from './pipeline-summary';

export function PipelineMatrixTable({ rows, categories, lang }: { rows: MatrixRow[]; categories: Projects['categories']; lang: Lang }) {
  const msg = MESSAGES[lang];
  return (
    <DataTable caption={msg.pipeline.matrix.caption} rows={rows} rowKey={(r) => r.category}
      columns={[
        // One 推断 mark for the whole dimension, on its header: the category names are our reading.
        { key: 'category', label: <>{msg.pipeline.matrix.category} <ProvenanceBadge provenance="inferred" /></>, render: (r) => nameOf(categories, r.category, lang) },
        ...STAGES.map((s) => ({
          key: s, label: msg.stage[s], numeric: true,
          render: (r: MatrixRow) => (r.cells[s].count
            ? <>{r.cells[s].count} · {formatMoneyWan(r.cells[s].plannedWan, lang)} <ProvenanceBadge provenance="illustrative" /></>
            : '—'),
        })),
      ]} />
  );
}
