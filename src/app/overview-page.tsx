import type { ComponentType } from 'react';
import { Reveal } from '@/components/reveal';
import { AttentionPanel } from '@/features/attention/attention-panel';
import { EnergyChart } from '@/features/energy/energy-chart';
import { FundsChart } from '@/features/funds/funds-chart';
import { InvestmentChart } from '@/features/investment/investment-chart';
import { KeyItemsPanel } from '@/features/key-items/key-items-panel';
import { PolicyChart } from '@/features/policy/policy-chart';
import { useMessages } from '@/lib/i18n/use-messages';
import { KpiDetails, KpiStrip } from './kpi-strip';
import { LeadCharts } from './lead-charts';
import { MonthChangesStrip } from './month-changes';
import { ReadingGuide } from './reading-guide';
import { VerdictLine } from './verdict-line';

/**
 * The overview's panels in reading order: the one list the page renders. The first screen (the verdict, the four
 * headline figures, the pipeline charts) renders at once; a panel with `later` renders on approach or when idle,
 * holding that many pixels until then. A new panel is one entry here; a chart beside the others, one in MORE_CHARTS.
 * Ids are spelled out: a component's .name is whatever the minifier left of it.
 */
const MORE_CHARTS = [['funds', FundsChart], ['investment', InvestmentChart], ['energy', EnergyChart], ['policy', PolicyChart]] as const;

function MoreCharts() {
  const m = useMessages();
  return (
    <section aria-labelledby="more-charts-title">
      <h2 id="more-charts-title" className="section-title">{m.glance.moreCharts}</h2>
      <div className="panel-grid">
        {MORE_CHARTS.map(([key, Chart]) => <Reveal key={key} minHeight={420}><Chart /></Reveal>)}
      </div>
    </section>
  );
}

export const OVERVIEW_PANELS: readonly { id: string; Panel: ComponentType; later?: number }[] = [
  { id: 'verdict', Panel: VerdictLine },
  { id: 'changes', Panel: MonthChangesStrip },
  { id: 'kpis', Panel: KpiStrip },
  { id: 'lead-charts', Panel: LeadCharts },
  { id: 'kpi-details', Panel: KpiDetails },
  { id: 'attention', Panel: AttentionPanel, later: 320 },
  { id: 'more-charts', Panel: MoreCharts },
  { id: 'key-items', Panel: KeyItemsPanel, later: 600 },
  { id: 'reading-guide', Panel: ReadingGuide, later: 200 },
];

/** The leader's overview: the first screen, then the detail. */
export function OverviewPage() {
  return (
    <div className="overview">
      {OVERVIEW_PANELS.map(({ id, Panel, later }) => (later
        ? <Reveal key={id} minHeight={later}><Panel /></Reveal>
        : <Panel key={id} />))}
    </div>
  );
}
