// Hostile text in every resource (?scenario=hostile, mocks/hostile.ts) in the real browser: on a phone and a
// desktop nothing runs (no dialog, no uncaught error), nothing spills sideways, long names are cut with the whole
// name at hand (a title, the drawer), the big screen's panels still fit their stage, the print carries the text,
// and what is saved (an SVG, a PNG, the projects CSV) holds it harmlessly under a clean file name. `n` shifts
// which string each field gets: n=7 gives the charts' first category, n=10 a fund and an energy project, the
// 500-character name. Scenarios build.
import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HOSTILE_NAMES } from '../../mocks/hostile';
import { SCREEN_PANEL_IDS as SCREEN_PANELS } from '../../src/app/big-screen/screen-panels';
import { stripInvalidXml } from '../../src/lib/export/svg-safety';
import { decodePng, drawnPanel, inspectSvg, ITEM, openExportMenu, saveFrom } from './lib/export';
import { expectNoSidewaysScroll } from './lib/layout';
import { DESKTOP, MOBILE, openJourney, unexpectedProblems, withQuery } from './lib/page';
import { readPdf } from './lib/pdf';
import { settledCutOff } from './lib/stage';
import { useBrowser } from './lib/steps';

const STAGE = '项目：按类别与阶段';
const LONG = HOSTILE_NAMES.find((kind) => kind.length === 500)!;
// eslint-disable-next-line no-control-regex -- control characters are what a file name must not hold
const UNSAFE_IN_FILE_NAME = /[<>:"/\\|?*\u0000-\u001f\u200b-\u200f\u202a-\u202e\u2060\ufeff]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/;

/** Shows every section (Tab reveals all), then waits for the skeletons to go. */
async function everythingShown(page: Page) {
  // The app, not the static shell in index.html (which has no skeletons either): the first render is a transition.
  await page.locator('#main').waitFor({ timeout: 30_000 });
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => document.querySelectorAll('.skeleton').length === 0, undefined, { timeout: 30_000 });
}

/** What the data could have become as markup, whether the page is wider than the screen, and what failed. */
const pageState = (page: Page) => page.evaluate(() => {
  const markup: string[] = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (['SCRIPT', 'IMG', 'IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName)) markup.push(el.tagName);
    for (const attr of el.attributes) if (/^on/i.test(attr.name) || (/^(href|src|xlink:href|action|formaction)$/i.test(attr.name) && /^\s*javascript:/i.test(attr.value))) markup.push(`${el.tagName} ${attr.name}`);
  }
  return {
    markup,
    overflow: document.documentElement.scrollWidth - window.innerWidth,
    failed: document.querySelectorAll('.widget-error').length,
    text: document.body.innerText,
  };
});

/** RFC 4180 as Excel reads it: quoted cells may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const re = /("(?:[^"]|"")*"|[^,"\r\n]*)(,|\r\n|$)/y;
  let row: string[] = [];
  while (re.lastIndex < text.length) {
    const [, cell = '', end] = re.exec(text) ?? [];
    row.push(cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell);
    if (end !== ',') { rows.push(row); row = []; }
  }
  return rows;
}

describe('hostile text from the data (?scenario=hostile)', () => {
  const browser = useBrowser();
  const open = async (params: Record<string, string>, viewport: { width: number; height: number }) => {
    const journey = await openJourney(browser(), withQuery(inject('scenariosUrl'), { scenario: 'hostile', ...params }), viewport);
    const dialogs: string[] = [];
    // alert(1) must never run: a dialog is a failure, dismissed so the journey can report it.
    journey.page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    const done = async () => {
      expect(dialogs, 'dialogs opened').toEqual([]);
      expect(unexpectedProblems(journey.problems)).toEqual([]);
      await journey.close();
    };
    return { ...journey, done };
  };

  it.each([['a phone', MOBILE], ['a desktop', DESKTOP]] as const)('on %s: the overview and the list run nothing and hold the width', async (label, viewport) => {
    const { page, done } = await open({}, viewport);
    await everythingShown(page);
    const overview = await pageState(page);
    await expectNoSidewaysScroll(page, `overview on ${label}`);
    expect(overview).toMatchObject({ markup: [], overflow: 0, failed: 0 });
    expect(overview.text).toContain(HOSTILE_NAMES[0]);
    // The list: rows or cards with the names, the long one cut on screen with all of it in its title.
    await page.getByRole('link', { name: '项目清单', exact: true }).click();
    await page.getByText('<img src=x onerror=alert(1)>', { exact: false }).first().waitFor({ timeout: 20_000 });
    await expectNoSidewaysScroll(page, `list on ${label}`);
    expect(await pageState(page)).toMatchObject({ markup: [], overflow: 0, failed: 0 });
    const cut = await page.evaluate((long) => [...document.querySelectorAll<HTMLElement>('#main .clamp')]
      .filter((el) => el.title.startsWith(long))
      .map((el) => ({ cut: el.scrollHeight > el.clientHeight + 1, height: el.clientHeight, fits: el.getBoundingClientRect().right <= window.innerWidth })), LONG);
    expect(cut.length, 'cells or card fields with the 500-character name').toBeGreaterThan(0);
    for (const el of cut) expect(el).toMatchObject({ cut: true, fits: true });
    await done();
  });

  it.each([['a phone', MOBILE], ['a desktop', DESKTOP]] as const)('on %s, the 500-character category name (n=7): the chart\'s tick is cut inside the chart, whole in its title', async (label, viewport) => {
    const { page, done } = await open({ n: '7' }, viewport);
    const panel = await drawnPanel(page, STAGE);
    const tick = await panel.evaluate((el, long) => {
      const title = [...el.querySelectorAll('svg title')].find((t) => t.textContent === long);
      const text = title?.parentElement?.querySelector('text');
      const svg = el.querySelector('.recharts-wrapper > svg, svg.chart-surface')!.getBoundingClientRect();
      const box = text?.getBoundingClientRect();
      return text && box ? { text: text.textContent ?? '', lines: text.querySelectorAll('tspan').length, inside: box.left >= svg.left - 0.5 } : null;
    }, LONG);
    expect(tick, 'a tick with the long name in its <title>').not.toBeNull();
    expect(tick!.text.endsWith('…')).toBe(true);
    expect(tick!.lines).toBeLessThanOrEqual(3);
    expect(tick!.inside, 'the tick starts inside the chart, not clipped at its left edge').toBe(true);
    await everythingShown(page);
    await expectNoSidewaysScroll(page, `overview n=7 on ${label}`);
    expect(await pageState(page)).toMatchObject({ markup: [], overflow: 0, failed: 0 });
    await done();
  });

  it('a project\'s drawer on a phone: the 500-character name cut in the header, whole under it', async () => {
    const { page, done } = await open({ view: 'projects', project: 'P10' }, MOBILE);
    const dialog = page.getByRole('dialog');
    await dialog.getByText(LONG, { exact: false }).first().waitFor({ timeout: 20_000 });
    const head = await dialog.evaluate((el) => {
      const h = el.querySelector('h2') as HTMLElement;
      return { lines: Math.round(h.clientHeight / parseFloat(getComputedStyle(h).lineHeight)), title: h.title, whole: el.querySelector('.drawer-full-name')?.textContent };
    });
    expect(head.lines).toBeLessThanOrEqual(3);
    expect(head.title).toBe(`${LONG} 10`);
    expect(head.whole).toBe(`${LONG} 10`);
    await expectNoSidewaysScroll(page, 'drawer on a phone');
    expect(await pageState(page)).toMatchObject({ markup: [], overflow: 0, failed: 0 });
    await done();
  });

  it.each(['0', '7', '10'])('the big screen with n=%s: every panel shows the strings as text and still fits its stage', async (n) => {
    for (const panel of SCREEN_PANELS) {
      // A journey each: navigating away mid-load would abort the first page's lazy chunks.
      const { page, done } = await open({ mode: 'screen', panel, n }, DESKTOP);
      await page.locator('.bs-panel').waitFor({ timeout: 20_000 });
      await page.waitForFunction(() => document.querySelectorAll('.bs-panel .skeleton').length === 0, undefined, { timeout: 20_000 });
      expect(await settledCutOff(page), `${panel}: cut off`).toEqual([]);
      const state = await pageState(page);
      expect(state).toMatchObject({ markup: [], failed: 0 });
      expect(HOSTILE_NAMES.some((kind) => state.text.includes(kind)), `${panel}: hostile text shown`).toBe(true);
      await done();
    }
  });

  it('the print carries the strings as text, and nothing runs', async () => {
    const { page, done } = await open({}, DESKTOP);
    await everythingShown(page);
    const pages = await readPdf(await page.pdf({ format: 'A4' }));
    const printed = pages.map((p) => p.joined).join('').replace(/\s+/g, '');
    for (const kind of ['<script>alert(1)</script>', '<imgsrc=xonerror=alert(1)>', 'javascript:alert(1)', '@SUM(1+1)']) {
      expect(printed, `printed: ${kind}`).toContain(kind);
    }
    await page.emulateMedia({ media: 'print' });
    expect(await pageState(page)).toMatchObject({ markup: [], failed: 0 });
    await done();
  });

  it('an SVG and a PNG export and the projects CSV: text only, neutralised formulas and clean file names', async () => {
    const { page, done } = await open({}, DESKTOP);
    const panel = await drawnPanel(page, STAGE);
    const categories = await panel.evaluate((el) => [...el.querySelectorAll('.recharts-yAxis text, .chart-axis-y text')].map((t) => t.textContent ?? ''));
    await openExportMenu(page, panel, STAGE);
    const svg = await saveFrom(page, ITEM.svg);
    const found = await inspectSvg(page, svg.bytes.toString('utf8'));
    expect(found).toMatchObject({ parses: true, badElements: [], badAttributes: [] });
    // As the page shows them, less what XML cannot hold (a lone surrogate), which the export drops.
    for (const name of categories) expect(found.text).toContain(stripInvalidXml(name));
    await openExportMenu(page, panel, STAGE);
    const png = await saveFrom(page, ITEM.png);
    expect((await decodePng(page, png.bytes)).width).toBeGreaterThan(0);

    await page.getByRole('link', { name: '项目清单', exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: '下载 CSV' }).click(),
    ]);
    const rows = parseCsv((await readFile(await download.path(), 'utf8')).replace(/^\ufeff/, ''));
    expect(rows.length).toBe(27);
    const cells = rows.flat();
    // A formula start is shown with an apostrophe before it; a bare one (other than a number) would run in Excel.
    expect(cells.some((cell) => cell.startsWith('\'=HYPERLINK('))).toBe(true);
    expect(cells.filter((cell) => /^[=+\-@\t\r＝＋－＠]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell))).toEqual([]);
    for (const name of [svg.name, png.name, download.suggestedFilename()]) {
      expect(name).not.toMatch(UNSAFE_IN_FILE_NAME);
      expect(() => encodeURIComponent(name)).not.toThrow();
    }
    await done();
  });
});
