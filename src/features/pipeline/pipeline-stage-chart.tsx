import { useState } from 'react';
import { STAGES, type Projects, type Stage } from '@/contract/schemas';
import { ChartPanel, CSV_WAN } from '@/components/chart-panel';
import { ProvenanceBadge } from '@/components/provenance-badge';
import { PlainBarChart, STAGE_COLOR, type ChartRow } from '@/components/charts';
import { formatNumber, moneyScale } from '@/lib/format';
import { plural } from '@/lib/i18n';
import { nameOf } from '@/lib/labels';
import type { FilterKey } from '@/projects/selection/filter-params';
import { useLang } from '@/stores/language-store';
import { useMessages } from '@/lib/i18n/use-messages';
import { useExportFilterWords } from '@/projects/state/export-words';
import { useFilteredProjects } from '@/projects/state/filtered';
import { byCategory, byStage, maxCategoryWan } from './pipeline-logic';
import { computedFrom } from '@/lib/records-provenance';
import { PipelineMatrixTable } from './pipeline-matrix-table';
import { matrix, stageSummary } from './pipeline-summary';
import { StageSelectionBar, useStageSelection } from './stage-selection';

type Metric = 'count' | 'money';

/** The chart's own dimensions: it draws all of them, showing the selection rather than filtering itself by it. */
const OWN_DIMENSIONS: readonly FilterKey[] = ['category', 'stage'];

export function PipelineStageChart() {
  const filterWords = useExportFilterWords();
  const lang = useLang();
  const msg = useMessages();
  const m = msg.pipeline.stageChart;
  const [metric, setMetric] = useState<Metric>('count');
  // The bars: every filter but category and stage (the context the selection sits in). The summary, the table
  // and the count: every filter, so they read exactly as the other charts and the project list.
  const context = useFilteredProjects(OWN_DIMENSIONS);
  const selected = useFilteredProjects();
  // From the items the chart draws, so a small selection reads in 万元 rather than 0.x亿.
  const money = moneyScale(context.data ? maxCategoryWan(context.data.items, context.data.categories) : 0, lang);
  const fmt = (v: number) => (metric === 'count' ? plural(v, m.countValue, lang)(formatNumber(v, lang)) : money.value(v));
  const { select, categories, stages } = useStageSelection((row, stage, value) =>
    m.segment(String(row.category), msg.stage[stage as Stage], fmt(value)));
  const build = (data: Projects) => {
    const rows = matrix(data.items, data.categories);
    const shown = selected.data ?? data;
    const chartData: ChartRow[] = rows.map((r) => ({
      categoryId: r.category,
      category: nameOf(data.categories, r.category, lang),
      ...Object.fromEntries(STAGES.map((s) => [s, metric === 'count' ? r.cells[s].count : r.cells[s].plannedWan])),
    }));
    const series = STAGES.map((s) => ({ key: s, label: msg.stage[s], color: STAGE_COLOR[s], stackId: 'stage', illustrative: true }));
    return {
      summary: stageSummary(byStage(shown.items), byCategory(shown.items, data.categories), data.categories, lang),
      chart: (
        <PlainBarChart horizontal data={chartData} categoryKey="category" formatValue={(v) => (metric === 'count' ? String(v) : money.value(v))}
          categoryWidth={m.categoryWidth} select={select}
          formatAxis={(v) => (metric === 'count' ? String(v) : money.tick(v))}
          series={series} />
      ),
      table: <PipelineMatrixTable rows={matrix(shown.items, data.categories)} categories={data.categories} lang={lang} provenance={computedFrom(data.items)} />,
      legend: series,
      // The bars' own numbers (every category, the selection among them), in the measure on screen.
      csv: { rows: chartData, columns: [{ key: 'category', header: msg.pipeline.matrix.category },
        ...series.map((s) => ({ key: s.key, header: s.label, unit: metric === 'count' ? m.unitCount : CSV_WAN }))] },
    };
  };
  // Only values the data knows: a link's bad values are reported and dropped by the filter bar, never echoed.
  const known = context.data?.categories ?? [];
  const names = [
    categories.filter((c) => known.some((k) => k.id === c)).map((c) => nameOf(known, c, lang)).join(msg.sep.enumeration),
    stages.filter((s): s is Stage => (STAGES as readonly string[]).includes(s)).map((s) => msg.stage[s]).join(msg.sep.enumeration),
  ].filter(Boolean);
  const provenance = computedFrom(context.data?.items ?? [{ provenance: 'illustrative' }]);
  const readCategories = context.data?.categories.some((c) => c.provenance === 'inferred') ?? true;
  const controls = (
    <div className="segmented" role="group" aria-label={m.metric}>
      {(['count', 'money'] as const).map((k) => (
        <button key={k} type="button" className="button" aria-pressed={metric === k} onClick={() => setMetric(k)}>{m[k]}</button>
      ))}
    </div>
  );
  return (
    <ChartPanel provenance={provenance}
      // The category names are our reading of the letter in the demo (推断); a ledger names its own.
      axisNote={readCategories ? <>{m.axis} <ProvenanceBadge provenance="inferred" /></> : m.axisRecords}
      title={m.title} unit={metric === 'count' ? m.unitCount : money.unit} sourceNote={provenance === 'illustrative' ? m.sourceNote : m.sourceNoteRecords}
      query={context} isEmpty={(d) => d.items.length === 0} build={build} controls={controls} filterWords={filterWords}
      footer={<StageSelectionBar what={names.length ? names.join(' · ') : null} count={selected.data?.items.length ?? 0} />} />
  );
}
