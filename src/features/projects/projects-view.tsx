import { computedFrom } from '@/lib/records-provenance';
import { useMemo } from 'react';
import { ProjectFilterBar } from '@/projects/filter-bar';
import { MarkScope, PanelNote } from '@/components/mark-scope';
import { QueryWidget } from '@/components/query-widget';
import type { Projects } from '@/contract/schemas';
import { formatNumber } from '@/lib/format';
import { viewProjects } from '@/projects/selection/sort';
import { useLang } from '@/stores/language-store';
import { usePrinting } from '@/stores/print-store';
import { useProjectSelection, useSetSort } from '@/projects/state/selection';
import { usePinyinReady, useSearchRange } from '@/projects/state/pinyin-search';
import { useMessages } from '@/lib/i18n/use-messages';
import { usePlannerMessages } from '@/projects/messages/use-planner-messages';
import { CopyLink } from './copy-link';
import { CsvButton } from './csv-button';
import type { CellContext } from './project-columns';
import { ProjectsCards } from './projects-cards';
import { ProjectsTable } from './projects-table';
import { NamedProjects } from './named-projects';
import { selectionLabel } from '@/projects/selection/label';
import { useNarrow } from './use-narrow';
import { useProjects } from '@/projects/state/month';
import { useMonthChanges } from '@/projects/state/compare';

/**
 * The most rows a printout carries: the list's first ones, in its order, rendered at once inside beforeprint,
 * which blocks the page. Measured at 10,000 projects (scenarios build, headless Chromium): 500 rows took 85–210 ms
 * and 25 A4 pages; 2,000 took 0.5–1.3 s; all 10,000 took 2.5 s and a minute to lay out. Past 500 the note
 * sends the reader to the CSV.
 */
const PRINT_ROWS = 500;

/** The list under the filters: count, actions, and the table (or cards on a phone) of exactly those rows. */
function ProjectList({ data }: { data: Projects }) {
  const lang = useLang();
  const m = useMessages();
  const pm = usePlannerMessages();
  const narrow = useNarrow();
  const { filters, sort } = useProjectSelection(data);
  const setSort = useSetSort();
  const { q } = filters;
  // The pinyin search arriving (a lazy chunk) widens what the same q finds; without a q it changes nothing.
  const pinyin = usePinyinReady(q);
  const rangeOf = useSearchRange(q);
  // One pure function for every view of the list (the charts use it too); the CSV gets these same rows.
  const rows = useMemo(
    () => viewProjects(data.items, { filters, sort, lang, asOf: data.asOf, categories: data.categories, parks: data.parks }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- pinyin: viewProjects finds more once it is in
    [data, filters, sort, lang, pinyin],
  );
  const highlight = useMemo(() => (q ? (name: string) => rangeOf(name, q) : undefined), [q, rangeOf]);
  const changes = useMonthChanges();
  const c = useMemo<CellContext>(() => ({ lang, m, pm, data, highlight, changes }), [lang, m, pm, data, highlight, changes]);
  const printing = usePrinting();
  // Only what is in the DOM when beforeprint returns is printed: the virtualised rows give way to these.
  const printed = useMemo(() => (printing ? rows.slice(0, PRINT_ROWS) : undefined), [printing, rows]);
  const List = narrow ? ProjectsCards : ProjectsTable;
  return (
    <>
      <div className="projects-toolbar">
        {/* Announced as the filters change; a count of the records, as weak as they are. */}
        <p className="projects-count" role="status" data-provenance={computedFrom(data.items)}>
          {pm.planner.count(formatNumber(rows.length, lang), formatNumber(data.items.length, lang))}
        </p>
        <div className="projects-actions">
          <CopyLink />
          <CsvButton rows={rows} data={data} filtersLabel={selectionLabel(filters, data, m, pm, lang)} />
        </div>
      </div>
      {printed && rows.length > PRINT_ROWS ? (
        <p className="projects-print-note" data-provenance={computedFrom(data.items)}>
          {pm.planner.printCap(formatNumber(PRINT_ROWS, lang), formatNumber(rows.length, lang), pm.planner.csv)}
        </p>
      ) : null}
      {rows.length ? <List rows={rows} sort={sort} onSort={setSort} c={c} printed={printed} /> : <p className="widget-empty">{pm.planner.none}</p>}
    </>
  );
}

/**
 * 项目清单 (`?view=projects`): the planner's list of the pipeline, filtered by the same URL state as the
 * overview's charts, sortable by any column, shareable as a link and exportable as CSV; then the projects the
 * letter names, apart. A lazy chunk of its own (src/app/projects-page.tsx). Every record is illustrative: the
 * note under the title says so once; the provenance column states each record's kind as its value.
 */
export function ProjectsView() {
  const m = useMessages();
  const pm = usePlannerMessages().planner;
  const query = useProjects();
  return (
    <>
      <section className="panel projects-view" aria-labelledby="projects-title">
        <div className="panel-head">
          <h2 id="projects-title" className="panel-title">{pm.title}</h2>
          <PanelNote>{pm.note}</PanelNote>
        </div>
        <MarkScope>
          <ProjectFilterBar title={m.filters.title} note={m.filters.note} />
          <QueryWidget query={query} minHeight={480} isEmpty={(d) => d.items.length === 0}>
            {(data) => <ProjectList data={data} />}
          </QueryWidget>
        </MarkScope>
      </section>
      {query.data ? <NamedProjects named={query.data.named} /> : null}
    </>
  );
}
