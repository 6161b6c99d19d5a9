/**
 * The browser side of a chart export, apart from the menu's React: wait for the final frame, find the panel's
 * plot, compose it with its caption (src/lib/export), and make the file. The words come in from the caller.
 */
import { composeChartSvg, findChartSurface, readExportTheme, type ChartCaption, type ComposedSvg, type ExportTheme, type LegendEntry } from '@/lib/export/compose-svg';
import { svgToPng, type PngSize } from '@/lib/export/rasterize';

export const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** How long a panel showing its table may take to draw its chart again (its recharts chunk is already in). */
const DRAW_TIMEOUT_MS = 4000;

/**
 * The panel's plot once it is drawn at its final size: ResponsiveContainer first draws at an initial size and
 * then at the box's, so the <svg> counts as final when its width is the same on two frames in a row.
 */
export async function settledSurface(panel: HTMLElement, timeoutMs = DRAW_TIMEOUT_MS): Promise<SVGSVGElement | null> {
  const until = performance.now() + timeoutMs;
  let last = -1;
  for (;;) {
    const box = panel.querySelector('.chart-box');
    const surface = box ? findChartSurface(box) : null;
    const width = surface ? surface.getBoundingClientRect().width : -1;
    if (surface && width > 0 && width === last) return surface;
    if (performance.now() > until) return null;
    last = width;
    await nextFrame();
  }
}

/**
 * Nothing transient in the picture: recharts and the plain charts hide their hover tooltip (and recharts its
 * cursor) when the pointer leaves the chart (React's onMouseLeave comes from a mouseout whose target is
 * outside), and nothing in the plot keeps focus (a focused segment would draw its ring). Focus elsewhere, on the menu's button, stays where it is.
 */
export function quietPlot(surface: SVGSVGElement): void {
  const wrapper = surface.closest('.recharts-wrapper, .chart-wrapper') ?? surface;
  wrapper.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: surface.ownerDocument.body }));
  const active = surface.ownerDocument.activeElement;
  if (active && wrapper.contains(active) && 'blur' in active) (active as HTMLElement).blur();
}

export interface Composed {
  composed: ComposedSvg;
  theme: ExportTheme;
}

/**
 * The composed SVG of the panel's chart as it is now, or null when the panel draws no chart. Called after the
 * menu has closed; `showChart` switches a panel showing its table to the chart and returns how to switch back.
 */
export async function composePanel(panel: HTMLElement, caption: ChartCaption, legend: readonly LegendEntry[],
  showChart: () => () => void): Promise<Composed | null> {
  // The menu closes and hands focus back to its button: only then is the frame the final one.
  await nextFrame();
  await nextFrame();
  const restore = showChart();
  try {
    const surface = await settledSurface(panel);
    if (!surface) return null;
    quietPlot(surface);
    await nextFrame();
    const theme = readExportTheme(panel);
    return { composed: composeChartSvg(surface, caption, legend, theme), theme };
  } finally {
    restore();
  }
}

export const PNG_2X: PngSize = { scale: 2 };
export const PNG_SLIDE: PngSize = { fit: { width: 1920, height: 1080 } };

export const pngOf = ({ composed, theme }: Composed, size: PngSize): Promise<Blob> => svgToPng(composed, size, theme.background);
