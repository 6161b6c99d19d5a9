// Hostile text in every resource (?scenario=hostile, mocks/hostile.ts) in the real browser: on a phone and a
// desktop nothing runs (no dialog, no uncaught error), nothing spills sideways, long names are cut with the
// whole name at hand, and what is saved (a PNG, the projects CSV) carries the text harmlessly under a clean name.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HOSTILE_NAMES } from '../../mocks/hostile';
import { decodePng, drawnPanel, ITEM, openExportMenu, saveFrom } from './lib/export';
import { DESKTOP, MOBILE, openJourney, unexpectedProblems, withQuery } from './lib/page';
import { useBrowser } from './lib/steps';

const STAGE = '项目：按类别与阶段';
const LONG = HOSTILE_NAMES.find((kind) => kind.length === 500)!;

/** Shows every section (Tab reveals all), then waits for the skeletons to go. */
async function everythingShown(page: Page) {
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => document.querySelectorAll('.skeleton').length === 0, undefined, { timeout: 30_000 });
}

/** What the data could have become as markup, and whether the page is wider than the screen. */
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

describe('hostile text from the data (?scenario=hostile)', () => {
  const browser = useBrowser();
  const open = async (params: Record<string, string>, viewport: { width: number; height: number }) => {
    const journey = await openJourney(browser(), withQuery(inject('scenariosUrl'), { scenario: 'hostile', ...params }), viewport);
    const dialogs: string[] = [];
    journey.page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    return { ...journey, dialogs };
  };

  it.each([['a phone', MOBILE], ['a desktop', DESKTOP]] as const)('on %s: the overview and the list run nothing and hold the width', async (_name, viewport) => {
    const journey = await open({}, viewport);
    await everythingShown(journey.page);
    const overview = await pageState(journey.page);
    expect(overview).toMatchObject({ markup: [], overflow: 0, failed: 0 });
    expect(overview.text).toContain(HOSTILE_NAMES[0]);
    // The list: rows or cards with the names, the long one cut on screen with all 500 characters in its title.
    await journey.page.getByRole('link', { name: '项目清单', exact: true }).click();
    await journey.page.getByText('<img src=x onerror=alert(1)>', { exact: false }).first().waitFor({ timeout: 20_000 });
    const list = await pageState(journey.page);
    expect(list).toMatchObject({ markup: [], overflow: 0, failed: 0 });
    const cut = await journey.page.evaluate((long) => [...document.querySelectorAll('#main *')].some((el) => el.children.length === 0
      && (el.textContent ?? '').startsWith(long.slice(0, 20)) && el.getBoundingClientRect().width <= window.innerWidth
      && ((el as HTMLElement).title === long || el.closest('[title]')?.getAttribute('title') === long || el.textContent === long)), LONG);
    expect(cut, 'the 500-character name fits the screen and is whole in the page or its title').toBe(true);
    expect(journey.dialogs).toEqual([]);
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });

  it('a project\'s drawer and the big screen show the names as text', async () => {
    const journey = await open({ view: 'projects', project: 'P01' }, MOBILE);
    const dialog = journey.page.getByRole('dialog');
    await dialog.waitFor({ timeout: 20_000 });
    expect(await pageState(journey.page)).toMatchObject({ markup: [], overflow: 0, failed: 0 });
    expect(journey.dialogs).toEqual([]);
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
    // A journey of its own: navigating away mid-load would abort the first page's lazy chunks.
    const screen = await open({ mode: 'screen', panel: 'pipeline' }, DESKTOP);
    await screen.page.getByText(HOSTILE_NAMES[0], { exact: false }).first().waitFor({ timeout: 20_000 });
    expect(await pageState(screen.page)).toMatchObject({ markup: [], failed: 0 });
    expect(screen.dialogs).toEqual([]);
    expect(unexpectedProblems(screen.problems)).toEqual([]);
    await screen.close();
  });

  it('a PNG export and the projects CSV: a valid image, neutralised formulas and clean file names', async () => {
    const journey = await open({}, DESKTOP);
    const { page } = journey;
    const panel = await drawnPanel(page, STAGE);
    await openExportMenu(page, panel, STAGE);
    const png = await saveFrom(page, ITEM.png);
    expect((await decodePng(page, png.bytes)).width).toBeGreaterThan(0);
    await page.getByRole('link', { name: '项目清单', exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: '下载 CSV' }).click(),
    ]);
    const csv = await import('node:fs/promises').then((fs) => download.path().then((path) => fs.readFile(path, 'utf8')));
    const cells = csv.split(/,|\r\n/);
    expect(cells.some((cell) => cell.startsWith("'=HYPERLINK") || cell.startsWith('"\'=HYPERLINK'))).toBe(true);
    expect(cells.filter((cell) => /^"?[=@]/.test(cell))).toEqual([]);
    for (const name of [png.name, download.suggestedFilename()]) {
      // eslint-disable-next-line no-control-regex -- control characters are what a file name must not hold
      expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f\u200b-\u200f\u202a-\u202e\ufeff]/);
      expect(() => encodeURIComponent(name)).not.toThrow();
    }
    expect(journey.dialogs).toEqual([]);
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });
});
