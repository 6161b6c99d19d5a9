import type { ReactNode } from 'react';
import type { Provenance } from '@/contract/schemas';
import { Clamped } from './clamped';
import { PanelBoundary } from './panel-boundary';

/**
 * One tile of the KPI strip: a heading and its figures. The tile's query state is handled inside; a tile
 * that throws shows its own fallback under its heading, and the other tiles keep their figures.
 */
export function KpiTile({ title, children, headline = false }: { title: string; children: ReactNode; headline?: boolean }) {
  return (
    <article className={headline ? 'kpi-tile kpi-headline' : 'kpi-tile'}>
      <h3 className="kpi-title">{title}</h3>
      <div className="kpi-body"><PanelBoundary>{children}</PanelBoundary></div>
    </article>
  );
}

/** A labelled line inside a tile. */
export function KpiLine({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="kpi-line">
      {/* A name from the data (an energy project's): cut, so the tile keeps its height. */}
      <Clamped className="kpi-label" text={label} />
      <span className="kpi-figure">{children}</span>
    </div>
  );
}

/** The one figure a headline tile is about, large, with what qualifies it on the lines under it. */
export function KpiMain({ children }: { children: ReactNode }) {
  return <div className="kpi-main">{children}</div>;
}

/** A quieter line under the main figure: its count, its parts' names, what it is read against. */
export function KpiSub({ children, provenance }: { children: ReactNode; provenance?: Provenance }) {
  return <p className="kpi-sub" data-provenance={provenance}>{children}</p>;
}

/**
 * Skeleton height for a tile of `n` lines. Lines are taller on phones (label over value), so the height
 * follows the same CSS variable as the layout and the page does not shift when the figures arrive.
 */
export const kpiLines = (n: number) => `calc(var(--kpi-line-h) * ${n})`;
