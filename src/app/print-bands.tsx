import type { CSSProperties } from 'react';
import { formatNumber } from '@/lib/format';
import { selectionWords } from '@/projects/selection/label';
import { parseFilterParams } from '@/projects/selection/filter-params';
import { knownValuesOf, useFilterParams } from '@/projects/state/url';
import { useLang } from '@/stores/language-store';
import { useMessages } from '@/lib/i18n/use-messages';
import { describeSources, useDataSources } from './data-sources';
import { PAGE_LABELS } from './print-page';
import { useProjects } from '@/projects/state/month';

/** The project filters of the link in words, checked against the data as the charts and the list check them. */
function useFilterLine(): string {
  const m = useMessages();
  const lang = useLang();
  const [params] = useFilterParams();
  const { data } = useProjects();
  const { filters } = parseFilterParams(params, knownValuesOf(data));
  const words = data ? selectionWords(filters, data, m, m.print, lang) : [];
  return words.length ? m.print.filters(words.join(m.sep.enumeration)) : m.print.noFilters;
}

/**
 * What every printed page carries, rendered only while printing (the print store's flushSync in beforeprint): a
 * header with the zone, the project filters and the data's as-of date, a footer with the source, and the page
 * numbers. The header and footer are fixed, which Chrome repeats on every page, inside the bands the print
 * frame's spacer rows keep clear.
 */
export function PrintBands() {
  const m = useMessages();
  const lang = useLang();
  // The header's rule (app-header.tsx): the data's dates and sources, or until it answers the build's snapshot.
  const { asOf, sources } = describeSources(useDataSources(), m, lang);
  const filterLine = useFilterLine();
  return (
    <>
      <div className="print-head">
        <p className="print-head-title">{m.appTitle}</p>
        <p className="print-head-as-of" data-provenance="documented">{asOf ?? null}</p>
        <p className="print-head-filters">{filterLine}</p>
      </div>
      <div className="print-foot">
        <p className="print-foot-source" data-provenance="documented">{sources.join(m.sep.group)}</p>
      </div>
      <PageNumbers />
    </>
  );
}

/**
 * Page numbers, which CSS cannot give outside @page margin boxes (Chrome 131; counter(page) elsewhere prints 0).
 * Absolutely placed boxes sit at their offset in the paginated flow, so the k-th, one page area further down
 * each time, lands in the footer band of page k, however the content breaks. The overlay clips those past the
 * end (contain: strict), so they make no pages of their own; see .print-end in styles.css for the last one.
 */
function PageNumbers() {
  const m = useMessages();
  const lang = useLang();
  return (
    <div className="print-page-numbers" aria-hidden="true">
      {Array.from({ length: PAGE_LABELS }, (_, k) => (
        <span key={k} className="print-page-number" style={{ '--print-k': k } as CSSProperties}>{m.print.page(formatNumber(k + 1, lang))}</span>
      ))}
    </div>
  );
}
