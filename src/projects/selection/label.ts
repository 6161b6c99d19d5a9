import type { Projects } from '@/contract/schemas';
import { formatMoneyWan, type Lang } from '@/lib/format';
import type { Messages } from '@/lib/i18n';
import type { PlannerMessages } from '@/projects/messages';
import { nameOf } from '@/lib/labels';
import { unitsOf, type ProjectSelection } from '@/projects/selection/select';

/** How a bound reads (≥10亿元): the caller's words, so a lazily loaded dictionary is needed only where it is loaded. */
export interface BoundWords { min: (amount: string) => string; max: (amount: string) => string }

/**
 * The selection in words, in the order of the filter bar, with the names the data gives. The printed header uses
 * it with the main dictionary's bound words: it renders inside beforeprint, with no time to load the planner's.
 */
export function selectionWords(filters: ProjectSelection, data: Projects, m: Messages, bounds: BoundWords, lang: Lang): string[] {
  const units = unitsOf(data.items);
  return [
    ...(filters.category ?? []).map((x) => nameOf(data.categories, x, lang)),
    ...(filters.stage ?? []).map((x) => m.stage[x]),
    ...(filters.status ?? []).map((x) => m.status[x]),
    ...(filters.park ?? []).map((x) => nameOf(data.parks, x, lang)),
    ...(filters.unit ?? []).map((x) => nameOf(units, x, lang)),
    ...(filters.min !== undefined ? [bounds.min(formatMoneyWan(filters.min, lang))] : []),
    ...(filters.max !== undefined ? [bounds.max(formatMoneyWan(filters.max, lang))] : []),
    ...(filters.q ? [filters.q] : []),
  ];
}

/**
 * The selection in words for a file name (新基建-在建): values only. Shared by the projects view's CSV and the
 * chart exports (src/components/chart-export), both lazily loaded; an image's caption joins the same words with
 * the language's list separator instead.
 */
export function selectionLabel(filters: ProjectSelection, data: Projects, m: Messages, pm: PlannerMessages, lang: Lang, sep = '-'): string {
  return selectionWords(filters, data, m, pm.chips, lang).join(sep);
}
