// Journey: a planner goes through the pipeline in the projects view (项目清单, `?view=projects`). They filter
// by a category through the UI and sort by a column; the URL carries it all, so the same link in a fresh
// browser lists the same rows in the same order; Back walks the list back; the CSV holds exactly the rows on
// screen, with a BOM. At 10,000 projects the table keeps fewer than 100 rows in the DOM. The honest-figures
// rules extend to the rows: every row with a figure says its provenance, and no real name is in any row.
// Demo build (seed data in-process) and the scenarios build (?scenario=scale&n=10000), from a sub-path.
import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import dataset from '../../seeds/dataset.json';
import { REAL_NAMES } from '../../seeds/documented';
import type { Projects } from '../../src/contract/schemas';
import { viewProjects } from '../../src/projects/selection/sort';
import type { ProjectSelection, ProjectSort } from '../../src/projects/selection/select';
import { expectAccessible } from './lib/axe';
import { EXPECT, LANGS, langQuery, type Lang } from './lib/expectations.mjs';
import { toggleFilter } from './lib/filters';
import { parseCsv, rowNames } from './lib/planner';
import { nameCheckInPage, unmarkedDigitsInPage } from './lib/honesty';
import { expectNoSidewaysScroll } from './lib/layout';
import { DESKTOP, MOBILE, openJourney, unexpectedProblems, withQuery } from './lib/page';
import { useBrowser } from './lib/steps';

const COPY = {
  zh: {
    tab: '项目清单', table: '项目清单，点击列标题排序', category: '类别', newInfra: '新基建', csv: '下载 CSV', copy: '复制链接',
    count: (n: string, total: string) => `显示 ${n} / ${total} 个项目`, planned: /^计划投资/, copied: '链接已复制，可直接粘贴发送。',
    linkField: '本视图的链接', attentionLink: '在项目清单中查看全部预警和滞后的项目', named: '来函点名的项目',
  },
  en: {
    tab: 'Project list', table: 'Project list; select a column heading to sort', category: 'Category', newInfra: 'New infrastructure',
    csv: 'Download CSV', copy: 'Copy link', count: (n: string, total: string) => `Showing ${n} of ${total} projects`, planned: /^Planned/,
    copied: 'Link copied; paste it to share this view.', linkField: 'Link to this view',
    attentionLink: 'See every at-risk and behind project in the project list', named: 'Projects the letter names',
  },
} as const;

const DATA = dataset.projects as unknown as Projects;
/** The rows the view must list, computed in node with the app's own pure functions. */
const expected = (filters: ProjectSelection, sort?: ProjectSort, lang: Lang = 'zh') =>
  viewProjects(DATA.items, { filters, sort, lang, asOf: DATA.asOf, categories: DATA.categories, parks: DATA.parks }).map((p) => p.name[lang]);

const params = (page: Page) => decodeURIComponent(new URL(page.url()).searchParams.toString());
const table = (page: Page, lang: Lang = 'zh') => page.getByRole('table', { name: COPY[lang].table });
/** Every row's name, top to bottom (the table's scrolling box is named like the table). */
const listedNames = (page: Page, lang: Lang = 'zh') => rowNames(page.getByRole('region', { name: COPY[lang].table }));
const countText = (page: Page, lang: Lang, n: string, total: string) =>
  page.getByText(COPY[lang].count(n, total), { exact: true }).waitFor({ timeout: 20_000 });

const shortNames = (lang: Lang) => [...new Set(REAL_NAMES.flatMap((n) => n.short)
  .filter((s) => (lang === 'zh' ? /[\u3400-\u9fff]/.test(s) : /[A-Za-z]/.test(s) && !/[\u3400-\u9fff]/.test(s))))];

describe('planner: the project list, filtered, shared and exported', () => {
  const browser = useBrowser();

  it('filters by a category through the UI, sorts, shares the link, goes Back, and downloads exactly those rows', async () => {
    const journey = await openJourney(browser(), inject('demoUrl'));
    const { page } = journey;
    await page.getByRole('link', { name: COPY.zh.tab, exact: true }).click();
    await expect.poll(() => params(page)).toBe('view=projects');
    await countText(page, 'zh', '26', '26');
    expect(await listedNames(page)).toEqual(expected({}));

    // Filter by a category through the menu: the count drops, the URL says so.
    await toggleFilter(page, COPY.zh.category, COPY.zh.newInfra);
    await expect.poll(() => params(page)).toBe('view=projects&category=new-infrastructure');
    const byCategory = expected({ category: ['new-infrastructure'] });
    expect(byCategory.length).toBeLessThan(26);
    await countText(page, 'zh', String(byCategory.length), '26');
    expect(await listedNames(page)).toEqual(byCategory);

    // Sort by planned investment, descending (two presses: ascending first).
    const planned = table(page).getByRole('columnheader', { name: COPY.zh.planned }).getByRole('button');
    await planned.click();
    await expect.poll(() => params(page)).toBe('view=projects&category=new-infrastructure&sort=plannedWan.asc');
    await planned.click();
    await expect.poll(() => params(page)).toBe('view=projects&category=new-infrastructure&sort=plannedWan.desc');
    const sorted = expected({ category: ['new-infrastructure'] }, { key: 'plannedWan', dir: 'desc' });
    expect(sorted).not.toEqual(byCategory);
    await expect.poll(() => listedNames(page)).toEqual(sorted);

    // The same link in a fresh browser: the same rows, in the same order.
    const shared = await openJourney(browser(), page.url());
    await countText(shared.page, 'zh', String(sorted.length), '26');
    expect(await listedNames(shared.page)).toEqual(sorted);
    expect(await table(shared.page).getByRole('columnheader', { name: COPY.zh.planned }).getAttribute('aria-sort')).toBe('descending');
    expect(unexpectedProblems(shared.problems)).toEqual([]);
    await shared.close();

    // The CSV: a BOM, then a header and exactly the rows on screen, in their order.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: COPY.zh.csv }).click()]);
    expect(download.suggestedFilename()).toMatch(/项目清单-新基建-20240530\.csv$/);
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(records[0]?.[0]).toBe('项目名称');
    expect(records.slice(1).map((r) => r[0])).toEqual(sorted);
    // Raw 万元 in the cells, the unit in the header.
    expect(records[0]).toContain('计划投资（万元）');

    // Back: the sort goes, then the second press, then the filter, then the view.
    await page.goBack();
    await expect.poll(() => params(page)).toBe('view=projects&category=new-infrastructure&sort=plannedWan.asc');
    await page.goBack();
    await expect.poll(() => params(page)).toBe('view=projects&category=new-infrastructure');
    await expect.poll(() => listedNames(page)).toEqual(byCategory);
    await page.goBack();
    await expect.poll(() => params(page)).toBe('view=projects');
    await countText(page, 'zh', '26', '26');
    expect(await listedNames(page)).toEqual(expected({}));
    await page.goBack();
    await expect.poll(() => params(page)).toBe('');
    await page.getByRole('region', { name: EXPECT.zh.kpiRegion }).waitFor();
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });

  it('needs attention → the projects view filtered by status = at risk and behind', async () => {
    const journey = await openJourney(browser(), inject('demoUrl'));
    const { page } = journey;
    const link = page.getByRole('link', { name: COPY.zh.attentionLink });
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await expect.poll(() => params(page)).toBe('view=projects&status=at-risk,behind');
    const late = expected({ status: ['at-risk', 'behind'] });
    expect(late.length).toBeGreaterThan(0);
    await countText(page, 'zh', String(late.length), '26');
    expect(await listedNames(page)).toEqual(late);
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });

  it('copies the link; without a clipboard (plain HTTP) it says so and selects the link instead', async () => {
    const url = withQuery(inject('demoUrl'), { view: 'projects', stage: 'construction' });
    const journey = await openJourney(browser(), url, DESKTOP, {
      beforeLoad: (context) => context.grantPermissions(['clipboard-read', 'clipboard-write']),
    });
    const { page } = journey;
    await page.getByRole('button', { name: COPY.zh.copy }).click();
    await page.getByText(COPY.zh.copied).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await journey.close();

    const plain = await openJourney(browser(), url, DESKTOP, {
      // What a page served over plain HTTP on an intranet host sees: no navigator.clipboard at all.
      beforeLoad: async (context) => { await context.addInitScript(() => { Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }); }); },
    });
    await plain.page.getByRole('button', { name: COPY.zh.copy }).click();
    const field = plain.page.getByRole('textbox', { name: COPY.zh.linkField });
    await field.waitFor();
    expect(await field.inputValue()).toBe(plain.page.url());
    expect(await field.evaluate((el: HTMLInputElement) => [el.readOnly, document.activeElement === el, el.selectionStart, el.selectionEnd]))
      .toEqual([true, true, 0, plain.page.url().length]);
    expect(unexpectedProblems(plain.problems)).toEqual([]);
    await plain.close();
  });

  for (const lang of LANGS) {
    it(`${lang}: every row with a figure says its provenance, no real name is in a row, and axe finds nothing serious`, async () => {
      const journey = await openJourney(browser(), withQuery(inject('demoUrl'), { ...langQuery(lang), view: 'projects' }));
      const { page } = journey;
      await countText(page, lang, '26', '26');
      await page.getByRole('region', { name: COPY[lang].named }).waitFor();
      const rows = await table(page, lang).evaluate((el) => [...el.querySelectorAll('tbody > tr')]
        .filter((tr) => /[0-9]/.test(tr.textContent ?? ''))
        .map((tr) => ({ provenance: tr.getAttribute('data-provenance'), text: (tr.textContent ?? '').slice(0, 60) })));
      expect(rows.length).toBeGreaterThan(10);
      expect(rows.filter((r) => r.provenance !== 'illustrative'), 'rows with a figure and no illustrative mark').toEqual([]);
      // Every digit on the page is under a [data-provenance] (rows, count, named block), as on the overview.
      expect(await page.evaluate(unmarkedDigitsInPage)).toEqual([]);
      // No real name shares a record with an illustrative figure (the named block holds them, with no number).
      const sharing: string[] = [];
      const rowText = (await listedNames(page, lang)).join('\n');
      for (const name of shortNames(lang)) {
        sharing.push(...(await page.evaluate(nameCheckInPage, { name, latin: lang === 'en', before: null })).sharing);
        expect(rowText.toLowerCase().includes(name.toLowerCase()), `${name} in a row`).toBe(false);
      }
      expect(sharing).toEqual([]);
      await expectAccessible(page, `projects view ${lang}`);
      // With a menu open, too.
      await page.getByRole('button', { name: new RegExp(`^${COPY[lang].category} `) }).click();
      await page.getByRole('checkbox').first().waitFor();
      await expectAccessible(page, `projects view ${lang}, category menu open`);
      await page.keyboard.press('Escape');
      expect(unexpectedProblems(journey.problems)).toEqual([]);
      await journey.close();
    });
  }

  it('on a phone the table becomes cards: no sideways scroll, accessible', async () => {
    const journey = await openJourney(browser(), withQuery(inject('demoUrl'), { view: 'projects' }), MOBILE);
    const { page } = journey;
    await countText(page, 'zh', '26', '26');
    const cards = page.getByRole('list', { name: COPY.zh.table });
    await cards.waitFor();
    expect(await page.getByRole('table', { name: COPY.zh.table }).count()).toBe(0);
    expect(await cards.getByRole('listitem').count()).toBeGreaterThan(0);
    await expectNoSidewaysScroll(page, 'projects view 390×844');
    await page.mouse.wheel(0, 3000);
    await page.waitForTimeout(300);
    await expectNoSidewaysScroll(page, 'projects view 390×844, scrolled');
    await expectAccessible(page, 'projects view 390×844');
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });

  it('at 10,000 projects fewer than 100 rows are in the DOM, scrolled or not, table and cards', async () => {
    const url = withQuery(inject('scenariosUrl'), { scenario: 'scale', n: '10000', view: 'projects' });
    for (const viewport of [DESKTOP, MOBILE]) {
      const journey = await openJourney(browser(), url, viewport);
      const { page } = journey;
      await countText(page, 'zh', '10,000', '10,000');
      const rowsInDom = () => page.locator('[data-row-id]').count();
      expect(await rowsInDom()).toBeGreaterThan(0);
      expect(await rowsInDom()).toBeLessThan(100);
      if (viewport === DESKTOP) {
        const box = page.getByRole('region', { name: COPY.zh.table });
        await box.evaluate((el) => { el.scrollTop = el.scrollHeight / 2; });
        await page.waitForTimeout(300);
        const indexes = await table(page).evaluate((el) => [...el.querySelectorAll('tbody > tr[aria-rowindex]')].map((tr) => Number(tr.getAttribute('aria-rowindex'))));
        expect(Math.min(...indexes)).toBeGreaterThan(4000);
        // The header stays at the top of the scrolled box, over the rows.
        const [boxTop, headTop] = await box.evaluate((el) => [el.getBoundingClientRect().top, el.querySelector('thead th')?.getBoundingClientRect().top ?? -1]);
        expect(Math.abs((headTop ?? 0) - (boxTop ?? 0))).toBeLessThan(2);
        expect(await table(page).getAttribute('aria-rowcount')).toBe('10001');
      } else {
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
        await page.waitForTimeout(300);
      }
      expect(await rowsInDom()).toBeGreaterThan(0);
      expect(await rowsInDom()).toBeLessThan(100);
      expect(unexpectedProblems(journey.problems)).toEqual([]);
      await journey.close();
    }
  });
});
