import type { ReactNode } from 'react';
import { Reveal } from '@/components/reveal';
import { AttentionPanel } from '@/features/attention/attention-panel';
import { EnergyChart } from '@/features/energy/energy-chart';
import { FundsChart } from '@/features/funds/funds-chart';
import { InvestmentChart } from '@/features/investment/investment-chart';
import { KeyItemsPanel } from '@/features/key-items/key-items-panel';
import { PipelineFilters } from '@/features/pipeline/pipeline-filters';
import { PipelineProgressChart } from '@/features/pipeline/pipeline-progress-chart';
import { PipelineStageChart } from '@/features/pipeline/pipeline-stage-chart';
import { PolicyChart } from '@/features/policy/policy-chart';
import { useMessages } from '@/stores/use-messages';
import { KpiStrip } from './kpi-strip';
import { ReadingGuide } from './reading-guide';

// Keys are spelled out: a component's .name is whatever the minifier left of it.
const CHARTS = [
  ['pipeline-stage', PipelineStageChart], ['pipeline-progress', PipelineProgressChart], ['funds', FundsChart],
  ['investment', InvestmentChart], ['energy', EnergyChart], ['policy', PolicyChart],
] as const;
const later = (height: number, node: ReactNode) => <Reveal minHeight={height}>{node}</Reveal>;

/** The leader's overview: KPIs first (above the fold on a phone), then what needs attention, then detail. */
export function OverviewPage() {
  const m = useMessages();
  return (
    <>
      <KpiStrip />
      {later(320, <AttentionPanel />)}
      <section aria-labelledby="charts-title">
        <h2 id="charts-title" className="section-title">{m.overview.charts}</h2>
        <div className="panel-grid">
          <PipelineFilters />
          {CHARTS.map(([key, Chart]) => <Reveal key={key} minHeight={420}><Chart /></Reveal>)}
        </div>
      </section>
      {later(600, <KeyItemsPanel />)}
      {later(200, <ReadingGuide />)}
    </>
  );
}
