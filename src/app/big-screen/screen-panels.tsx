import type { ComponentType } from 'react';
import { KpiTile } from '@/components/kpi-tile';
import { AttentionPanel } from '@/features/attention/attention-panel';
import { CooperationKpi } from '@/features/cooperation/cooperation-kpi';
import { EnergyChart } from '@/features/energy/energy-chart';
import { EnergyKpi } from '@/features/energy/energy-kpi';
import { FundsChart } from '@/features/funds/funds-chart';
import { FundsDetailLines, FundsKpi } from '@/features/funds/funds-kpi';
import { InvestmentChart } from '@/features/investment/investment-chart';
import { InvestmentKpi, LandedLine } from '@/features/investment/investment-kpi';
import { CompletedLine } from '@/features/pipeline/pipeline-kpi';
import { PipelineStageChart } from '@/features/pipeline/pipeline-stage-chart';
import { PolicyChart } from '@/features/policy/policy-chart';
import { PolicyKpi } from '@/features/policy/policy-kpi';
import { useMessages } from '@/lib/i18n/use-messages';
import { KpiStrip } from '../kpi-strip';
import { ProgressOrTrend } from '../progress-or-trend';
import { VerdictLine } from '../verdict-line';

/**
 * The overview's first screen, as the leader reads it: the verdict, the headline figures and the two pipeline
 * charts. The charts without the page's filter disclosure: a wall screen is read, not operated (a link's
 * filters still apply, and a segment can still be chosen in the stage chart).
 */
function Overview() {
  return (
    <>
      <VerdictLine />
      <KpiStrip />
      <div className="bs-pair">
        <PipelineStageChart />
        <ProgressOrTrend />
      </div>
    </>
  );
}

/** What the funds hold and what the agreements bring, with where the money stands. */
function Funds() {
  const m = useMessages();
  return (
    <>
      <div className="kpi-grid bs-tiles">
        <FundsKpi />
        <InvestmentKpi />
        <KpiTile title={m.glance.details.progress}>
          <CompletedLine />
          <FundsDetailLines />
          <LandedLine />
        </KpiTile>
      </div>
      <div className="bs-pair">
        <FundsChart />
        <InvestmentChart />
      </div>
    </>
  );
}

/**
 * The energy projects as one row of figures across the top (its lines set as columns on the stage, styles.css),
 * the chart under it: a column of tiles beside the chart left most of its height bare.
 */
function Energy() {
  return (
    <>
      <EnergyKpi />
      <EnergyChart />
    </>
  );
}

/** The tasks and the cooperation agreements side by side across the top, the tasks' chart under them. */
function Policy() {
  return (
    <>
      <div className="kpi-grid bs-tiles bs-tiles-2">
        <PolicyKpi />
        <CooperationKpi />
      </div>
      <PolicyChart />
    </>
  );
}

/**
 * The big screen's panels, in the order ←/→ and the rotation walk them: the one registry the `panel` parameter,
 * the stepping, the counter and the stage read. Ids are English and stable (links carry them); each panel's name
 * is in the screen dictionary under its id. Everything in a panel renders at once: nothing on a wall screen waits
 * to be scrolled to.
 */
export const SCREEN_PANELS = [
  { id: 'overview', Content: Overview },
  { id: 'funds', Content: Funds },
  { id: 'energy', Content: Energy },
  { id: 'policy', Content: Policy },
  { id: 'attention', Content: AttentionPanel },
] as const satisfies readonly { id: string; Content: ComponentType }[];

export type ScreenPanel = (typeof SCREEN_PANELS)[number]['id'];
export const SCREEN_PANEL_IDS = SCREEN_PANELS.map((p) => p.id) as [ScreenPanel, ...ScreenPanel[]];
/** Each panel's content by id, for the stage to render. */
export const PANEL_CONTENT = Object.fromEntries(SCREEN_PANELS.map((p) => [p.id, p.Content as ComponentType])) as Record<ScreenPanel, ComponentType>;
