import type { Projects } from '@/contract/schemas';
import { formatMoneyWan, type Lang } from '@/lib/format';
import type { Messages } from '@/lib/i18n';
import { nameOf } from '@/lib/labels';
import { unitsOf, type ProjectSelection } from '@/lib/project-view';

/**
 * The project selection in words for the printed header, in the filter bar's order and with the names the data
 * gives (as src/lib/selection-label.ts words it for an export). Its own copy because that one needs the planner's
 * lazy dictionary for the bounds, and the header renders inside beforeprint, with no time to load it.
 */
export function printedFilters(filters: ProjectSelection, data: Projects, m: Messages, lang: Lang): string[] {
  const units = unitsOf(data.items);
  return [
    ...(filters.category ?? []).map((x) => nameOf(data.categories, x, lang)),
    ...(filters.stage ?? []).map((x) => m.stage[x]),
    ...(filters.status ?? []).map((x) => m.status[x]),
    ...(filters.park ?? []).map((x) => nameOf(data.parks, x, lang)),
    ...(filters.unit ?? []).map((x) => nameOf(units, x, lang)),
    ...(filters.min !== undefined ? [m.print.min(formatMoneyWan(filters.min, lang))] : []),
    ...(filters.max !== undefined ? [m.print.max(formatMoneyWan(filters.max, lang))] : []),
    ...(filters.q ? [filters.q] : []),
  ];
}
