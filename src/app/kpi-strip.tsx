import { CooperationKpi } from '@/features/cooperation/cooperation-kpi';
import { EnergyKpi } from '@/features/energy/energy-kpi';
import { FundsKpi } from '@/features/funds/funds-kpi';
import { InvestmentKpi } from '@/features/investment/investment-kpi';
import { PipelineKpi } from '@/features/pipeline/pipeline-kpi';
import { PolicyKpi } from '@/features/policy/policy-kpi';
import { useMessages } from '@/stores/use-messages';

export function KpiStrip() {
  const m = useMessages();
  return (
    <section className="kpi-strip" aria-labelledby="kpi-heading">
      <h2 id="kpi-heading" className="section-title">{m.keyFigures}</h2>
      <div className="kpi-grid">
        <PipelineKpi />
        <FundsKpi />
        <InvestmentKpi />
        <EnergyKpi />
        <PolicyKpi />
        <CooperationKpi />
      </div>
    </section>
  );
}
