import { formatNumber } from '@/lib/format';
import { plural } from '@/lib/i18n';
import { FILTER_KEYS, LIST_KEYS, type FilterParams } from '@/projects/selection/filter-params';
import { useLang } from '@/stores/language-store';
import { useFilterParams } from '@/projects/state/url';
import { useMessages } from '@/lib/i18n/use-messages';

/** Conditions in the URL, counted as the filter bar's chips are: each listed value, each bound, the search. */
export function activeConditions(params: FilterParams): number {
  let n = 0;
  for (const key of LIST_KEYS) n += (params[key] ?? '').split(',').filter(Boolean).length;
  if (params.min) n += 1;
  if (params.max) n += 1;
  if (params.q?.trim()) n += 1;
  return n;
}

/**
 * The filters in the address as the page opened, read once and not subscribed to: whoever holds the disclosure's
 * open state must not re-render (and re-render the charts under it) on every filter change.
 */
export function filtersAtOpen(): FilterParams {
  const search = new URLSearchParams(typeof window === 'undefined' ? '' : window.location.search);
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, search.get(key)])) as FilterParams;
}

/**
 * The overview's project filters behind one compact button, so the bar (about 150 px) never pushes the two
 * pipeline charts off the first screen. The button alone listens to the URL, to say how many conditions are on;
 * a link that carries filters opens it (see LeadCharts), so a shared selection is explained where it is read.
 */
export function FilterToggle({ open, onToggle, controls }: { open: boolean; onToggle: () => void; controls: string }) {
  const lang = useLang();
  const msg = useMessages();
  const [params] = useFilterParams();
  const active = activeConditions(params);
  const state = active > 0 ? plural(active, msg.glance.filters.active, lang)(formatNumber(active, lang)) : msg.glance.filters.none;
  return (
    // data-rule: the count is of the reader's own conditions, not a figure about the zone.
    <button type="button" className="button filter-toggle" aria-expanded={open} aria-controls={controls} data-rule=""
      onClick={onToggle}>
      {msg.filters.title}<span className="filter-toggle-state">{state}</span><span aria-hidden="true">{open ? '▴' : '▾'}</span>
    </button>
  );
}
