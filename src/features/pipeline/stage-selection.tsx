import { useCallback } from 'react';
import type { ChartRow, SegmentSelection } from '@/components/charts';
import { ViewLink } from '@/projects/view-link';
import { plural } from '@/lib/i18n';
import { formatNumber } from '@/lib/format';
import { useLang } from '@/stores/language-store';
import { chooseFilters, useHeardFilters } from '@/projects/state/filtered';
import { useMessages } from '@/lib/i18n/use-messages';

const listOf = (raw: string | null) => (raw ?? '').split(',').filter(Boolean);

/**
 * The stage chart's cross-filter: a segment is a (category, stage) pair, and choosing one sets both filters
 * in the URL (a history entry, like any filter), so the other charts, the count and the project list follow.
 * Choosing the one selected segment again clears it. The selection is what the filter bar's category and
 * stage fields hold, so the two can never disagree.
 */
export function useStageSelection(label: SegmentSelection['label']): { select: SegmentSelection; categories: string[]; stages: string[] } {
  // Read as the charts hear the filters (in a transition) and written through the one URL subscriber, so a
  // keystroke in the search box does not re-render this chart urgently.
  const params = useHeardFilters();
  const categories = listOf(params.category);
  const stages = listOf(params.stage);
  const active = categories.length > 0 || stages.length > 0;
  const only = categories.length === 1 && stages.length === 1 ? `${categories[0]}|${stages[0]}` : '';
  const onSelect = useCallback((row: ChartRow, stage: string) => {
    const category = String(row.categoryId);
    const again = only === `${category}|${stage}`;
    chooseFilters({ category: again ? null : category, stage: again ? null : stage });
  }, [only]);
  const isSelected = (row: ChartRow, stage: string) =>
    (!categories.length || categories.includes(String(row.categoryId))) && (!stages.length || stages.includes(stage));
  return { select: { onSelect, label, isSelected: active ? isSelected : undefined }, categories, stages };
}

interface BarProps {
  /** What is selected, in words (category and stage names), or nothing. */
  what: string | null;
  /** Projects in the selection (all filters applied). */
  count: number;
}

/** Under the chart: how to select, or what is selected with a link to those projects and a way back. */
export function StageSelectionBar({ what, count }: BarProps) {
  const lang = useLang();
  const m = useMessages().pipeline.stageChart;
  if (!what) return <p className="chart-hint">{m.hint}</p>;
  return (
    <div className="chart-selection">
      <span>{plural(count, m.selected, lang)(what, formatNumber(count, lang))}</span>
      <ViewLink target={{ view: 'projects' }} className="button">{m.openList}</ViewLink>
      <button type="button" className="button" onClick={() => chooseFilters({ category: null, stage: null })}>{m.clear}</button>
    </div>
  );
}
