import { STAGES, type Projects } from '@/contract/schemas';
import { DataTable } from '@/components/data-table';
import { ProvenanceBadge } from '@/components/provenance-badge';
import { formatMoneyWan, type Lang } from '@/lib/format';
import { nameOf, STAGE_LABEL } from '@/lib/labels';
import type { MatrixRow } from './pipeline-summary';

const M = { zh: { category: '类别', caption: '各类别各阶段项目数与计划投资' }, en: { category: 'Category', caption: 'Projects and planned investment by category and stage' } };

export function PipelineMatrixTable({ rows, categories, lang }: { rows: MatrixRow[]; categories: Projects['categories']; lang: Lang }) {
  return (
    <DataTable caption={M[lang].caption} rows={rows} rowKey={(r) => r.category}
      columns={[
        // One 推断 mark for the whole dimension, on its header: the category names are our reading.
        { key: 'category', label: <>{M[lang].category} <ProvenanceBadge provenance="inferred" /></>, render: (r) => nameOf(categories, r.category, lang) },
        ...STAGES.map((s) => ({
          key: s, label: STAGE_LABEL[lang][s], numeric: true,
          render: (r: MatrixRow) => (r.cells[s].count
            ? <>{r.cells[s].count} · {formatMoneyWan(r.cells[s].plannedWan, lang)} <ProvenanceBadge provenance="illustrative" /></>
            : '—'),
        })),
      ]} />
  );
}
