// Journey: a reader prints the overview (issue 14) two seconds after the figures appear, without scrolling.
// Whatever was still waiting to be revealed then must be on the paper: every section heading, every chart with
// its marks drawn (checked on the pixels of the printed page, not in the DOM), the verdict on page 1, and no
// control. On a 4× slower CPU (Chrome's mid-tier phone), sections are still skeletons when printing starts, so
// the journey exercises the synchronous render on beforeprint rather than what the idle reveal did already.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PRINT_CHART_WIDTH } from '../../src/components/charts/chart-theme';
import { ROOT } from './lib/build.mjs';
import { EXPECT } from './lib/expectations.mjs';
import { DESKTOP, MOBILE, openJourney, unexpectedProblems } from './lib/page';
import { A4_PT, countPixels, countText, findText, readPdf, renderPdfPage, saturated, type PdfPage, type RenderedPage } from './lib/pdf';
import { useBrowser } from './lib/steps';

const OUT = join(ROOT, 'tests', '.out');
const e = EXPECT.zh;
// Saturated pixels (at 1.5 px per pt) under a chart's title: a drawn chart leaves thousands, a grey skeleton
// or an empty surface none; the panel's coloured badges (示例数据, 推断) sit on the title's line or are small.
const DRAWN_PIXELS = 1500;
const SCALE = 1.5;

interface PrintJourney { label: string; viewport: { width: number; height: number }; cpu: number; pdf: Parameters<Page['pdf']>[0]; keep?: boolean }
const JOURNEYS: PrintJourney[] = [
  { label: 'desktop, 4× slower CPU, the page size from CSS', viewport: DESKTOP, cpu: 4, pdf: { preferCSSPageSize: true }, keep: true },
  { label: 'phone, 4× slower CPU, format A4', viewport: MOBILE, cpu: 4, pdf: { format: 'A4' } },
  { label: 'desktop, the page size from CSS', viewport: DESKTOP, cpu: 1, pdf: { preferCSSPageSize: true } },
];

// What the page holds, read with print styles applied: the headings and chart panels a reader of the paper
// should find, and the print-visible text that is not a control (a control's name may also be content).
const CONTROLS = 'button, [role="button"], [role="tab"], [role="switch"], [role="checkbox"], input, select, textarea, summary';
const FIGURE = '.figure-value'; // a figure's button: the value itself, content on paper

async function printedContent(page: Page) {
  return page.evaluate(({ controls, figure }) => {
    const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)
      && el.getBoundingClientRect().width > 1 && el.getBoundingClientRect().height > 1;
    const nameOf = (el: Element) => (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ');
    const main = document.querySelector('main') as HTMLElement;
    const headings = [...main.querySelectorAll('h2, h3, [role="heading"]')].filter(shown).map((h) => (h.textContent ?? '').trim());
    const charts = [...main.querySelectorAll('section[aria-labelledby]')].filter((s) => s.querySelector('figure') && !s.querySelector(':scope section figure') && shown(s)).map(nameOf);
    let content = '';
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walk.nextNode(); node; node = walk.nextNode()) {
      const parent = node.parentElement;
      if (parent && shown(parent) && (!parent.closest(controls) || parent.closest(figure))) content += node.textContent;
    }
    return { headings, charts, content };
  }, { controls: CONTROLS, figure: FIGURE });
}

/**
 * Arms a snapshot of the page taken by the last beforeprint listener, when every other has returned: only what
 * is in the DOM then is sure to reach the paper (the pages are laid out as soon as the event is over; headless
 * Chrome's page.pdf lets some later work in, such as the demo data answering, so the paper alone can miss a gap).
 */
const snapshotAtPrint = (page: Page) => page.evaluate(() => {
  window.addEventListener('beforeprint', () => {
    const main = document.querySelector('main') as HTMLElement;
    const nameOf = (el: Element) => (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ');
    const panels = [...main.querySelectorAll('section[aria-labelledby]')].filter((s) => s.querySelector('figure') && !s.querySelector(':scope section figure'));
    (window as unknown as { atPrint: unknown }).atPrint = {
      skeletons: main.querySelectorAll('.skeleton').length,
      headings: [...main.querySelectorAll('h2, h3')].map((h) => (h.textContent ?? '').trim()),
      charts: panels.map((panel) => {
        const surface = [...panel.querySelectorAll('svg.recharts-surface, svg.chart-surface')].find((svg) => !svg.closest('.recharts-legend-wrapper'));
        return {
          title: nameOf(panel),
          width: Number(surface?.getAttribute('width') ?? 0),
          marks: panel.querySelectorAll('.recharts-bar-rectangle path, .recharts-line-curve, svg.chart-surface .chart-bar, svg.chart-surface .chart-line').length,
        };
      }),
    };
  }, { once: true });
});
interface AtPrint { skeletons: number; headings: string[]; charts: { title: string; width: number; marks: number }[] }

/** Every control's name on the screen (figures excepted): none may be on the paper more often than as content. */
const controlNames = (page: Page) => page.evaluate(({ controls, figure }) => [...document.querySelectorAll(controls)]
  .filter((el) => !el.closest(figure))
  .map((el) => {
    const labelled = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean).map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    const label = el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement ? el.labels?.[0]?.textContent ?? '' : '';
    return (el.getAttribute('aria-label') || labelled || label || el.textContent || '').trim();
  })
  .filter(Boolean), { controls: CONTROLS, figure: FIGURE });

/** Saturated pixels between a chart's title and the next heading below it (or the page's foot), in its column. */
function chartInk(pages: PdfPage[], rendered: Map<number, RenderedPage>, title: string, headings: string[]) {
  const [hit] = findText(pages, title).filter((h) => h.atLineStart);
  if (!hit) return undefined;
  const page = pages[hit.page - 1]!;
  // Another heading: at the start of its line and in type at least as large (words a sentence shares with a
  // short heading, 项目 or 基金, do not end the band).
  const size = hit.bottom - hit.top;
  const others = headings.flatMap((h) => findText([page], h)).filter((h) => h.atLineStart && h.bottom - h.top > size - 0.5)
    .filter((h) => h.top > hit.bottom + 2 || (Math.abs(h.top - hit.top) < 3 && h.x > hit.x + 20));
  const below = Math.min(page.height, ...others.filter((h) => h.top > hit.bottom + 2).map((h) => h.top));
  const right = Math.min(page.width, ...others.filter((h) => Math.abs(h.top - hit.top) < 3).map((h) => h.x));
  return { page: hit.page, pixels: countPixels(rendered.get(hit.page)!, hit.bottom + 2, below - 2, saturated, hit.x - 8, right - 4) };
}

describe('the printed brief: everything drawn, however soon the reader prints', () => {
  const browser = useBrowser();

  for (const journey of JOURNEYS) {
    it(`${journey.label}: A4 pages, every heading, every chart drawn, the verdict on page 1, no control`, async () => {
      const { page, problems, close } = await openJourney(browser(), inject('demoUrl'), journey.viewport, {
        beforeLoad: async (context) => {
          if (journey.cpu === 1) return;
          const cdp = await context.newCDPSession(context.pages()[0]!);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: journey.cpu });
        },
      });
      const kpis = page.getByRole('region', { name: e.kpiRegion, exact: true });
      for (const value of e.kpiValues) await kpis.getByText(value, { exact: true }).first().waitFor({ timeout: 30_000 });
      await page.waitForTimeout(2_000);
      const waiting = await page.locator('main .skeleton').count();
      await snapshotAtPrint(page);
      const pdf = await page.pdf(journey.pdf);
      const atPrint = await page.evaluate(() => (window as unknown as { atPrint: AtPrint }).atPrint);

      // The page as printed, once the print is over: every section stays revealed, so its headings are all there.
      await page.emulateMedia({ media: 'print' });
      await expect.poll(() => page.locator('main .skeleton').count(), { timeout: 15_000 }).toBe(0);
      const { headings, charts, content } = await printedContent(page);
      const verdict = (await page.getByRole('main').getByRole('heading', { level: 2 }).first().textContent()) ?? '';
      await page.emulateMedia({ media: null });
      const controls = [...new Set(await controlNames(page))];

      const pages = await readPdf(pdf);
      if (journey.keep) {
        mkdirSync(join(OUT, 'screenshots'), { recursive: true });
        writeFileSync(join(OUT, 'print-brief.pdf'), pdf);
        writeFileSync(join(OUT, 'screenshots', 'print-brief-page1.png'), (await renderPdfPage(pdf, 1, SCALE)).png);
      }
      console.log(`${journey.label}: ${waiting} skeletons when printing started, ${pages.length} pages, ${charts.length} charts`);

      // When beforeprint is over: no skeleton, every section and every chart drawn, at the fixed print width.
      expect.soft(atPrint.skeletons, 'skeletons when beforeprint was over').toBe(0);
      expect.soft(atPrint.headings, 'headings in the DOM when beforeprint was over').toEqual(expect.arrayContaining(headings));
      expect.soft(atPrint.charts.map((c) => c.title), 'chart panels when beforeprint was over').toEqual(charts);
      for (const chart of atPrint.charts) {
        expect.soft(chart.marks, `"${chart.title}" marks at beforeprint`).toBeGreaterThan(0);
        expect.soft(chart.width, `"${chart.title}" width at beforeprint`).toBe(PRINT_CHART_WIDTH.portrait);
      }

      // A4 portrait, every page.
      for (const p of pages) {
        expect.soft(Math.abs(p.width - A4_PT.short), `page ${p.number} width ${p.width}`).toBeLessThanOrEqual(1);
        expect.soft(Math.abs(p.height - A4_PT.long), `page ${p.number} height ${p.height}`).toBeLessThanOrEqual(1);
      }

      // Every section heading, as often as the page has it; the known sections are among them.
      expect(headings).toEqual(expect.arrayContaining([e.attentionRegion, e.nextStepsRegion, e.chartsRegion, e.moreChartsRegion, e.kpiDetailRegion]));
      for (const heading of new Set(headings)) {
        const times = headings.filter((h) => h === heading).length;
        expect.soft(countText(pages, heading), `heading "${heading}" printed`).toBeGreaterThanOrEqual(times);
      }

      // The verdict, on page 1.
      expect(verdict.length).toBeGreaterThan(10);
      expect(findText(pages.slice(0, 1), verdict), `verdict "${verdict}" on page 1`).not.toEqual([]);

      // Every chart panel printed, each with marks drawn under its title.
      expect(charts.length, 'chart panels on the page').toBeGreaterThanOrEqual(6);
      const rendered = new Map<number, RenderedPage>();
      for (const p of pages) rendered.set(p.number, await renderPdfPage(pdf, p.number, SCALE));
      const ink = Object.fromEntries(charts.map((title) => [title, chartInk(pages, rendered, title, headings)]));
      console.log(JSON.stringify(ink));
      const found = charts.filter((title) => ink[title]);
      expect(found, 'chart titles found in the PDF').toEqual(charts);
      for (const title of found) expect.soft(ink[title]?.pixels ?? 0, `chart "${title}": drawn marks`).toBeGreaterThan(DRAWN_PIXELS);

      // No control: a control's name is printed no more often than the printed content itself carries it.
      expect(controls.length, 'controls on the page').toBeGreaterThan(5);
      for (const name of controls) {
        const asContent = countText([{ number: 0, width: 0, height: 0, text: [{ str: content, x: 0, top: 0, height: 0 }], joined: content }], name);
        expect.soft(countText(pages, name), `control "${name}" printed`).toBeLessThanOrEqual(asContent);
      }

      expect(unexpectedProblems(problems)).toEqual([]);
      await close();
    });
  }
});
