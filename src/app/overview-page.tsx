import type { ReactNode } from 'react';
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
import { ReadingGuide } from './reading-guide';
import { VerdictLine } from './verdict-line';

// Keys are spelled out: a component's .name is whatever the minifier left of it.
const MORE_CHARTS = [['funds', FundsChart], ['investment', InvestmentChart], ['energy', EnergyChart], ['policy', PolicyChart]] as const;
const later = (height: number, node: ReactNode) => <Reveal minHeight={height}>{node}</Reveal>;

/**
 * The leader's overview. The first screen: the verdict, the four headline figures and what needs attention,
 * and on a desktop the two pipeline charts. Then the detail, which renders on approach or when idle.
 */
export function OverviewPage() {
  const m = useMessages();
  return (
    <div className="overview">
      <VerdictLine />
      <KpiStrip />
      <LeadCharts />
      <KpiDetails />
      {later(320, <AttentionPanel />)}
      <section aria-labelledby="more-charts-title">
        <h2 id="more-charts-title" className="section-title">{m.glance.moreCharts}</h2>
        <div className="panel-grid">
          {MORE_CHARTS.map(([key, Chart]) => <Reveal key={key} minHeight={420}><Chart /></Reveal>)}
        </div>
      </section>
      {later(600, <KeyItemsPanel />)}
      {later(200, <ReadingGuide />)}
    </div>
  );
}
