/**
 * recharts' <svg> made standalone: what the page's CSS supplies is written onto the elements, and what only
 * makes sense on a live page (focus, hover, tooltips, ARIA for the interactive chart) is taken off.
 */
import { stripInvalidXml } from './svg-safety';

/** Inherited: written only where they differ from the parent, so the copy stays small. */
const INHERITED = ['fill', 'stroke', 'font-size', 'font-family'] as const;
/** Hover layers: the tooltip's cursor band and the enlarged active dot or bar. */
const TRANSIENT = /(^|\s)recharts-(tooltip|active)-/;
/** The live chart's own box: the clone gets explicit geometry instead. */
const ROOT_STYLE_DROPPED = new Set(['width', 'height', 'display', 'outline', 'cursor']);

export interface ClonedSurface {
  node: SVGSVGElement;
  width: number;
  height: number;
}

const parseStyle = (style: string | null) => new Map((style ?? '').split(';').map((d) => {
  const i = d.indexOf(':');
  return [d.slice(0, i).trim().toLowerCase(), d.slice(i + 1).trim()] as const;
}).filter(([k, v]) => k && v));

const writeStyle = (el: Element, decls: Map<string, string>) => {
  if (decls.size) el.setAttribute('style', [...decls].map(([k, v]) => `${k}: ${v}`).join('; '));
  else el.removeAttribute('style');
};

/**
 * Copies the computed presentation values of `src` onto `dst`. A bar segment's stroke comes from its own
 * attributes only: the page strokes the focused segment in CSS (.chart-segment:focus-visible), which must not
 * end up in a slide; the selection ring is an attribute and stays, as does the cross-filter fade.
 */
function inlineStyles(src: Element, dst: Element, own: CSSStyleDeclaration, parent: CSSStyleDeclaration | undefined) {
  const decls = parseStyle(dst.getAttribute('style'));
  const inSegment = !!src.closest('.chart-segment');
  for (const prop of INHERITED) {
    const value = own.getPropertyValue(prop).trim();
    if (!value || value.includes('url(') || (prop === 'stroke' && inSegment)) continue;
    // Equal to the parent's and not set on the element itself: inheritance in the copy gives the same.
    if (parent && parent.getPropertyValue(prop).trim() === value && !dst.hasAttribute(prop) && !decls.has(prop)) continue;
    decls.set(prop, value);
  }
  const opacity = own.getPropertyValue('opacity').trim();
  if (opacity && opacity !== '1') decls.set('opacity', opacity);
  writeStyle(dst, decls);
}

const num = (value: string | null | undefined) => { const n = Number(value); return Number.isFinite(n) && n > 0 ? n : 0; };

/** The drawing's size in px: its width/height attributes, else its viewBox, else its box on the page. */
function sizeOf(plot: SVGSVGElement) {
  const vb = (plot.getAttribute('viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
  const box = plot.getBoundingClientRect();
  const width = num(plot.getAttribute('width')) || num(String(vb[2])) || box.width;
  const height = num(plot.getAttribute('height')) || num(String(vb[3])) || box.height;
  return { width, height, vb: vb.length === 4 && vb.every(Number.isFinite) ? vb : [0, 0, width, height] };
}

/**
 * recharts keeps room under the plot for its HTML legend, which is not in the <svg>; where layout exists
 * (a real browser) the drawing's own bounding box says where the marks and ticks end.
 */
function drawnHeight(plot: SVGSVGElement, width: number, height: number, vb: number[]): number {
  if (typeof plot.getBBox !== 'function' || vb[0] !== 0 || vb[1] !== 0 || vb[2] !== width || vb[3] !== height) return height;
  try {
    const box = plot.getBBox();
    return box.height > 0 ? Math.min(height, Math.ceil(box.y + box.height + 4)) : height;
  } catch {
    return height;
  }
}

/**
 * A standalone copy of the chart's <svg>, with `currentColor` as `textColor` and `fontFamily` at its root.
 * Throws if the chart has no size.
 */
export function cloneSurface(plot: SVGSVGElement, textColor: string, fontFamily: string): ClonedSurface {
  const { width, height: fullHeight, vb } = sizeOf(plot);
  if (!width || !fullHeight) throw new Error('the chart has no size (hidden or not drawn yet)');
  const height = drawnHeight(plot, width, fullHeight, vb);
  const node = plot.cloneNode(true) as SVGSVGElement;
  const view = plot.ownerDocument.defaultView;
  if (view) {
    const sources = [plot, ...plot.querySelectorAll('*')];
    const copies = [node, ...node.querySelectorAll('*')];
    const computed = new Map<Element, CSSStyleDeclaration>();
    sources.forEach((src, i) => {
      const own = view.getComputedStyle(src);
      computed.set(src, own);
      const copy = copies[i];
      if (copy) inlineStyles(src, copy, own, src === plot || !src.parentElement ? undefined : computed.get(src.parentElement));
    });
  }
  for (const el of [...node.querySelectorAll('*')]) {
    const cls = el.getAttribute('class') ?? '';
    const emptyLabel = (el.localName === 'title' || el.localName === 'desc') && !el.textContent?.trim();
    if (TRANSIENT.test(cls) || emptyLabel) el.remove();
  }
  const rootStyle = parseStyle(node.getAttribute('style'));
  for (const key of ROOT_STYLE_DROPPED) rootStyle.delete(key);
  rootStyle.set('font-family', fontFamily);
  writeStyle(node, rootStyle);
  for (const el of [node, ...node.querySelectorAll('*')]) {
    for (const { name, value } of [...el.attributes]) {
      if (/^(tabindex|role|focusable|aria-.*|on.*)$/i.test(name)) el.removeAttribute(name);
      else el.setAttribute(name, stripInvalidXml(value.replace(/currentcolor/gi, textColor)));
    }
  }
  const walker = plot.ownerDocument.createTreeWalker(node, 4 /* NodeFilter.SHOW_TEXT */);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) text.nodeValue = stripInvalidXml(text.nodeValue ?? '');
  node.setAttribute('width', String(width));
  node.setAttribute('height', String(height));
  node.setAttribute('viewBox', `${vb[0]} ${vb[1]} ${vb[2]} ${(vb[3] ?? height) * (height / fullHeight)}`);
  return { node, width, height };
}
