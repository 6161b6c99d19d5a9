// Steps shared by the journeys, phrased the way a reader experiences the page.
// Locators use roles, accessible names and visible text; the only CSS is the charts' own classes (the
// surface, bars, dots and curves of recharts and of the plain SVG charts), because "a chart actually
// plotted something" has no accessible equivalent. blocksByHeading walks the DOM around headings to say
// which panel an alert belongs to.
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser } from './chromium.mjs';
import type { Expectations } from './expectations.mjs';

/** One browser per test file; each journey gets its own fresh context. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => { await browser?.close(); });
  return () => {
    if (!browser) throw new Error('browser not launched');
    return browser;
  };
}

/** Title, as-of date and source line: the frame every screen of the dashboard shares. */
export async function expectShell(page: Page, e: Expectations): Promise<void> {
  // Wait for the app to set the language, then check the exact tag softly so a wrong
  // region subtag is reported without hiding everything else the journey would find.
  const primary = e.htmlLang.split('-')[0] ?? e.htmlLang;
  await expect.poll(async () => (await page.locator('html').getAttribute('lang'))?.split('-')[0]).toBe(primary);
  expect.soft(await page.locator('html').getAttribute('lang'), '<html lang>').toBe(e.htmlLang);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toMatch(e.title);
  await page.getByText(e.asOf).first().waitFor();
  await page.getByText(e.source).first().waitFor();
}

/** The KPI path end to end: the headline and detail regions exist and every real figure has arrived in them. */
export async function expectKpis(page: Page, e: Expectations): Promise<void> {
  for (const [name, values] of [[e.kpiRegion, e.kpiValues], [e.kpiDetailRegion, e.kpiDetailValues]] as const) {
    const region = page.getByRole('region', { name, exact: true });
    await region.waitFor();
    for (const value of values) {
      await region.getByText(value, { exact: true }).first().waitFor({ timeout: 15_000 });
    }
  }
}

/** Visible marks on illustrative values (there is always at least one in the overview). */
export async function expectIllustrativeMarks(page: Page, e: Expectations): Promise<void> {
  await page.getByText(e.illustrative, { exact: false }).first().waitFor();
}

/**
 * Marks each chart panel actually plots, keyed by the panel's heading (the innermost
 * `section[aria-labelledby]` around the mark). A mark is a bar whose path has a non-zero size, a line
 * dot of non-zero size, a line curve with a `d` of non-zero length, or a pie/area shape with a size.
 * Legend icons, grid lines and axes are not marks: a chart with a legend and nothing plotted counts 0.
 * Every panel holding a chart surface (recharts', or a plain SVG chart's) is listed, with 0 when it plots nothing.
 */
export async function drawnMarks(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const panelOf = (el: Element): string => {
      const section = el.closest('section[aria-labelledby]');
      if (!section) return '(outside any panel)';
      const ids = (section.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
      const name = ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ').trim();
      return name || '(unnamed panel)';
    };
    const box = (el: Element) => el.getBoundingClientRect();
    const hasArea = (el: Element) => { const b = box(el); return b.width > 0 && b.height > 0; };
    const hasD = (el: Element) => (el.getAttribute('d') ?? '').trim().length > 0;
    const isBar = (bar: Element) => [...bar.querySelectorAll('path')].some((path) => hasD(path) && hasArea(path));
    const isCurve = (curve: Element) => {
      if (!hasD(curve) || !(curve instanceof SVGPathElement)) return false;
      const b = box(curve);
      return curve.getTotalLength() > 0 && (b.width > 0 || b.height > 0);
    };
    const marks = [
      ...[...document.querySelectorAll('.recharts-bar-rectangle')].filter(isBar),
      ...[...document.querySelectorAll('svg.chart-surface rect.chart-bar')].filter(hasArea),
      ...[...document.querySelectorAll('.recharts-line-dot, svg.chart-surface circle.chart-dot')].filter(hasArea),
      ...[...document.querySelectorAll('.recharts-line-curve, svg.chart-surface path.chart-line')].filter(isCurve),
      ...[...document.querySelectorAll('path.recharts-sector, .recharts-area-area')].filter((s) => hasD(s) && hasArea(s)),
    ];
    const counts: Record<string, number> = {};
    for (const surface of document.querySelectorAll('.recharts-surface, svg.chart-surface')) {
      // Legend icons are tiny surfaces of their own; only a chart's main surface makes a panel a chart.
      if (!surface.closest('.recharts-legend-wrapper')) counts[panelOf(surface)] ??= 0;
    }
    for (const mark of marks) counts[panelOf(mark)] = (counts[panelOf(mark)] ?? 0) + 1;
    return counts;
  });
}

/** How many chart panels plot at least one mark (see drawnMarks). */
export async function drawnCharts(page: Page): Promise<number> {
  return Object.values(await drawnMarks(page)).filter((n) => n > 0).length;
}

/** Text as compared by the journeys: no-break spaces are spaces, and any run of white space is one space. */
export const normaliseText = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * What a reader sees of an element, normalised: its innerText without the screen-reader descriptions of
 * figures (role="tooltip", visually hidden but in innerText) and, with `withoutQuotes`, without the
 * letter's words under each item (<q>), so neither can stand in for a figure or fact the page should print.
 * Each is taken out once where it occurs, so a fact printed and also quoted still counts once.
 */
export async function readerText(target: Locator, { withoutQuotes = false } = {}): Promise<string> {
  return target.evaluate((root, dropQuotes) => {
    const squash = (t: string) => t.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
    const visible = (el: Element) => el instanceof HTMLElement ? el.innerText : el.textContent ?? '';
    let text = squash(visible(root));
    const cut = (selector: string) => {
      for (const el of root.querySelectorAll(selector)) {
        const part = squash(visible(el));
        if (part) text = text.replace(part, ' ');
      }
    };
    cut('[role="tooltip"]');
    if (dropQuotes) cut('q');
    return squash(text);
  }, withoutQuotes);
}

/**
 * The page cut into blocks, one per h1–h3 heading: a heading's block is the largest element around it
 * that holds no other h1–h3 (a KPI tile, a chart panel, one part of the key items). Returns each block's
 * visible text (normalised) and the number of alerts with a retry button inside it, keyed by heading.
 * Alerts outside every block are reported under "(no heading)".
 */
export async function blocksByHeading(page: Page, retry: string): Promise<Record<string, { text: string; alerts: number }>> {
  const blocks = await page.evaluate((retryName) => {
    const HEADINGS = 'h1, h2, h3';
    const out: Record<string, { text: string; alerts: number }> = {};
    const owners = new Map<Element, string>();
    for (const heading of document.querySelectorAll(HEADINGS)) {
      let block: Element = heading;
      while (block.parentElement && block.parentElement.querySelectorAll(HEADINGS).length === 1) block = block.parentElement;
      const name = heading.textContent?.trim() ?? '';
      owners.set(block, name);
      let text = block instanceof HTMLElement ? block.innerText : block.textContent ?? '';
      // Screen-reader descriptions of figures are in innerText (visually hidden); a reader does not see them.
      for (const tip of block.querySelectorAll<HTMLElement>('[role="tooltip"]')) text = text.replace(tip.innerText, ' ');
      out[name] = { text: `${out[name]?.text ?? ''} ${text}`, alerts: out[name]?.alerts ?? 0 };
    }
    for (const alert of document.querySelectorAll('[role="alert"]')) {
      const hasRetry = [...alert.querySelectorAll('button')].some((b) => b.textContent?.trim() === retryName);
      if (!hasRetry) continue;
      let owner = '(no heading)';
      for (let el: Element | null = alert; el; el = el.parentElement) {
        const name = owners.get(el);
        if (name !== undefined) { owner = name; break; }
      }
      const entry = (out[owner] ??= { text: '', alerts: 0 });
      entry.alerts += 1;
    }
    return out;
  }, retry);
  for (const block of Object.values(blocks)) block.text = normaliseText(block.text);
  return blocks;
}

/**
 * A pattern that finds `value` as a whole token: not part of a bigger number ("5" is not in "15" or
 * "5.17"). In `context`, "%" stands for the value and a space for optional white space, so
 * "项目数 %" finds "项目数 26" and "项目数26" but not "项目数 260".
 */
export function tokenPattern(value: string, context = '%', flags = ''): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const token = `(?<![\\d.])${escape(normaliseText(value))}(?![\\d.])`;
  const [before = '', after = ''] = context.split('%');
  const part = (s: string) => escape(s).replace(/ /g, ' ?');
  return new RegExp(`${part(before)}${token}${part(after)}`, flags);
}

/**
 * Every table toggle switches its chart to a real <table> in the same region.
 * Handles (not re-queried locators) are used because a toggle may rename itself once pressed.
 */
export async function expectTableToggles(page: Page, e: Expectations): Promise<number> {
  const toggles = await page.getByRole('button', { name: e.tableToggle, exact: true }).elementHandles();
  for (const toggle of toggles) {
    await toggle.scrollIntoViewIfNeeded();
    await toggle.click();
    await expect.poll(() => toggle.evaluate((button: Element) => {
      const region = button.closest('section, [role="region"], figure');
      return !!region?.querySelector('table');
    }), { timeout: 5_000 }).toBe(true);
  }
  return toggles.length;
}

/**
 * Scroll to the end a screen at a time, as a reader does, so sections that render as they come near
 * the viewport (src/components/reveal.tsx) are all on the page; then back to the top.
 */
export async function scrollThrough(page: Page): Promise<void> {
  // The app's page, not index.html's static shell (whose header alone passes expectShell): the first render is a
  // transition, and a scroll through the shell would reach no panel.
  await page.locator('#main').waitFor({ timeout: 30_000 });
  for (let step = 0; step < 60; step += 1) {
    const atEnd = await page.evaluate(() => {
      window.scrollBy(0, Math.round(window.innerHeight * 0.8));
      return window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
    });
    await page.waitForTimeout(120);
    if (atEnd) break;
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}
