/**
 * One composed SVG per exported chart, from which both the SVG file and the PNG are made: recharts' own
 * drawing plus the words a slide needs inside the picture (title, unit, date, filters, legend, source) and,
 * for illustrative data, a 示例数据 mark in the caption and tiled over the plot so a crop keeps it.
 * Callers pass every word: no i18n here.
 */
import { cloneSurface } from './svg-clone';
import { assertSafeSvg, escapeXml, safeColor } from './svg-safety';
import { measureText, wrapText } from './text-layout';

export { assertSafeSvg, escapeXml } from './svg-safety';

export interface ChartCaption {
  title: string;
  unitLine: string;
  asOfLine: string;
  sourceLine: string;
  /** Only when the chart is filtered. */
  filtersLine?: string;
  /** 示例数据 when any plotted value is illustrative: a tag in the caption band and a watermark over the plot. */
  watermark?: string;
}
export interface LegendEntry { label: string; color: string }
export interface ExportTheme { background: string; text: string; muted: string }
export interface ComposedSvg { svg: string; width: number; height: number; plot: { x: number; y: number; width: number; height: number } }

/** System fonts only (never an embedded font): the SVG stays small and its Chinese text stays text. */
export const FONT_STACK = '"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC",sans-serif';
export const SVG_MIME = 'image/svg+xml;charset=utf-8';
export const MIN_WIDTH = 640;
/** Faint enough to read the bars through, strong enough to survive a slide projector. */
export const WATERMARK_OPACITY = 0.15;

const PAD = 16;
const TITLE = { size: 20, line: 28 };
const META = { size: 13, line: 20 };
const LEGEND = { size: 13, line: 20, swatch: 12, gap: 18 };
const FOOT = { size: 12, line: 18 };
const TAG = { size: 13, pad: 8, height: 24 };
const MARK = { size: 24, stepX: 180, stepY: 100, angle: -30 };
const CLIP_ID = 'yd-export-watermark-clip';

const r = (n: number) => String(Math.round(n * 100) / 100);
type Attrs = Record<string, string | number>;
const attrs = (a: Attrs) => Object.keys(a).map((k) => ` ${k}="${escapeXml(typeof a[k] === 'number' ? r(a[k] as number) : String(a[k]))}"`).join('');
const text = (content: string, a: Attrs) => `<text${attrs(a)}>${escapeXml(content)}</text>`;

/** The chart drawing in a panel: a plain chart's <svg>, or recharts' main surface, not the small icons of its HTML legend. */
export function findChartSurface(container: ParentNode): SVGSVGElement | null {
  const surfaces = [...container.querySelectorAll<SVGSVGElement>('svg.chart-surface, svg.recharts-surface')];
  return surfaces.find((s) => !s.closest('.recharts-legend-wrapper')) ?? null;
}

/** The export theme from the page's CSS variables (the panel surface as background): dark mode included. */
export function readExportTheme(el: Element): ExportTheme {
  const css = (el.ownerDocument.defaultView ?? window).getComputedStyle(el);
  const v = (name: string, fallback: string) => safeColor(css.getPropertyValue(name), fallback);
  return { background: v('--surface', '#ffffff'), text: v('--text', '#1b2430'), muted: v('--muted', '#4f5b6b') };
}

/** Diagonal 示例数据 tiled over the plot, staggered rows, clipped to it: any crop of the plot keeps a copy. */
function watermark(word: string, plot: ComposedSvg['plot'], fill: string): string {
  const marks: string[] = [];
  for (let row = 0, cy = MARK.stepY / 2; cy < plot.height + MARK.stepY / 2; row++, cy += MARK.stepY) {
    for (let cx = row % 2 ? 0 : MARK.stepX / 2; cx < plot.width + MARK.stepX / 2; cx += MARK.stepX) {
      const x = plot.x + cx;
      const y = plot.y + cy;
      marks.push(text(word, { x, y, 'text-anchor': 'middle', transform: `rotate(${MARK.angle} ${r(x)} ${r(y)})` }));
    }
  }
  const clip = `<defs><clipPath id="${CLIP_ID}"><rect${attrs(plot)}/></clipPath></defs>`;
  return `${clip}<g${attrs({ 'clip-path': `url(#${CLIP_ID})`, fill, opacity: WATERMARK_OPACITY, 'font-size': MARK.size, 'font-weight': 700 })}>${marks.join('')}</g>`;
}

/** Clone recharts' <svg>, inline the computed styles that matter, strip interactivity, escape every string, and wrap it with caption, legend and watermark. */
export function composeChartSvg(plot: SVGSVGElement, caption: ChartCaption, legend: readonly LegendEntry[], theme: ExportTheme): ComposedSvg {
  const ink = safeColor(theme.text, '#000000');
  const muted = safeColor(theme.muted, ink);
  // One type family for the whole picture: the page's own stack starts with system-ui, a Latin face on most systems.
  const surface = cloneSurface(plot, ink, FONT_STACK);
  const width = Math.max(Math.ceil(surface.width), MIN_WIDTH);
  const inner = width - 2 * PAD;
  const out: string[] = [];
  let y = PAD;

  const mark = caption.watermark?.trim();
  const tagWidth = mark ? measureText(mark, TAG.size, true) + 2 * TAG.pad : 0;
  if (mark) {
    const x = width - PAD - tagWidth;
    out.push(`<rect${attrs({ x, y, width: tagWidth, height: TAG.height, rx: 4, fill: 'none', stroke: ink, 'stroke-width': 1.5 })}/>`);
    out.push(text(mark, { x: x + tagWidth / 2, y: y + TAG.height / 2 + TAG.size * 0.36, 'text-anchor': 'middle', 'font-size': TAG.size, 'font-weight': 700, fill: ink }));
  }
  for (const line of wrapText(caption.title, TITLE.size, inner - (mark ? tagWidth + 12 : 0), true)) {
    out.push(text(line, { x: PAD, y: y + TITLE.size, 'font-size': TITLE.size, 'font-weight': 700, fill: ink }));
    y += TITLE.line;
  }
  for (const meta of [caption.unitLine, caption.asOfLine, caption.filtersLine ?? '']) {
    if (!meta.trim()) continue;
    for (const line of wrapText(meta, META.size, inner)) {
      out.push(text(line, { x: PAD, y: y + META.size, 'font-size': META.size, fill: muted }));
      y += META.line;
    }
  }

  y += 8;
  const box = { x: Math.round((width - surface.width) / 2), y, width: surface.width, height: surface.height };
  surface.node.setAttribute('x', String(box.x));
  surface.node.setAttribute('y', String(box.y));
  out.push(new (plot.ownerDocument.defaultView?.XMLSerializer ?? XMLSerializer)().serializeToString(surface.node));
  if (mark) out.push(watermark(mark, box, ink));
  y += box.height + 8;

  let x = PAD;
  let rowHeight = 0;
  for (const { label, color } of legend) {
    const lines = wrapText(label, LEGEND.size, inner - LEGEND.swatch - 6);
    const itemWidth = LEGEND.swatch + 6 + Math.max(...lines.map((l) => measureText(l, LEGEND.size)));
    if (x > PAD && x + itemWidth > PAD + inner) { y += rowHeight; x = PAD; rowHeight = 0; }
    out.push(`<rect${attrs({ x, y: y + 4, width: LEGEND.swatch, height: LEGEND.swatch, fill: safeColor(color, ink) })}/>`);
    lines.forEach((line, i) => out.push(text(line, { x: x + LEGEND.swatch + 6, y: y + LEGEND.size + i * LEGEND.line, 'font-size': LEGEND.size, fill: ink })));
    x += itemWidth + LEGEND.gap;
    rowHeight = Math.max(rowHeight, lines.length * LEGEND.line);
  }
  y += rowHeight + (legend.length ? 6 : 0);

  for (const line of wrapText(caption.sourceLine, FOOT.size, inner)) {
    out.push(text(line, { x: PAD, y: y + FOOT.size, 'font-size': FOOT.size, fill: muted }));
    y += FOOT.line;
  }
  const height = Math.ceil(y + PAD - 4);

  const svg = `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': FONT_STACK })}>`
    + `<title>${escapeXml(caption.title)}</title>`
    + `<rect${attrs({ x: 0, y: 0, width, height, fill: safeColor(theme.background, '#ffffff') })}/>`
    + `${out.join('')}</svg>`;
  assertSafeSvg(svg);
  return { svg, width, height, plot: box };
}
