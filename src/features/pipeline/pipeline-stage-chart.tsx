import { useState } from 'react';
import { STAGES, type Projects } from '@/contract/schemas';
import { ChartPanel } from '@/components/chart-panel';
import { ProvenanceBadge } from '@/components/provenance-badge';
import { BarChart, STAGE_COLOR } from '@/components/charts';
import { moneyScale } from '@/lib/format';
import { nameOf } from '@/lib/labels';
import { useLang } from '@/stores/language-store';
import { useMessages } from '@/stores/use-messages';
import { useFilteredProjects } from '@/stores/filtered-projects';
import { byCategory, byStage, maxCategoryWan } from './pipeline-logic';
import { PipelineMatrixTable } from './pipeline-matrix-table';
import { matrix, stageSummary } from './pipeline-summary';

type Metric = 'count' | 'money';

export function PipelineStageChart() {
  const lang = useLang();
  const msg = useMessages();
  const m = msg.pipeline.stageChart;
  const [metric, setMetric] = useState<Metric>('count');
  const query = useFilteredProjects();
  // From the filtered items the chart draws, so a small selection reads in 万元 rather than 0.x亿.
  const money = moneyScale(query.data ? maxCategoryWan(query.data.items) : 0, lang);
  const build = (data: Projects) => {
    const rows = matrix(data.items);
    const fmt = (v: number) => (metric === 'count' ? String(v) : money.value(v));
    const chartData = rows.map((r) => ({
      category: nameOf(data.categories, r.category, lang),
      ...Object.fromEntries(STAGES.map((s) => [s, metric === 'count' ? r.cells[s].count : r.cells[s].plannedWan])),
    }));
    return {
      summary: stageSummary(byStage(data.items), byCategory(data.items), data.categories, lang),
      chart: (
        <BarChart horizontal data={chartData} categoryKey="category" formatValue={fmt} categoryWidth={m.categoryWidth}
          formatAxis={(v) => (metric === 'count' ? String(v) : money.tick(v))}
          series={STAGES.map((s) => ({ key: s, label: msg.stage[s], color: STAGE_COLOR[s], stackId: 'stage', illustrative: true }))} />
      ),
      table: <PipelineMatrixTable rows={rows} categories={data.categories} lang={lang} />,
    };
  };
  const controls = (
    <div className="segmented" role="group" aria-label={m.metric}>
      {(['count', 'money'] as const).map((k) => (
        <button key={k} type="button" className="button" aria-pressed={metric === k} onClick={() => setMetric(k)}>{m[k]}</button>
      ))}
    </div>
  );
  return (
    <ChartPanel provenance="illustrative" axisNote={<>{m.axis} <ProvenanceBadge provenance="inferred" /></>} title={m.title} unit={metric === 'count' ? m.unitCount : money.unit} source={m.source}
      query={query} isEmpty={(d) => d.items.length === 0} build={build} controls={controls} />
  );
}
