import { useRef, useState, type PointerEvent, type ReactNode } from 'react';
import { measureText } from '@/lib/export/text-layout';
import { AXIS_TICK, ILLUSTRATIVE_OPACITY } from '../chart-theme';
import type { ChartRow, Series } from '../chart-types';
import { legendLabel } from '../legend-label';

const LEGEND = { line: 20, pad: 4, swatch: 10, gap: 12, badge: 16 } as const;

/**
 * The legend's height at `width`: its items wrap like the CSS's (.chart-legend), by the export's width estimate,
 * so the drawing gets the rest of the chart's height without a second layout pass (recharts measures and draws again).
 */
export function legendHeight(series: readonly Series[], width: number): number {
  if (series.length < 2) return 0;
  let rows = 1;
  let x = 0;
  for (const s of series) {
    const item = LEGEND.swatch + 4 + measureText(s.label, AXIS_TICK.fontSize) + (s.illustrative ? LEGEND.badge : 0);
    if (x > 0 && x + item > width) { rows += 1; x = 0; }
    x += item + LEGEND.gap;
  }
  return rows * LEGEND.line + LEGEND.pad;
}

interface Tip { index: number; x: number; y: number }

interface FrameProps {
  data: readonly ChartRow[];
  categoryKey: string;
  series: readonly Series[];
  formatValue: (v: number, row?: ChartRow) => string;
  width: number;
  height: number;
  /** Exactly `width` wide (print); otherwise the wrapper fills its box. */
  fixed: boolean;
  /** Which category a pointer at (x, y) in the drawing's px is over, -1 for none. */
  categoryAt: (x: number, y: number) => number;
  /** The drawing: an <svg> of the chart's height less legendHeight's. */
  children: ReactNode;
}

/**
 * What every plain chart shares: the wrapper, the HTML legend under the drawing (outside the <svg>, so an
 * export adds its own, as with recharts), and a hover tooltip with the category's values, which a print leaves out.
 */
export function PlainFrame({ data, categoryKey, series, formatValue, width, height, fixed, categoryAt, children }: FrameProps) {
  const [tip, setTip] = useState<Tip | null>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const onPointer = (event: PointerEvent<HTMLDivElement>) => {
    const box = wrapper.current?.getBoundingClientRect();
    if (!box) return;
    const x = event.clientX - box.left;
    const y = event.clientY - box.top;
    const index = categoryAt(x, y);
    setTip((t) => (index < 0 ? null : t?.index === index && Math.abs(t.x - x) < 4 && Math.abs(t.y - y) < 4 ? t : { index, x, y }));
  };
  const label = legendLabel(series);
  const row = tip ? data[tip.index] : undefined;
  return (
    <div ref={wrapper} className="chart-wrapper" style={{ position: 'relative', width: fixed ? width : '100%', height }}
      onPointerMove={fixed ? undefined : onPointer} onPointerDown={fixed ? undefined : onPointer} onMouseLeave={() => setTip(null)}>
      {children}
      {series.length > 1 ? (
        <ul className="chart-legend">
          {series.map((s) => (
            <li key={s.key}><span className="chart-swatch" style={{ background: s.color, opacity: s.illustrative ? ILLUSTRATIVE_OPACITY : 1 }} />{label(s.label)}</li>
          ))}
        </ul>
      ) : null}
      {row && tip ? (
        // The same values are in the panel's table and summary, for a reader who cannot hover: hidden from them here.
        <div className="chart-tooltip" aria-hidden="true"
          style={{ left: Math.max(0, Math.min(tip.x + 12, width - 180)), top: Math.max(0, tip.y + 12) }}>
          <div className="chart-tooltip-title">{String(row[categoryKey] ?? '')}</div>
          {series.map((s) => (
            <div key={s.key}><span className="chart-swatch" style={{ background: s.color }} /> {s.label}: {formatValue(Number(row[s.key] ?? 0), row)}</div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
