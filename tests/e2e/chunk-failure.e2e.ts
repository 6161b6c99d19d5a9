// Journey: the chart code does not download (a flaky network, a deploy that replaced the chunks). The page
// must not go blank: the header, every KPI figure and the first screen's charts (plain SVG, in the entry) stay,
// each recharts panel says what happened with a Retry, and once the network is back, Retry in each panel really
// downloads the chunk again and draws its chart.
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectAccessible } from './lib/axe';
import { EXPECT, type Lang } from './lib/expectations.mjs';
import { DESKTOP, MOBILE, openJourney, unexpectedProblems, withQuery } from './lib/page';
import { expectKpis, scrollThrough, useBrowser } from './lib/steps';

// A chart counts as drawn when its surface holds bars, a line or its dots (legend icons do not count).
const DRAWN_MARKS = '.recharts-bar-rectangle path, .recharts-line-curve, .recharts-line-dot';
const PLAIN_MARKS = 'svg.chart-surface .chart-bar, svg.chart-surface .chart-line';

/** The scripts index.html loads up front (entry, demo data); every other script is lazy chart code. */
async function upfrontScripts(url: string): Promise<Set<string>> {
  const html = await (await fetch(url)).text();
  return new Set([...html.matchAll(/assets\/[\w.-]+\.js/g)].map((m) => m[0]));
}

/** Aborts every lazy script (the recharts views and their shared chunks) until `restore()`. */
async function blockChartChunks(context: BrowserContext, upfront: Set<string>) {
  const blocked: string[] = [];
  const isLazyScript = (url: URL) => {
    const asset = url.pathname.match(/assets\/[\w.-]+\.js$/)?.[0];
    return !!asset && !upfront.has(asset);
  };
  await context.route(isLazyScript, async (route) => {
    blocked.push(route.request().url());
    await route.abort('failed');
  });
  return { blocked, restore: () => context.unroute(isLazyScript) };
}

const drawnIn = (page: Page, panel: Locator) =>
  panel.locator('.recharts-surface').filter({ has: page.locator(DRAWN_MARKS) }).count();

const JOURNEYS: Array<{ lang: Lang; viewport: { width: number; height: number } }> = [
  { lang: 'zh', viewport: DESKTOP },
  { lang: 'en', viewport: MOBILE },
];

describe('chart chunks that fail to download', () => {
  const browser = useBrowser();

  for (const { lang, viewport } of JOURNEYS) {
    const e = EXPECT[lang];
    const label = `${e.htmlLang} ${viewport.width}×${viewport.height}`;

    it(`keeps the page, fails each chart panel alone, and Retry draws it (${label})`, async () => {
      const url = withQuery(inject('demoUrl'), lang === 'en' ? { lang } : {});
      const upfront = await upfrontScripts(url);
      let network: Awaited<ReturnType<typeof blockChartChunks>> | undefined;
      const journey = await openJourney(browser(), url, viewport, {
        beforeLoad: async (context) => { network = await blockChartChunks(context, upfront); },
      });
      const { page } = journey;

      await expectKpis(page, e);
      await scrollThrough(page);
      // The first screen's charts need no chart code: both still draw.
      const lead = page.getByRole('region', { name: e.chartsRegion, exact: true });
      await lead.scrollIntoViewIfNeeded();
      await expect.poll(() => lead.locator(PLAIN_MARKS).count(), { timeout: 15_000 }).toBeGreaterThan(0);
      expect(await lead.getByRole('alert').count(), 'no first-screen chart failed').toBe(0);
      // The recharts panels further down, each failing alone.
      const panels = page.getByRole('region', { name: e.moreChartsRegion, exact: true }).getByRole('region');
      const count = await panels.count();
      expect(count, 'chart panels on the page').toBeGreaterThan(0);

      // Every chart panel fails on its own, in its own words, with a Retry; nothing was drawn.
      for (let i = 0; i < count; i += 1) {
        const alert = panels.nth(i).getByRole('alert');
        await alert.waitFor({ timeout: 15_000 });
        expect(await alert.innerText()).toContain(e.chunkFailed);
        await alert.getByRole('button', { name: e.retry }).waitFor();
      }
      expect(await page.locator('.recharts-surface').filter({ has: page.locator(DRAWN_MARKS) }).count()).toBe(0);
      expect(network?.blocked.some((u) => /bar-chart-view-/.test(u)), 'the bar chart chunk was blocked').toBe(true);
      expect(network?.blocked.some((u) => /line-chart-view-/.test(u)), 'the line chart chunk was blocked').toBe(true);

      // The page around them stands: the header and every KPI figure are still on screen.
      await page.evaluate(() => window.scrollTo(0, 0));
      const title = page.getByRole('heading', { level: 1 });
      expect(await title.isVisible()).toBe(true);
      expect(await title.innerText()).toMatch(e.title);
      const kpis = page.getByRole('region', { name: e.kpiRegion });
      for (const value of e.kpiValues) expect(await kpis.getByText(value, { exact: true }).first().isVisible(), value).toBe(true);
      await expectAccessible(page, `${label} with chart panels failed`);

      // The network is back: Retry in each panel downloads the chunk again and draws the chart.
      await network?.restore();
      const blockedBefore = network?.blocked.length;
      for (let i = 0; i < count; i += 1) {
        const panel = panels.nth(i);
        await panel.scrollIntoViewIfNeeded();
        await panel.getByRole('alert').getByRole('button', { name: e.retry }).click();
        await expect.poll(() => drawnIn(page, panel), { timeout: 15_000 }).toBeGreaterThan(0);
        expect(await panel.getByRole('alert').count()).toBe(0);
      }
      expect(network?.blocked.length, 'nothing was blocked after the route was lifted').toBe(blockedBefore);

      // The only problems are the blocked chunks themselves: their failed requests, the browser's line for each,
      // and React reporting each ChunkLoadError its boundaries caught (those name the chunk's URL too).
      const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const CHUNK_NOISE = [...new Set(network?.blocked)].map((u) => new RegExp(escape(u)));
      expect(journey.problems.pageErrors, 'no uncaught errors').toEqual([]);
      expect(unexpectedProblems(journey.problems, CHUNK_NOISE)).toEqual([]);
      await journey.close();
    });
  }
});
