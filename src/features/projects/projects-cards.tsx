import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { Project } from '@/contract/schemas';
import { SORT_KEYS, type ProjectSort, type SortKey } from '@/projects/selection/select';
import { columnsFor, PROJECT_COLUMNS, type CellContext } from './project-columns';

interface Props {
  rows: readonly Project[];
  sort: ProjectSort | undefined;
  onSort: (sort: ProjectSort | undefined) => void;
  c: CellContext;
  /** While printing: the cards the paper carries, all in the DOM at once, in the list's order. */
  printed?: readonly Project[];
}

const SORTABLE = PROJECT_COLUMNS.map((col) => col.key).filter((k): k is Exclude<SortKey, 'id'> => (SORT_KEYS as readonly string[]).includes(k));

/**
 * Phones: one card per project, every field labelled, nothing wider than the screen. The page itself scrolls
 * (no box inside a box on a touch screen) and only the cards near the viewport are in the DOM. Without column
 * headers to press, the sort is a select with the same values as the URL's `sort=`. A printout gets `printed`
 * instead, in flow: no positions, no transforms, no height set (only what is in the DOM reaches the paper).
 */
export function ProjectsCards({ rows, sort, onSort, c, printed }: Props) {
  const id = useId();
  const list = useRef<HTMLOListElement>(null);
  const [offset, setOffset] = useState(0);
  // Where the list starts on the page: the virtualizer measures the window's scroll from there.
  useLayoutEffect(() => {
    if (list.current) setOffset(list.current.getBoundingClientRect().top + window.scrollY);
  }, []);
  const virtualizer = useWindowVirtualizer({ count: rows.length, estimateSize: () => 260, overscan: 4, scrollMargin: offset });
  const items = virtualizer.getVirtualItems();
  const [name, ...fields] = columnsFor(c);
  const card = (p: Project) => (
    <article className="project-card">
      <h3 className="panel-title">{name?.render(p, c)}</h3>
      <dl className="card-fields">
        {fields.map((col) => (
          <div key={col.key}><dt>{c.pm.planner.columns[col.key]}</dt><dd>{col.render(p, c)}</dd></div>
        ))}
      </dl>
    </article>
  );
  return (
    <>
      <label className="filter-field" htmlFor={`${id}-sort`}>
        <span>{c.pm.planner.sortLabel}</span>
        <select id={`${id}-sort`} className="input" value={sort ? `${sort.key}.${sort.dir}` : ''}
          onChange={(e) => {
            const [key, dir] = e.target.value.split('.');
            onSort(key ? { key: key as SortKey, dir: dir === 'desc' ? 'desc' : 'asc' } : undefined);
          }}>
          <option value="">{c.pm.planner.sortNone}</option>
          {SORTABLE.flatMap((key) => (['asc', 'desc'] as const).map((dir) => (
            <option key={`${key}.${dir}`} value={`${key}.${dir}`}>{c.pm.planner.columns[key]} · {c.pm.planner.sort[dir]}</option>
          )))}
        </select>
      </label>
      <ol ref={list} className={printed ? 'project-cards project-cards-printed' : 'project-cards'} aria-label={c.pm.planner.caption}
        style={printed ? undefined : { height: virtualizer.getTotalSize() }}>
        {printed ? printed.map((p) => (
          <li key={p.id} data-row-id={p.id} className="project-card-slot" data-provenance={p.provenance}>{card(p)}</li>
        )) : items.map((item) => {
          const p = rows[item.index];
          if (!p) return null;
          return (
            // The slot is positioned and measured; its padding is the gap (a margin would not be measured).
            <li key={p.id} ref={virtualizer.measureElement} data-index={item.index} data-row-id={p.id} className="project-card-slot"
              data-provenance={p.provenance} style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}>
              {card(p)}
            </li>
          );
        })}
      </ol>
    </>
  );
}
