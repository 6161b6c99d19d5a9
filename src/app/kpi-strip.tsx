import { AttentionCount } from '@/features/attention/attention-count';
import { CooperationKpi } from '@/features/cooperation/cooperation-kpi';
import { EnergyKpi } from '@/features/energy/energy-kpi';
import { FundsDetailLines, FundsKpi } from '@/features/funds/funds-kpi';
import { InvestmentKpi, LandedLine } from '@/features/investment/investment-kpi';
import { CompletedLine, PipelineKpi, RateKpi } from '@/features/pipeline/pipeline-kpi';
import { PolicyKpi } from '@/features/policy/policy-kpi';
import { KpiTile } from '@/components/kpi-tile';
import { useMessages } from '@/lib/i18n/use-messages';

/**
 * The four figures a leader asks for first, then how many things need attention, with the way to them.
 * The heading is for screen readers and the region's name: on screen the verdict above says the same.
 */
export function KpiStrip() {
  const m = useMessages();
  return (
    <section className="kpi-strip" aria-labelledby="kpi-heading">
      <h2 id="kpi-heading" className="visually-hidden">{m.keyFigures}</h2>
      <div className="kpi-grid kpi-headlines">
        <PipelineKpi />
        <FundsKpi />
        <InvestmentKpi />
        <RateKpi />
        <AttentionCount />
      </div>
    </section>
  );
}

/** Everything else the KPI strip used to hold: what is done and deployed, energy, policy tasks, partners. */
export function KpiDetails() {
  const m = useMessages();
  return (
    <section className="kpi-strip" aria-labelledby="kpi-details-heading">
      <h2 id="kpi-details-heading" className="section-title">{m.glance.details.title}</h2>
      <div className="kpi-grid kpi-details">
        <KpiTile title={m.glance.details.progress}>
          <CompletedLine />
          <FundsDetailLines />
          <LandedLine />
        </KpiTile>
        <EnergyKpi />
        <PolicyKpi />
        <CooperationKpi />
      </div>
    </section>
  );
}
