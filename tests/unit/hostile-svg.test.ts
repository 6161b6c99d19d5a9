/**
 * The exported chart SVG (src/lib/export/compose-svg.ts) with every string of ?scenario=hostile's set in every
 * place data puts words: the plot's tick labels (as React writes them, text nodes), the title, the filters line
 * and the legend. Parsed back as a browser would: no element or attribute that could run, and each string
 * still there as text, the same string (a lone surrogate, which XML cannot hold, dropped).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { HOSTILE_NAMES } from '../../mocks/hostile';
import { composeChartSvg, findChartSurface } from '../../src/lib/export/compose-svg';

const THEME = { background: '#ffffff', text: '#1b2430', muted: '#4f5b6b' };
const SVG_NS = 'http://www.w3.org/2000/svg';
/** What XML can carry of a string: every character but a half of a surrogate pair. */
const asXml = (text: string) => text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');

/** A recharts-like plot whose tick labels are `labels`, written the way React writes text: as text nodes. */
function mountPlot(labels: readonly string[]): SVGSVGElement {
  document.body.innerHTML = '<section class="panel"><figure class="chart-box"><div class="recharts-wrapper"></div></figure></section>';
  const svg = document.createElementNS(SVG_NS, 'svg');
  for (const [k, v] of Object.entries({ class: 'recharts-surface', width: '640', height: '400', viewBox: '0 0 640 400' })) svg.setAttribute(k, v);
  labels.forEach((label, i) => {
    const g = document.createElementNS(SVG_NS, 'g');
    g.setAttribute('class', 'recharts-cartesian-axis-tick');
    const title = document.createElementNS(SVG_NS, 'title');
    title.textContent = label;
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', '90');
    text.setAttribute('y', String(20 + i * 28));
    const tspan = document.createElementNS(SVG_NS, 'tspan');
    tspan.textContent = label;
    text.append(tspan);
    g.append(title, text);
    svg.append(g);
  });
  document.querySelector('.recharts-wrapper')!.append(svg);
  return findChartSurface(document.body)!;
}

const compose = (name: string) => composeChartSvg(mountPlot(HOSTILE_NAMES), {
  title: name, unitLine: '单位：个', asOfLine: '数据截至 2024年5月30日', sourceLine: '来源：示例', filtersLine: name, watermark: '示例数据',
}, HOSTILE_NAMES.map((label, i) => ({ label, color: i % 2 ? '#0072B2' : label })), THEME).svg;

afterEach(() => { document.body.innerHTML = ''; });

describe('an exported chart with hostile text from the data', () => {
  it.each(HOSTILE_NAMES.map((name) => [name.slice(0, 24), name]))('title and filters %j: parses, runs nothing, keeps the text', (_label, name) => {
    const svg = compose(name);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.localName).toBe('svg');
    const all = [...doc.querySelectorAll('*')];
    expect(all.filter((el) => /^(script|foreignObject|iframe|object|embed|img|image|a)$/i.test(el.localName)).map((el) => el.localName)).toEqual([]);
    const attributes = all.flatMap((el) => [...el.attributes]);
    expect(attributes.filter((a) => /^on/i.test(a.name)).map((a) => a.name)).toEqual([]);
    expect(attributes.filter((a) => /javascript:/i.test(a.value.replace(/\s+/g, ''))).map((a) => a.value)).toEqual([]);
    // Every string of the set is in the plot as a tick, whole, and in the title: the same text it was.
    const texts = new Set([...doc.querySelectorAll('text, tspan, title')].map((el) => el.textContent));
    for (const kind of HOSTILE_NAMES) expect(texts.has(asXml(kind)), `tick ${kind.slice(0, 24)}`).toBe(true);
    expect(doc.querySelector('svg > title')?.textContent).toBe(asXml(name));
    // The filters line and the legend are wrapped into lines: joined, they are the string (spaces as the layout leaves them).
    const joined = [...doc.querySelectorAll('svg > text')].map((el) => el.textContent).join('').replace(/\s+/g, '');
    expect(joined).toContain(asXml(name).replace(/\s+/g, ''));
  });

  it('drops a lone surrogate (XML cannot hold one) and keeps a real pair and a ZWJ family', () => {
    const svg = compose('孤立代理\uD800字符 👩‍👩‍👧');
    expect(svg).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(svg).toContain('孤立代理字符 👩‍👩‍👧');
    // A browser may put the file in a data: URL (the PNG is drawn from one): encodeURIComponent throws on a lone half.
    expect(() => encodeURIComponent(svg)).not.toThrow();
  });
});
