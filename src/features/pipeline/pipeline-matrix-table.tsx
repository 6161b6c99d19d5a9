import { STAGES } from '@/api/schemas';
import { DataTable } from '@/components/data-table';
import { ProvenanceBadge } from '@/components/provenance-badge';
import { formatMoneyWan, type Lang } from '@/lib/format';
import { CATEGORY_LABEL, STAGE_LABEL } from '@/lib/labels';
import type { MatrixRow } from './pipeline-summary';

const M = { zh: { category: '类别', caption: '各类别各阶段项目数与计划投资' }, en: { category: 'Category', caption: 'Projects and planned investment by category and stage' } };

export function PipelineMatrixTable({ rows, lang }: { rows: MatrixRow[]; lang: Lang }) {
  return (
    <DataTable caption={M[lang].caption} rows={rows} rowKey={(r) => r.category}
      columns={[
        { key: 'category', label: M[lang].category, render: (r) => CATEGORY_LABEL[lang][r.category] },
        ...STAGES.map((s) => ({
          key: s, label: STAGE_LABEL[lang][s], numeric: true,
          render: (r: MatrixRow) => (r.cells[s].count
            ? <>{r.cells[s].count} · {formatMoneyWan(r.cells[s].plannedWan, lang)} <ProvenanceBadge provenance="illustrative" /></>
            : '—'),
        })),
      ]} />
  );
}
