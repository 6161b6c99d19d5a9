import { useId, useState, type ReactNode } from 'react';
import { Reveal } from '@/components/reveal';
import { PipelineFilters } from '@/features/pipeline/pipeline-filters';
import { PipelineStageChart } from '@/features/pipeline/pipeline-stage-chart';
import { useMessages } from '@/lib/i18n/use-messages';
import { mediaMatches } from '@/lib/media-query';
import { activeConditions, FilterToggle, filtersAtOpen } from './filter-disclosure';
import { ProgressOrTrend } from './progress-or-trend';

/**
 * The desktop layout, where the two pipeline charts sit side by side on the first screen (styles.css uses the
 * same width). Read once, at mount: a chart must not remount (and lose its state) when a window is resized.
 */
export const LEAD_CHARTS_ON_FIRST_SCREEN = '(min-width: 1024px)';

const onFirstScreen = () => mediaMatches(LEAD_CHARTS_ON_FIRST_SCREEN);

/**
 * The project charts a leader reads first, with the filters that drive them. On a desktop they are on the
 * first screen and draw at once; on a phone they are below the KPIs and render on approach or when idle.
 */
export function LeadCharts() {
  const m = useMessages();
  const [eager] = useState(onFirstScreen);
  const filtersId = useId();
  // Open when the link carries filters. Closed, the bar's chunk is not even downloaded.
  const [open, setOpen] = useState(() => activeConditions(filtersAtOpen()) > 0);
  const place = (chart: ReactNode) => (eager ? chart : <Reveal minHeight={420}>{chart}</Reveal>);
  return (
    <section className="lead-charts" aria-labelledby="charts-title">
      <div className="charts-head">
        <h2 id="charts-title" className="section-title">{m.overview.charts}</h2>
        <FilterToggle open={open} onToggle={() => setOpen((v) => !v)} controls={filtersId} />
      </div>
      <div id={filtersId} className="filter-slot" hidden={!open}>{open ? <PipelineFilters /> : null}</div>
      <div className="panel-grid lead-grid">
        {place(<PipelineStageChart />)}
        {place(<ProgressOrTrend />)}
      </div>
    </section>
  );
}
