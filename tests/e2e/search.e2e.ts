// Journey: a planner searches the way Chinese users type, on the demo build. On the projects view, "sjzx" lists
// exactly the rows whose names contain 数据中心 (derived from the seed, never a hard-coded count), each with those
// characters marked; the pinyin code is a chunk fetched on the first focus, not before. A fresh page opened
// with q=sjzx lists the same rows (table, and cards on a phone). "lgxy" shows the documented card of the
// 理工学院 project under the search box. The overview's box drives its charts the same way: sjzx draws what
// the literal 数据中心 draws. The honest-figures checks (lib/honesty.ts) hold over the results.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import dataset from '../../seeds/dataset.json';
import { REAL_NAMES } from '../../seeds/documented';
import type { Projects } from '../../src/contract/schemas';
import { expectAccessible } from './lib/axe';
import { nameCheckInPage, unmarkedDigitsInPage } from './lib/honesty';
import { openFilters } from './lib/filters';
import { rowNames } from './lib/planner';
import { DESKTOP, MOBILE, openJourney, unexpectedProblems, withQuery } from './lib/page';
import { drawnCharts, scrollThrough, useBrowser } from './lib/steps';

const DATA = dataset.projects as unknown as Projects;
/** What "sjzx" must find: every seed project whose Chinese name contains 数据中心, in the list's order. */
const CENTRES = DATA.items.filter((p) => p.name.zh.includes('数据中心'));
const COLLEGE = DATA.named.find((p) => p.name.zh.includes('理工学院'));
const TOTAL = String(DATA.items.length);
const TABLE = '项目清单，点击列标题排序';
const PIPELINE = ['项目：按类别与阶段', '计划与完成投资（累计）'];
const ZH_NAMES = [...new Set(REAL_NAMES.flatMap((n) => n.short).filter((s) => /[\u3400-\u9fff]/.test(s)))];

const box = (page: Page) => page.getByRole('search').getByRole('searchbox', { name: '搜索项目', exact: true });
const countIs = (page: Page, n: number, lang: 'zh' | 'en' = 'zh') =>
  page.getByText(lang === 'zh' ? `显示 ${n} / ${TOTAL} 个项目` : `Showing ${n} of ${TOTAL} projects`, { exact: true }).waitFor({ timeout: 20_000 });
const listed = (page: Page) => rowNames(page.getByRole('region', { name: TABLE }));
/** The marked text of every row (table rows or cards) in the DOM, by row. */
const marks = (page: Page) => page.evaluate(() => [...document.querySelectorAll('[data-row-id]')]
  .map((row) => [...row.querySelectorAll('mark')].map((m) => m.textContent).join('|')));
const pinyinChunk = (url: string) => /\/assets\/pinyin-readings-[\w-]+\.js$/.test(new URL(url).pathname);

/** The honest-figures rules over what is on screen: every digit says its provenance, no real name sits with an illustrative number. */
async function honest(page: Page, before?: Map<string, string[]>) {
  expect(await page.evaluate(unmarkedDigitsInPage), 'digits without [data-provenance]').toEqual([]);
  const offences: string[] = [];
  for (const name of ZH_NAMES) {
    const result = await page.evaluate(nameCheckInPage, { name, latin: false, before: before?.get(name) ?? null });
    offences.push(...result.sharing, ...result.added);
  }
  expect(offences).toEqual([]);
}

describe('search by name, pinyin or initials', () => {
  const browser = useBrowser();

  it('knows what it looks for', () => {
    expect(CENTRES.length).toBeGreaterThan(1);
    expect(CENTRES.length).toBeLessThan(DATA.items.length);
    expect(COLLEGE?.stageProvenance).toBe('inferred');
  });

  it('projects view: "sjzx" lists exactly the 数据中心 rows, marked; pinyin is fetched on focus, not before', async () => {
    const journey = await openJourney(browser(), withQuery(inject('demoUrl'), { view: 'projects' }));
    const { page, requests } = journey;
    await countIs(page, DATA.items.length);
    await page.waitForLoadState('networkidle');
    expect(requests.filter(pinyinChunk), 'pinyin chunk before the search box was used').toEqual([]);
    await box(page).click();
    await expect.poll(() => requests.filter(pinyinChunk).length).toBe(1);
    await box(page).pressSequentially('sjzx', { delay: 60 });
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('sjzx');
    await countIs(page, CENTRES.length);
    expect(await listed(page)).toEqual(CENTRES.map((p) => p.name.zh));
    expect(await marks(page)).toEqual(CENTRES.map(() => '数据中心'));
    await honest(page);
    await expectAccessible(page, 'projects view, q=sjzx');
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });

  it('a fresh page opened with q=sjzx lists the same rows, in the table and on a phone in cards', async () => {
    const url = withQuery(inject('demoUrl'), { view: 'projects', q: 'sjzx' });
    for (const viewport of [DESKTOP, MOBILE]) {
      const journey = await openJourney(browser(), url, viewport);
      const { page } = journey;
      await countIs(page, CENTRES.length);
      if (viewport === DESKTOP) expect(await listed(page)).toEqual(CENTRES.map((p) => p.name.zh));
      else {
        const cards = page.getByRole('list', { name: TABLE });
        await cards.waitFor();
        expect(await cards.locator('[data-row-id] h3').allTextContents()).toEqual(CENTRES.map((p) => p.name.zh));
      }
      expect(await marks(page)).toEqual(CENTRES.map(() => '数据中心'));
      expect(await box(page).inputValue()).toBe('sjzx');
      await honest(page);
      expect(unexpectedProblems(journey.problems)).toEqual([]);
      await journey.close();
    }
  });

  it('in English the same link lists the same rows (English names carry no pinyin, so nothing is marked)', async () => {
    const journey = await openJourney(browser(), withQuery(inject('demoUrl'), { lang: 'en', view: 'projects', q: 'sjzx' }));
    const { page } = journey;
    await countIs(page, CENTRES.length, 'en');
    expect(await rowNames(page.getByRole('region', { name: 'Project list; select a column heading to sort' }))).toEqual(CENTRES.map((p) => p.name.en));
    expect(await marks(page)).toEqual(CENTRES.map(() => ''));
    await journey.close();
  });

  it('"lgxy" shows the documented card of the 理工学院 project under the search box, with no number', async () => {
    const journey = await openJourney(browser(), withQuery(inject('demoUrl'), { view: 'projects' }));
    const { page } = journey;
    await countIs(page, DATA.items.length);
    const before = new Map<string, string[]>();
    for (const name of ZH_NAMES) before.set(name, (await page.evaluate(nameCheckInPage, { name, latin: false, before: null })).keys);
    await box(page).click();
    await box(page).pressSequentially('lgxy', { delay: 60 });
    const matches = page.getByRole('search').getByRole('list', { name: '来函点名的项目中的匹配' });
    await matches.waitFor();
    expect(await matches.getAttribute('data-provenance')).toBe('documented');
    const cards = matches.getByRole('listitem');
    expect(await cards.count()).toBe(1);
    const text = (await cards.first().textContent()) ?? '';
    expect(text.startsWith(`${COLLEGE?.name.zh} — `)).toBe(true);
    expect(text).toContain(COLLEGE?.quote);
    expect(text).toContain(COLLEGE?.reading?.zh);
    expect(text).not.toMatch(/[0-9\uff10-\uff19]/);
    await cards.first().getByText('推断', { exact: true }).waitFor();
    expect(await cards.first().locator('mark').textContent()).toBe('理工学院');
    await countIs(page, 0);
    await honest(page, before);
    await expectAccessible(page, 'projects view, q=lgxy');
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });

  it('when the pinyin chunk does not download, the search stays literal and says so; the next focus loads it', async () => {
    let blocked = 0;
    const journey = await openJourney(browser(), withQuery(inject('demoUrl'), { view: 'projects', q: 'sjzx' }), DESKTOP, {
      beforeLoad: async (context) => { await context.route((url) => pinyinChunk(url.toString()), (route) => { blocked += 1; return route.abort('failed'); }); },
    });
    const { page, context } = journey;
    await page.getByText('拼音搜索未能加载，暂只按文字匹配；再次点击搜索框即重试。').waitFor();
    await countIs(page, 0);
    expect(blocked).toBe(1);
    await context.unrouteAll();
    await box(page).click();
    await countIs(page, CENTRES.length);
    expect(await marks(page)).toEqual(CENTRES.map(() => '数据中心'));
    expect(await page.getByText(/拼音搜索未能加载/).count()).toBe(0);
    expect(unexpectedProblems(journey.problems, [/pinyin-readings/, /Failed to load resource/])).toEqual([]);
    await journey.close();
  });

  it('overview: the same box drives the charts, and "sjzx" draws exactly what the literal 数据中心 draws', async () => {
    /** The pipeline charts' generated summaries, as drawn now (they follow the filters in a transition). */
    const summaries = (page: Page) => Promise.all(PIPELINE.map((name) => page.getByRole('region', { name, exact: true })
      .evaluate((el) => el.querySelector('.panel-summary')?.textContent ?? '(no summary)', undefined, { timeout: 2000 })
      .catch(() => `(no panel ${name})`)));
    const open = async (query: Record<string, string>) => {
      const journey = await openJourney(browser(), withQuery(inject('demoUrl'), query));
      await journey.page.getByRole('region', { name: '关键指标' }).waitFor();
      await scrollThrough(journey.page);
      await expect.poll(() => drawnCharts(journey.page), { timeout: 20_000 }).toBeGreaterThan(0);
      return journey;
    };
    const drawn = async (page: Page) => {
      await expect.poll(() => summaries(page).then((texts) => texts.every((t) => !t.startsWith('('))), { timeout: 15_000 }).toBe(true);
      return summaries(page);
    };
    const literal = await open({ q: '数据中心' });
    const want = await drawn(literal.page);
    await literal.close();

    const journey = await open({});
    const { page } = journey;
    const all = await drawn(page);
    expect(all).not.toEqual(want);
    // On the overview the box sits in the filters' disclosure, closed when the link carries no filter.
    await openFilters(page);
    await box(page).click();
    await box(page).pressSequentially('sjzx', { delay: 60 });
    await expect.poll(() => summaries(page), { timeout: 15_000 }).toEqual(want);
    await honest(page);
    await box(page).fill('');
    await expect.poll(() => summaries(page), { timeout: 15_000 }).toEqual(all);
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();

    // A shared link: the charts first answer literally, then draw again when the pinyin search arrives.
    const shared = await open({ q: 'sjzx' });
    await expect.poll(() => summaries(shared.page), { timeout: 15_000 }).toEqual(want);
    expect(unexpectedProblems(shared.problems)).toEqual([]);
    await shared.close();
  });
});
