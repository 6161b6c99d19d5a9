/**
 * The composed chart SVG (src/lib/export/compose-svg.ts) that both the SVG file and the PNG are made from:
 * well-formed, standalone, carrying its words inside the picture, marked 示例数据 where illustrative (also
 * inside the plot, so a crop keeps it), with nothing a hostile title, filter or label could run.
 * jsdom has no layout: the plot's size comes from its attributes, as recharts writes them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { assertSafeSvg, composeChartSvg, escapeXml, findChartSurface, type ChartCaption, type LegendEntry } from '../../src/lib/export/compose-svg';

const HOSTILE = ['<script>alert(1)</script>', '" onload="x', 'javascript:alert(1)', ']]>', '&', "'><svg onload=alert(1)>", 'a\u0000b\u0007c'];
const THEME = { background: '#1a212b', text: '#e8edf3', muted: '#aab4c1' };
const FOCUS_RING = 'rgb(179, 92, 0)';
const AXIS_GREY = 'rgb(91, 102, 117)';

const caption = (over: Partial<ChartCaption> = {}): ChartCaption => ({
  title: `项目：按类别与阶段 ${HOSTILE[0]}`,
  unitLine: `单位：个 ${HOSTILE[1]}`,
  asOfLine: '数据截至 2024年5月30日',
  sourceLine: `来源：信阳市人民政府答复（2024-05-30）${HOSTILE[3]} ${HOSTILE[4]}`,
  filtersLine: `筛选：新基建、在建 ${HOSTILE[2]} ${HOSTILE[5]}`,
  watermark: '示例数据',
  ...over,
});
const LEGEND: LegendEntry[] = [
  { label: '谋划', color: '#9AA5B1' },
  { label: HOSTILE[2] as string, color: '#56B4E9' },
  { label: HOSTILE[1] as string, color: 'red" onload="x' },
];

/** recharts' markup as it is on the page (trimmed): focusable segments, a tooltip cursor, a hover dot, currentColor ticks. */
function mountChart(bars = 4, width = 418, height = 260): SVGSVGElement {
  const w = (width - 80) / bars;
  const segments = Array.from({ length: bars }, (_, i) => {
    const selected = i === 1;
    return `<g class="recharts-layer recharts-bar-rectangle"><g class="chart-segment" role="button" tabindex="0" aria-pressed="${selected}"
      aria-label="类别${i}：${i + 1}个，按此筛选 ${HOSTILE[1]}"><path class="recharts-rectangle" x="${70 + i * w}" y="20" width="${w - 4}" height="150"
      fill="#0072B2" fill-opacity="${selected ? 1 : 0.25}" ${selected ? 'stroke="currentColor" stroke-width="2"' : ''}
      d="M ${70 + i * w},20 h ${w - 4} v 150 h ${-(w - 4)} Z"/></g></g>`;
  }).join('');
  document.head.innerHTML = `<style>
    .chart-segment > * { stroke: ${FOCUS_RING}; }
    .recharts-cartesian-axis-line { stroke: ${AXIS_GREY}; }
  </style>`;
  document.body.innerHTML = `<section class="panel"><figure class="chart-box"><div class="recharts-wrapper">
    <div class="recharts-legend-wrapper"><svg class="recharts-surface" width="14" height="14" viewBox="0 0 32 32"><path fill="#9AA5B1" d="M0,4h32v24h-32z"/></svg></div>
    <svg role="application" tabindex="0" class="recharts-surface" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" style="width: 100%; height: 100%; display: block;">
      <title></title><desc></desc>
      <defs><clipPath id="recharts1-clip"><rect x="68" y="8" width="338" height="194"/></clipPath></defs>
      <g tabindex="-1" class="recharts-zIndex-layer_300" style="outline: none;">${segments}</g>
      <path class="recharts-tooltip-cursor" fill="#ccc" d="M70,8h40v194h-40z"/>
      <circle class="recharts-active-dot" r="6" cx="90" cy="40" fill="#fff"/>
      <line class="recharts-cartesian-axis-line" x1="68" y1="202" x2="406" y2="202"/>
      <text fill="currentColor" font-size="12" x="60" y="32" text-anchor="end" style="fill: currentcolor;"><tspan x="60" dy="0.355em">${escapeXml(HOSTILE[0] as string)}</tspan></text>
    </svg></div></figure></section>`;
  const surface = findChartSurface(document.body);
  if (!surface) throw new Error('no surface');
  return surface;
}

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');
const texts = (doc: Document, content: string) => [...doc.querySelectorAll('text')].filter((t) => t.textContent === content);
const allAttributes = (doc: Document) => [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => ({ el, name: a.name, value: a.value })));

afterEach(() => { document.head.innerHTML = ''; document.body.innerHTML = ''; });

describe('composeChartSvg', () => {
  it('is well-formed SVG carrying title, unit, date, filters, legend and source as text', () => {
    const c = caption();
    const { svg } = composeChartSvg(mountChart(), c, LEGEND, THEME);
    const doc = parse(svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.localName).toBe('svg');
    for (const line of [c.title, c.unitLine, c.asOfLine, c.filtersLine, c.sourceLine]) expect(texts(doc, line as string), line).toHaveLength(1);
    for (const { label } of LEGEND) expect(texts(doc, label), label).toHaveLength(1);
    expect(texts(doc, c.title)[0]?.getAttribute('font-weight')).toBe('700');
    // The plot's own tick label (data text) survives as text too, NUL and BEL dropped from it.
    expect(texts(doc, HOSTILE[0] as string)).toHaveLength(1);
  });

  it('runs nothing: no <script>, no on*= attribute, no javascript: or external link in any attribute', () => {
    const { svg } = composeChartSvg(mountChart(), caption(), LEGEND, THEME);
    const doc = parse(svg);
    expect(svg).not.toMatch(/<script/i);
    expect(doc.querySelectorAll('script, foreignObject')).toHaveLength(0);
    const attrs = allAttributes(doc);
    expect(attrs.filter((a) => /^on/i.test(a.name))).toEqual([]);
    expect(attrs.filter((a) => /javascript:/i.test(a.value))).toEqual([]);
    expect(attrs.filter((a) => /href$/i.test(a.name))).toEqual([]);
    // The hostile legend colour fell back to the text colour instead of breaking out of its attribute.
    expect(doc.querySelectorAll(`rect[fill="${THEME.text}"]`).length).toBeGreaterThan(0);
    expect(() => assertSafeSvg(svg)).not.toThrow();
  });

  it('paints the theme background over the whole image, at least 640 px wide', () => {
    const { svg, width, height } = composeChartSvg(mountChart(), caption(), LEGEND, THEME);
    const root = parse(svg).documentElement;
    const bg = root.querySelector('rect');
    expect([bg?.getAttribute('x'), bg?.getAttribute('y'), bg?.getAttribute('width'), bg?.getAttribute('height'), bg?.getAttribute('fill')])
      .toEqual(['0', '0', String(width), String(height), THEME.background]);
    expect([root.getAttribute('width'), root.getAttribute('viewBox')]).toEqual([String(width), `0 0 ${width} ${height}`]);
    expect(width).toBe(640);
    expect(composeChartSvg(mountChart(4, 900, 300), caption(), LEGEND, THEME).width).toBe(900);
  });

  it('marks illustrative charts in the caption band and repeatedly inside the plot, faintly', () => {
    const { svg, plot } = composeChartSvg(mountChart(), caption(), LEGEND, THEME);
    const marks = texts(parse(svg), '示例数据');
    const at = (t: Element) => ({ x: Number(t.getAttribute('x')), y: Number(t.getAttribute('y')) });
    const inPlot = marks.filter((t) => { const p = at(t); return p.x > plot.x && p.x < plot.x + plot.width && p.y > plot.y && p.y < plot.y + plot.height; });
    expect(marks.length).toBeGreaterThan(2);
    expect(inPlot.length).toBeGreaterThanOrEqual(2);
    expect(marks.some((t) => at(t).y < plot.y)).toBe(true); // the caption tag
    const layer = inPlot[0]?.parentElement;
    expect(Number(layer?.getAttribute('opacity'))).toBeGreaterThanOrEqual(0.12);
    expect(Number(layer?.getAttribute('opacity'))).toBeLessThanOrEqual(0.18);
    expect(layer?.getAttribute('fill')).toBe(THEME.text);
    expect(layer?.getAttribute('clip-path')).toMatch(/^url\(#/);
    expect(texts(parse(composeChartSvg(mountChart(), caption({ watermark: undefined }), LEGEND, THEME).svg), '示例数据')).toEqual([]);
  });

  it('keeps only the final frame: no tooltip, hover dot, focus ring, tab stops or ARIA; the fade stays', () => {
    const { svg } = composeChartSvg(mountChart(), caption(), LEGEND, THEME);
    const doc = parse(svg);
    expect(doc.querySelectorAll('.recharts-tooltip-cursor, .recharts-active-dot')).toHaveLength(0);
    expect(allAttributes(doc).filter((a) => /^(tabindex|role|aria-)/.test(a.name))).toEqual([]);
    expect(svg).not.toContain(FOCUS_RING);
    expect(svg).not.toMatch(/currentcolor/i);
    const bars = [...doc.querySelectorAll('.recharts-rectangle')];
    expect(bars.map((b) => b.getAttribute('fill-opacity'))).toEqual(['0.25', '1', '0.25', '0.25']);
    expect(bars[1]?.getAttribute('stroke')).toBe(THEME.text); // the selection ring, in the theme's colour
    // What CSS supplied is now on the element, so the file renders the same without the page's stylesheet.
    expect(doc.querySelector('.recharts-cartesian-axis-line')?.getAttribute('style')).toContain(`stroke: ${AXIS_GREY}`);
    expect(doc.querySelector('.recharts-surface')?.getAttribute('style') ?? '').not.toMatch(/width|height|display/);
  });

  it('wraps a long legend to the width and stays small for a 40-bar chart', () => {
    const legend = Array.from({ length: 30 }, (_, i) => ({ label: `示例系列${i}·很长的名称`, color: '#0072B2' }));
    const { svg, width } = composeChartSvg(mountChart(40), caption(), legend, THEME);
    const xs = texts(parse(svg), '示例系列29·很长的名称').map((t) => Number(t.getAttribute('x')));
    expect(xs[0]).toBeLessThan(width);
    expect(new Set([...parse(svg).querySelectorAll('text')].filter((t) => t.textContent?.startsWith('示例系列')).map((t) => t.getAttribute('y'))).size).toBeGreaterThan(3);
    expect(new TextEncoder().encode(svg).length).toBeLessThan(500_000);
  });

  it('refuses a chart with no size (hidden, not drawn yet)', () => {
    expect(() => composeChartSvg(mountChart(4, 0, 0), caption(), LEGEND, THEME)).toThrow(/no size/);
  });
});

describe('escapeXml', () => {
  it.each(HOSTILE)('keeps %j intact as text and as an attribute value', (s) => {
    const doc = parse(`<svg xmlns="http://www.w3.org/2000/svg"><text data-a="${escapeXml(s)}" data-b='${escapeXml(s)}'>${escapeXml(s)}</text></svg>`);
    expect(doc.querySelector('parsererror')).toBeNull();
    const clean = s.replace(/[\u0000-\u0008]/g, ''); // eslint-disable-line no-control-regex
    const t = doc.querySelector('text');
    expect([t?.textContent, t?.getAttribute('data-a'), t?.getAttribute('data-b')]).toEqual([clean, clean, clean]);
  });
});

describe('assertSafeSvg', () => {
  it.each([
    ['a script element', '<svg><script>alert(1)</script></svg>'],
    ['a script element, upper case', '<svg><SCRIPT href="#a"/></svg>'],
    ['foreignObject', '<svg><foreignObject><div/></foreignObject></svg>'],
    ['an on*= attribute', '<svg><rect onload="x"/></svg>'],
    ['an on*= attribute after a quoted >', '<svg><rect data-x=">" onclick=\'x\'/></svg>'],
    ['javascript: in an attribute', '<svg><a target="javascript:alert(1)"/></svg>'],
    ['javascript: hidden behind entities', '<svg><a data-x="&#106;ava&#x73;cript&#58;x"/></svg>'],
    ['an external href', '<svg><use href="https://evil.example/x.svg#a"/></svg>'],
    ['an external xlink:href', '<svg><image xlink:href="data:image/png;base64,AAAA"/></svg>'],
    ['an external url()', '<svg><rect style="fill: url(https://evil.example/#g)"/></svg>'],
    ['a DOCTYPE with entities', '<!DOCTYPE svg [<!ENTITY a "b">]><svg/>'],
  ])('rejects %s', (_label, svg) => {
    expect(() => assertSafeSvg(svg)).toThrow(/unsafe SVG/);
  });

  it('accepts same-document references and escaped words that only look dangerous', () => {
    expect(() => assertSafeSvg(`<svg><use href="#a"/><rect clip-path="url(#c)"/><text>${escapeXml('" onload="x <script> javascript:')}</text></svg>`)).not.toThrow();
  });
});
