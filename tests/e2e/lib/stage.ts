// Geometry of the big-screen stage (issue 14, src/app/big-screen): does it fill the window, is anything cut off,
// and how well does the current panel use the stage. Everything is measured in the page, on the one panel showing
// (`.bs-stage`, `.bs-panel`: the stage's frame has no role to find it by), and reported as shares of the stage so
// the numbers read the same at every window size.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ROOT } from './build.mjs';

const SHOTS = join(ROOT, 'tests', '.out', 'screenshots');

/** A screenshot for review: tests/.out/screenshots/big-screen-<name>.png. */
export async function stageShot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `big-screen-${name}.png`) });
}

/** The stage's box, and the window's scroll extent. */
export const stageGeometry = (page: Page) => page.evaluate(() => {
  const stage = document.querySelector('.bs-stage')?.getBoundingClientRect();
  const root = document.scrollingElement ?? document.documentElement;
  return { stage: stage && { x: stage.x, y: stage.y, width: stage.width, height: stage.height }, scrollWidth: root.scrollWidth, scrollHeight: root.scrollHeight };
});

/** Fills the window with no scroll: 16:9, one side exactly the window's, centred (the other side letterboxed). */
export async function expectFills(page: Page, viewport: { width: number; height: number }, label: string): Promise<void> {
  const g = await stageGeometry(page);
  expect(g.scrollWidth, `${label}: no sideways scroll`).toBeLessThanOrEqual(viewport.width);
  expect(g.scrollHeight, `${label}: no vertical scroll`).toBeLessThanOrEqual(viewport.height);
  const s = g.stage;
  expect(s, `${label}: a stage`).toBeTruthy();
  if (!s) return;
  expect(s.width / s.height, `${label}: the stage keeps 16:9`).toBeCloseTo(16 / 9, 2);
  expect(Math.max(s.width / viewport.width, s.height / viewport.height), `${label}: the stage fills one side`).toBeCloseTo(1, 2);
  expect(s.width, `${label}: inside the window`).toBeLessThanOrEqual(viewport.width + 0.5);
  expect(s.height, `${label}: inside the window`).toBeLessThanOrEqual(viewport.height + 0.5);
  expect(Math.abs(s.x - (viewport.width - s.width - s.x)), `${label}: centred across`).toBeLessThanOrEqual(1);
  expect(Math.abs(s.y - (viewport.height - s.height - s.y)), `${label}: centred down`).toBeLessThanOrEqual(1);
}

/**
 * What is cut off on screen now: text (each line of each text node) or a chart outside the window or the stage, or,
 * inside the panel, outside the panel; and any element whose content overflows its box without scrolling.
 * Screen-reader-only text (1 px clipped boxes) and hidden recharts tooltips are not on screen and not counted.
 */
const cutOff = (page: Page) => page.evaluate(() => {
  const stage = document.querySelector('.bs-stage');
  const panel = document.querySelector('.bs-panel');
  if (!stage || !panel) return ['no stage or panel'];
  const sr = stage.getBoundingClientRect();
  const pr = panel.getBoundingClientRect();
  const [vw, vh] = [window.innerWidth, window.innerHeight];
  const out: string[] = [];
  const hidden = (el: Element) => !!el.closest('.visually-hidden, [aria-hidden="true"] .visually-hidden')
    || getComputedStyle(el).visibility === 'hidden' || el.closest('.recharts-tooltip-wrapper, .chart-tooltip') !== null;
  const name = (el: Element) => `${el.tagName.toLowerCase()}.${String(el.getAttribute('class') ?? '').split(' ')[0]} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
  const inside = (r: DOMRect, box: { left: number; top: number; right: number; bottom: number }) =>
    r.left >= box.left - 1 && r.top >= box.top - 1 && r.right <= box.right + 1 && r.bottom <= box.bottom + 1;
  const check = (r: DOMRect, el: Element, what: string) => {
    if (r.width === 0 && r.height === 0) return;
    if (!inside(r, { left: 0, top: 0, right: vw, bottom: vh })) out.push(`${what} outside the window: ${name(el)}`);
    else if (!inside(r, sr)) out.push(`${what} outside the stage: ${name(el)}`);
    else if (panel.contains(el) && !inside(r, pr)) out.push(`${what} outside its panel: ${name(el)}`);
  };
  // A box that cuts its text on purpose (a line clamp or an ellipsis: a long name, whole in its title) shows what
  // fits: its own box is checked, not the lines it hides.
  const truncating = (el: Element | null): Element | null => {
    for (let e = el; e && e !== stage; e = e.parentElement) {
      const s = getComputedStyle(e);
      if ((s.webkitLineClamp && s.webkitLineClamp !== 'none') || (s.textOverflow === 'ellipsis' && s.overflowX === 'hidden')) return e;
    }
    return null;
  };
  const walker = document.createTreeWalker(stage, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || !(n.textContent ?? '').trim() || hidden(el)) continue;
    const cut = truncating(el);
    if (cut) { check(cut.getBoundingClientRect(), cut, 'text'); continue; }
    const range = document.createRange();
    range.selectNodeContents(n);
    for (const r of range.getClientRects()) check(r, el, 'text');
  }
  for (const svg of stage.querySelectorAll('svg.recharts-surface, svg.chart-surface')) {
    if (!svg.closest('.recharts-legend-wrapper')) check(svg.getBoundingClientRect(), svg, 'chart');
  }
  for (const el of stage.querySelectorAll('*')) {
    // A box of no size is a wrapper that lets its content show (recharts' sizing div): only boxes can overflow.
    if (!(el instanceof HTMLElement) || hidden(el) || el.clientHeight === 0 || el.clientWidth === 0 || truncating(el) === el) continue;
    const style = getComputedStyle(el);
    const scrolls = (o: string) => o === 'auto' || o === 'scroll';
    if (!scrolls(style.overflowY) && el.scrollHeight > el.clientHeight + 1) out.push(`overflows downwards (${el.scrollHeight} > ${el.clientHeight}): ${name(el)}`);
    if (!scrolls(style.overflowX) && el.scrollWidth > el.clientWidth + 1) out.push(`overflows sideways (${el.scrollWidth} > ${el.clientWidth}): ${name(el)}`);
  }
  return out;
});

/**
 * What is cut off (see cutOff), once the layout has settled: recharts' ResponsiveContainer first sizes a chart by its
 * bounding box (which the stage's scale enlarges) and corrects it from its ResizeObserver a frame later. A real
 * overflow persists.
 */
export async function settledCutOff(page: Page): Promise<string[]> {
  let found = await cutOff(page);
  for (let i = 0; i < 20 && found.length > 0; i += 1) {
    await page.waitForTimeout(150);
    found = await cutOff(page);
  }
  return found;
}

/**
 * How the panel's height is used, as shares of the stage's: `span`, from the top of the first thing read (a line of
 * text, a chart) to the bottom of the last; `gap`, the tallest band across the panel with nothing in it, above, between
 * or below. Boxes do not count: a stretched panel with a short chart and its footnote far below is the empty room
 * measured, which a span alone would miss.
 */
export const filled = (page: Page) => page.evaluate(() => {
  const stage = document.querySelector('.bs-stage');
  const panel = document.querySelector('.bs-panel');
  if (!stage || !panel) return { span: 0, gap: 1 };
  const ink: [number, number][] = [];
  const add = (r: DOMRect) => {
    if (r.width > 0 && r.height > 0) ink.push([r.top, r.bottom]);
  };
  const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || !(n.textContent ?? '').trim() || el.closest('.visually-hidden, .recharts-tooltip-wrapper, .chart-tooltip') || getComputedStyle(el).visibility === 'hidden') continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    for (const r of range.getClientRects()) add(r);
  }
  for (const svg of panel.querySelectorAll('svg.recharts-surface, svg.chart-surface')) add(svg.getBoundingClientRect());
  const box = panel.getBoundingClientRect();
  const height = stage.getBoundingClientRect().height;
  ink.sort((a, b) => a[0] - b[0]);
  const first = ink[0]?.[0] ?? box.bottom;
  let [reached, gap] = [box.top, 0];
  for (const [top, bottom] of ink) {
    gap = Math.max(gap, top - reached);
    reached = Math.max(reached, bottom);
  }
  gap = Math.max(gap, box.bottom - reached);
  return { span: Math.max(0, reached - first) / height, gap: gap / height };
});

/**
 * Bare stage inside the panel, as shares of the stage's area: a 64×36 grid of points over the panel's content box,
 * each bare when what `elementFromPoint` finds there paints nothing (no card or tile background, no chart, no text
 * under the point) up to the panel itself. `largest` is the biggest connected bare region (a column left half
 * empty beside a chart, which no band across the whole panel shows); `total` all of them, the gutters included.
 */
export const emptyArea = (page: Page) => page.evaluate(() => {
  const stage = document.querySelector('.bs-stage');
  const panel = document.querySelector('.bs-panel');
  if (!stage || !panel) return { largest: 1, total: 1 };
  const s = stage.getBoundingClientRect();
  const p = panel.getBoundingClientRect();
  const ps = getComputedStyle(panel);
  const px = (v: string) => parseFloat(v) || 0;
  const left = p.left + px(ps.borderLeftWidth) + px(ps.paddingLeft);
  const top = p.top + px(ps.borderTopWidth) + px(ps.paddingTop);
  const width = p.right - px(ps.borderRightWidth) - px(ps.paddingRight) - left;
  const height = p.bottom - px(ps.borderBottomWidth) - px(ps.paddingBottom) - top;
  const [cols, rows] = [64, 36];
  const paints = (el: Element) => {
    if (el instanceof SVGElement) return true;
    const style = getComputedStyle(el);
    return style.backgroundImage !== 'none' || !/^(transparent|rgba\(.*,\s*0\))$/.test(style.backgroundColor);
  };
  const underText = (el: Element, x: number, y: number) => [...el.childNodes].some((n) => {
    if (n.nodeType !== Node.TEXT_NODE || !(n.textContent ?? '').trim()) return false;
    const range = document.createRange();
    range.selectNodeContents(n);
    return [...range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
  });
  const bare = (x: number, y: number) => {
    const hit = document.elementFromPoint(x, y);
    if (!hit) return true;
    if (!panel.contains(hit)) return hit.contains(panel);
    if (underText(hit, x, y)) return false;
    for (let el: Element | null = hit; el && el !== panel; el = el.parentElement) if (paints(el)) return false;
    return true;
  };
  const cells: boolean[] = [];
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < cols; c += 1) cells.push(bare(left + ((c + 0.5) * width) / cols, top + ((r + 0.5) * height) / rows));
  }
  // The largest 4-connected region of bare points.
  const seen = new Set<number>();
  let largest = 0;
  for (let i = 0; i < cells.length; i += 1) {
    if (!cells[i] || seen.has(i)) continue;
    const region = [i];
    seen.add(i);
    for (let n = 0; n < region.length; n += 1) {
      const [r, c] = [Math.floor((region[n] as number) / cols), (region[n] as number) % cols];
      for (const [nr, nc] of [[r - 1, c], [r + 1, c], [r, c - 1], [r, c + 1]] as const) {
        const k = nr * cols + nc;
        if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && cells[k] && !seen.has(k)) { seen.add(k); region.push(k); }
      }
    }
    largest = Math.max(largest, region.length);
  }
  const cell = (width / cols) * (height / rows) / (s.width * s.height);
  return { largest: largest * cell, total: cells.filter(Boolean).length * cell };
});
