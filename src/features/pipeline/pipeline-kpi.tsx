import { FigureValue } from '@/components/figure-value';
import { KpiLine, KpiMain, KpiSub, KpiTile, kpiLines } from '@/components/kpi-tile';
import { QueryWidget } from '@/components/query-widget';
import { formatDate, formatNumber } from '@/lib/format';
import { assessRate, yearElapsedDays } from '@/lib/schedule';
import { STATUS_ICON } from '@/lib/status-labels';
import { inEveryLanguage, plural } from '@/lib/i18n';
import { useLang } from '@/stores/language-store';
import { useMessages } from '@/lib/i18n/use-messages';
import { computedFrom } from '@/lib/records-provenance';
import { pipelineStats } from './pipeline-logic';
import { useProjects } from '@/projects/state/month';

/** The formula travels with the figure in both languages, like the API's formulas do. */
const timeShareFormula = (asOf: string) => {
  const { days, daysInYear } = yearElapsedDays(asOf);
  return inEveryLanguage((m, lang) => m.pipeline.kpi.timeFormula(days, daysInYear, formatDate(asOf, lang)));
};

const percent = (share: number) => Math.round(share * 1000) / 10;

/** Headline: the letter's total investment, with its project count under it (26个项目). */
export function PipelineKpi() {
  const lang = useLang();
  const msg = useMessages();
  const query = useProjects();
  return (
    <KpiTile title={msg.pipeline.kpi.total} headline>
      <QueryWidget query={query} minHeight={kpiLines(2)}>
        {(data) => (
          <>
            <KpiMain><FigureValue figure={data.documented.total} size="lg" /></KpiMain>
            <KpiSub>
              <FigureValue figure={data.documented.count} size="sm" />
              {plural(data.documented.count.value, msg.glance.projects, lang)}
            </KpiSub>
          </>
        )}
      </QueryWidget>
    </KpiTile>
  );
}

/**
 * Headline: 年度投资完成率 read against 序时进度, with the status the project rule gives that lag (icon and
 * words, never colour alone). The rate is illustrative, so the status and its lag are too.
 */
export function RateKpi() {
  const lang = useLang();
  const msg = useMessages();
  const m = msg.glance.rate;
  const query = useProjects();
  return (
    <KpiTile title={m.title} headline>
      {/* With no project records there is nothing to report progress on: 0% would read as a fact. */}
      <QueryWidget query={query} minHeight={kpiLines(2)} isEmpty={(d) => d.items.length === 0}>
        {(data) => {
          const s = pipelineStats(data.items, data.asOf);
          // Derived from a ledger's documented rows; illustrative from the demo's placeholders.
          const provenance = computedFrom(data.items);
          const a = assessRate(s.annualRate, s.timeShare);
          const pts = formatNumber(Math.abs(a.lagPts), lang, 1);
          const lag = a.lagPts > 0 ? m.behind(pts) : a.lagPts < 0 ? m.ahead(pts) : m.even;
          return (
            <>
              <KpiMain>
                <FigureValue figure={{ value: percent(s.annualRate), unit: 'percent', provenance, formula: inEveryLanguage((t) => t.glance.rate.formula) }} size="lg" />
              </KpiMain>
              <KpiSub>
                <span className="kpi-sub-label">{m.time}</span>
                {/* Computed from the as-of date alone, so derived, with the day count as its formula. */}
                <FigureValue size="sm" figure={{
                  value: percent(s.timeShare), unit: 'percent', provenance: 'derived', formula: timeShareFormula(data.asOf),
                }} />
              </KpiSub>
              <KpiSub provenance={provenance}>
                <span className={`status status-${a.rag}`}>
                  <span aria-hidden="true">{STATUS_ICON[a.status]}</span> {msg.status[a.status]}
                </span>
                {' · '}{lag}
              </KpiSub>
            </>
          );
        }}
      </QueryWidget>
    </KpiTile>
  );
}

/** Detail: money invested to date across the (illustrative) project records. */
export function CompletedLine() {
  const m = useMessages().glance.details;
  const query = useProjects();
  return (
    <QueryWidget query={query} minHeight={kpiLines(1)} isEmpty={(d) => d.items.length === 0}>
      {(data) => (
        <KpiLine label={m.completed}>
          <FigureValue figure={{
            value: pipelineStats(data.items, data.asOf).completedWan, unit: 'wan-yuan', provenance: computedFrom(data.items),
            formula: inEveryLanguage((t) => t.glance.details.completedFormula),
          }} size="sm" />
        </KpiLine>
      )}
    </QueryWidget>
  );
}
