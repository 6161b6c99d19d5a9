// Journey: the projects view on paper (issue 14). On screen the table and the cards draw only the rows near the
// viewport; a printout must carry the list itself. Scenarios build with 10,000 projects, sorted by planned
// investment: page.pdf() (the page's own @page size) read back with pdf.js holds the first and the 500th project
// of that order, not the 501st, and the note that the list is cut; the synchronous render beforeprint triggers is
// timed and logged. Demo build at 390×844: all 26 cards are in the DOM when beforeprint returns, and all 26
// projects are on paper (Chromium then lays the page out at A4 width, where the list is the table: either way).
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { syntheticProjects } from '../../mocks/synthetic-projects';
import dataset from '../../seeds/dataset.json';
import type { Projects } from '../../src/contract/schemas';
import { viewProjects } from '../../src/projects/selection/sort';
import { countText, readPdf } from './lib/pdf';
import { DESKTOP, MOBILE, openJourney, unexpectedProblems, withQuery } from './lib/page';
import { useBrowser } from './lib/steps';

const PRINT_ROWS = 500;
const DATA = dataset.projects as unknown as Projects;
const LIST = '项目清单，点击列标题排序';

/** The rows (table rows or cards) in the DOM when the app's beforeprint listener has run: what the printer gets. */
async function watchPrintedRows(page: Page): Promise<() => Promise<{ rows: number; cards: number }[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { printedRows: { rows: number; cards: number }[] };
    w.printedRows = [];
    // Added after the app's own listener (registered when its store loaded), so it sees the DOM the app left.
    window.addEventListener('beforeprint', () => w.printedRows.push({
      rows: document.querySelectorAll('[data-row-id]').length,
      cards: document.querySelectorAll('li[data-row-id]').length,
    }));
  });
  return () => page.evaluate(() => (window as unknown as { printedRows: { rows: number; cards: number }[] }).printedRows);
}

const pdfOf = async (page: Page) => readPdf(new Uint8Array(await page.pdf({ preferCSSPageSize: true })));

describe('the projects view on paper', () => {
  const browser = useBrowser();

  it('at 10,000 projects prints the first 500 of the screen\'s order and says the list is cut', async () => {
    const url = withQuery(inject('scenariosUrl'), { scenario: 'scale', n: '10000', view: 'projects', sort: 'plannedWan.desc' });
    const journey = await openJourney(browser(), url, DESKTOP);
    const { page } = journey;
    await page.getByText('显示 10,000 / 10,000 个项目').waitFor();
    await page.getByRole('table', { name: LIST }).waitFor();
    const onScreen = await page.locator('[data-row-id]').count();
    expect(onScreen).toBeLessThan(100);

    // The render beforeprint triggers, timed as the browser runs it: synchronously, before the pages are laid out.
    const ms = await page.evaluate(() => {
      const t0 = performance.now();
      window.dispatchEvent(new Event('beforeprint'));
      const t = performance.now() - t0;
      window.dispatchEvent(new Event('afterprint'));
      return t;
    });
    console.log(`beforeprint render at 10,000 projects, ${PRINT_ROWS} rows: ${ms.toFixed(0)} ms`);
    await expect.poll(() => page.locator('[data-row-id]').count()).toBe(onScreen);

    const printedRows = await watchPrintedRows(page);
    const pages = await pdfOf(page);
    expect(await printedRows(), 'rows in the DOM at beforeprint').toEqual([{ rows: PRINT_ROWS, cards: 0 }]);
    const order = viewProjects(syntheticProjects(10_000), {
      filters: {}, sort: { key: 'plannedWan', dir: 'desc' }, lang: 'zh', asOf: DATA.asOf, categories: DATA.categories, parks: DATA.parks,
    }).map((p) => p.name.zh);
    expect(countText(pages, order[0]!), `the first project, ${order[0]}`).toBe(1);
    expect(countText(pages, order[PRINT_ROWS - 1]!), `the ${PRINT_ROWS}th project, ${order[PRINT_ROWS - 1]}`).toBe(1);
    expect(countText(pages, order[PRINT_ROWS]!), `the ${PRINT_ROWS + 1}st project, ${order[PRINT_ROWS]}`).toBe(0);
    expect(countText(pages, '打印清单只含前500个项目（共10,000个）；完整清单请用「下载 CSV」。')).toBe(1);
    console.log(`PDF: ${pages.length} pages`);
    // After the print the list is virtualised again, and the note is gone.
    await expect.poll(() => page.locator('[data-row-id]').count()).toBeLessThan(100);
    expect(await page.getByText(/^打印清单只含/).count()).toBe(0);
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });

  it('on a phone puts all 26 demo cards in the DOM at beforeprint, and all 26 projects on paper, with no cap note', async () => {
    const journey = await openJourney(browser(), withQuery(inject('demoUrl'), { view: 'projects' }), MOBILE);
    const { page } = journey;
    await page.getByRole('list', { name: LIST }).waitFor();
    expect(await page.locator('li[data-row-id]').count(), 'virtualised on screen').toBeLessThan(26);
    const printedRows = await watchPrintedRows(page);
    const pages = await pdfOf(page);
    expect(await printedRows(), 'cards in the DOM at beforeprint').toEqual([{ rows: 26, cards: 26 }]);
    const missing = DATA.items.map((p) => p.name.zh).filter((name) => countText(pages, name) === 0);
    expect(missing, 'projects not on paper').toEqual([]);
    expect(countText(pages, '打印清单只含')).toBe(0);
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });
});
