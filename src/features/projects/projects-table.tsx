import { flexRender, getCoreRowModel, useReactTable, type ColumnDef, type Row, type SortingState, type Updater } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import type { Project } from '@/contract/schemas';
import type { ProjectSort, SortKey } from '@/projects/selection/select';
import { columnsFor, type CellContext } from './project-columns';

interface Props {
  rows: readonly Project[];
  sort: ProjectSort | undefined;
  onSort: (sort: ProjectSort | undefined) => void;
  c: CellContext;
  /** While printing: the rows the paper carries, all in the DOM at once, in the list's order (react-table's data). */
  printed?: Project[];
}

const ROW_ESTIMATE = 44;

/** A row's cells, the same on screen and on paper. */
const cellsOf = (row: Row<Project>) => row.getVisibleCells().map((cell) => {
  const numeric = cell.column.columnDef.meta === 'num';
  return <td key={cell.id} className={numeric ? 'num' : undefined}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>;
});

/**
 * The projects as a table: @tanstack/react-table 8 (useReactTable; v9 dropped it) for the columns and header
 * sort state, @tanstack/react-virtual 3 for the rows, so only the rows in view (plus a few) are in the DOM,
 * 10,000 projects or 26. Sorting is manual: the URL holds it and src/projects/selection/select.ts sorts, with the
 * language's collator, the same way for the table, the cards and the CSV. The header sticks to the top of
 * the scrolling box; the box is focusable and named, so a keyboard scrolls it. A printout gets `printed` instead
 * of the rows in view: only what is in the DOM when printing starts reaches the paper.
 */
export function ProjectsTable({ rows, sort, onSort, c, printed }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const shownColumns = columnsFor(c);
  const columns = useMemo<ColumnDef<Project>[]>(() => columnsFor(c).map((col) => ({
    id: col.key,
    // react-table lets a column sort only if it has an accessor; the order itself comes from the URL (manual).
    accessorFn: (p) => p.id,
    enableSorting: col.key !== 'change',
    header: c.pm.planner.columns[col.key],
    cell: (info) => col.render(info.row.original, c),
    // Ascending first for every column, then descending, then the list's own order: the same on each header.
    sortDescFirst: false,
    meta: col.numeric ? 'num' : undefined,
  })), [c]);
  const sorting: SortingState = sort ? [{ id: sort.key, desc: sort.dir === 'desc' }] : [];
  // react-table and react-virtual both hand out instances whose methods the React Compiler cannot memoise; this
  // component re-renders from its props (rows, sort) and the virtualiser's own updates, and relies on no memo.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 10,
    getItemKey: (i) => rows[i]?.id ?? i,
  });
  const items = virtualizer.getVirtualItems();
  // react-table is handed the rows in view only: it builds an object with a dozen closures per row of its
  // data on every change, which at 10,000 rows cost about 100 ms per filter or sort; the virtualiser already
  // knows which few rows are drawn, and the order is the URL's (manual sorting), not react-table's.
  // The items are a contiguous run, so the slice is keyed by its ends: a re-render that keeps them keeps the
  // very same data array, and react-table rebuilds nothing.
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  // While printing it is handed the printed rows (they are all drawn), and on afterprint the rows in view again.
  const onScreen = useMemo(() => rows.slice(first, last + 1), [rows, first, last]);
  const visible = printed ?? onScreen;
  // The table instance is rebuilt from props on every render (rows, sort), so nothing here relies on the
  // compiler memoising it.
  const table = useReactTable({
    data: visible,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (p) => p.id,
    manualSorting: true,
    // No pagination: without this a change of data would queue a page-index reset, a state update per render.
    autoResetPageIndex: false,
    enableMultiSort: false,
    state: { sorting },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = (typeof updater === 'function' ? updater(sorting) : updater)[0];
      onSort(next ? { key: next.id as SortKey, dir: next.desc ? 'desc' : 'asc' } : undefined);
    },
  });
  const tableRows = table.getRowModel().rows;
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const span = shownColumns.length;
  // On paper: the printed rows in order, unmeasured, with no spacers (nothing scrolls on paper). On screen: one
  // table row per virtual item, in the same order, between spacers as tall as the rows not drawn.
  const body = printed ? tableRows.map((row, i) => (
    <tr key={row.id} data-row-id={row.id} aria-rowindex={i + 2} data-provenance={row.original.provenance}>{cellsOf(row)}</tr>
  )) : (
    <>
      {top > 0 ? <tr aria-hidden="true" className="spacer"><td colSpan={span} style={{ height: top }} /></tr> : null}
      {items.map((item, i) => {
        const row = tableRows[i];
        if (!row) return null;
        return (
          <tr key={row.id} ref={virtualizer.measureElement} data-index={item.index} data-row-id={row.id}
            aria-rowindex={item.index + 2} data-provenance={row.original.provenance}>
            {cellsOf(row)}
          </tr>
        );
      })}
      {bottom > 0 ? <tr aria-hidden="true" className="spacer"><td colSpan={span} style={{ height: bottom }} /></tr> : null}
    </>
  );
  return (
    <div ref={scroller} className="projects-scroll" tabIndex={0} role="region" aria-label={c.pm.planner.caption}>
      <table className="data-table projects-table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{c.pm.planner.caption}</caption>
        <colgroup>{shownColumns.map((col) => <col key={col.key} style={{ width: col.width }} />)}</colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const dir = header.column.getIsSorted();
                const numeric = header.column.columnDef.meta === 'num';
                if (!header.column.getCanSort()) {
                  return <th key={header.id} scope="col">{flexRender(header.column.columnDef.header, header.getContext())}</th>;
                }
                return (
                  <th key={header.id} scope="col" className={numeric ? 'num' : undefined}
                    aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'}>
                    <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                      {flexRender(header.column.columnDef.header, header.getContext())}
                      <span aria-hidden="true" className="sort-mark">{dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '↕'}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>{body}</tbody>
      </table>
    </div>
  );
}
