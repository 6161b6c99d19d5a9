// Journey: "Honest figures". No illustrative number, date, progress or status shares a record or an
// element with a company, institution, project, park or energy project the letter names; every figure
// on screen says its provenance; qualifiers survive (超300亿 stays "over"); only the letter's own
// strings go in quotation marks. Demo build, desktop, both languages. The checks live in
// lib/honesty.ts; the last block plants one offence of each kind to prove every check can fail.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import dataset from '../../seeds/dataset.json';
import { REAL_NAMES } from '../../seeds/documented';
import { filterProjects } from '../../src/contract/project-filter';
import type { Project } from '../../src/contract/schemas';
import { EXPECT, LANGS, langQuery, type Lang } from './lib/expectations.mjs';
import {
  asStatedRow, nameCheckInPage, quotedSourcesInPage, quotedSpans, quotesNotInLetter, simplifiedLetter, unmarkedDigitsInPage,
} from './lib/honesty';
import { openFilters } from './lib/filters';
import { DESKTOP, openJourney, unexpectedProblems, withQuery } from './lib/page';
import { drawnCharts, expectKpis, expectTableToggles, scrollThrough, useBrowser } from './lib/steps';

/** UI copy this journey needs beyond lib/expectations.mjs. */
const COPY = {
  zh: {
    search: '搜索项目',
    pipelineCharts: ['项目：按类别与阶段', '计划与完成投资（累计）'],
    agreed: '300亿元以上',
    agreedAsStated: '原文数值：300亿元以上',
  },
  en: {
    search: 'Search projects',
    pipelineCharts: ['Projects by category and stage', 'Planned vs completed investment (cumulative)'],
    agreed: 'over CNY 30 bn',
    agreedAsStated: 'As stated: over CNY 30 bn',
  },
} as const;

const CJK = /[\u3400-\u9fff]/;
/** The short forms a reader of that language would type: Chinese ones in zh, Latin ones in en. */
const namesFor = (lang: Lang): string[] => [...new Set(REAL_NAMES.flatMap((n) => n.short)
  .filter((s) => (lang === 'zh' ? CJK.test(s) : /[A-Za-z]/.test(s) && !CJK.test(s))))];

const PROJECTS = dataset.projects.items as unknown as Project[];

/** Opens the overview and waits until every section, chart and figure is on the page. */
async function openOverview(browser: Parameters<typeof openJourney>[0], lang: Lang) {
  const journey = await openJourney(browser, withQuery(inject('demoUrl'), langQuery(lang)), DESKTOP);
  const { page } = journey;
  const e = EXPECT[lang];
  await expectKpis(page, e);
  await scrollThrough(page);
  await page.getByRole('region', { name: e.attentionRegion, exact: true }).waitFor();
  await page.getByRole('region', { name: e.nextStepsRegion }).waitFor();
  await expect.poll(() => drawnCharts(page), { timeout: 15_000 }).toBeGreaterThan(0);
  await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: 15_000 }).toBe(0);
  return journey;
}

/** Waits until the pipeline charts read `want` twice in a row (so a filter has fully landed). */
async function pipelineSettled(page: Page, lang: Lang, want: (texts: string[]) => boolean): Promise<string[]> {
  const panels = COPY[lang].pipelineCharts.map((name) => page.getByRole('region', { name, exact: true }));
  let last = '';
  let texts: string[] = [];
  await expect.poll(async () => {
    texts = await Promise.all(panels.map((panel) => panel.evaluate((el) => el.textContent ?? '')));
    const key = JSON.stringify(texts);
    const ok = want(texts) && key === last;
    last = key;
    return ok;
  }, { timeout: 10_000, interval: 120 }).toBe(true);
  return texts;
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((t, i) => t === b[i]);

describe('honest figures', () => {
  const browser = useBrowser();

  it('knows the real names and the letter', () => {
    expect(namesFor('zh').length).toBeGreaterThan(15);
    expect(namesFor('en').length).toBeGreaterThan(15);
    expect(simplifiedLetter()).toContain('投资总额超300亿元');
  });

  for (const lang of LANGS) {
    it(`${lang}: searching a real name never puts it next to an illustrative number`, async () => {
      const journey = await openOverview(browser(), lang);
      const { page } = journey;
      await openFilters(page);
      const box = page.getByRole('search').getByRole('searchbox', { name: COPY[lang].search, exact: true });
      await box.waitFor();
      const baseline = await pipelineSettled(page, lang, () => true);
      const names = namesFor(lang);

      // What names the page shows before any search, to tell what a search adds.
      const before = new Map<string, string[]>();
      for (const name of names) {
        const { keys } = await page.evaluate(nameCheckInPage, { name, latin: lang === 'en', before: null });
        before.set(name, keys);
      }
      // Not vacuous: most short forms are on the page (the key items name every one the letter names).
      const shown = names.filter((name) => (before.get(name) ?? []).length > 0);
      expect(shown.length, `names found on the page: ${shown.join(', ')}`).toBeGreaterThan(names.length / 2);

      const sharing: string[] = [];
      const added: string[] = [];
      for (const name of names) {
        await box.fill('');
        await pipelineSettled(page, lang, (texts) => same(texts, baseline));
        await box.fill(name);
        await expect.poll(() => new URL(page.url()).searchParams.get('q'), { message: `?q= for ${name}` }).toBe(name);
        const narrows = filterProjects(PROJECTS, { q: name }).length !== PROJECTS.length;
        await pipelineSettled(page, lang, (texts) => !narrows || !same(texts, baseline));
        const result = await page.evaluate(nameCheckInPage, { name, latin: lang === 'en', before: before.get(name) ?? [] });
        sharing.push(...result.sharing);
        added.push(...result.added);
      }
      await box.fill('');
      await pipelineSettled(page, lang, (texts) => same(texts, baseline));

      // The same names once every chart is switched to its table.
      expect(await expectTableToggles(page, EXPECT[lang]), 'table toggles').toBeGreaterThan(0);
      for (const name of names) {
        const result = await page.evaluate(nameCheckInPage, { name, latin: lang === 'en', before: null });
        sharing.push(...result.sharing.filter((x) => !sharing.includes(x)).map((x) => `(tables) ${x}`));
      }

      expect.soft([...new Set(sharing)], `${lang}: a real name shares an element or record with an illustrative number`).toEqual([]);
      expect.soft([...new Set(added)], `${lang}: the search added a real name next to an illustrative number`).toEqual([]);
      expect.soft(unexpectedProblems(journey.problems)).toEqual([]);
      await journey.close();
    });

    it(`${lang}: every number in the header and main says its provenance, charts and tables`, async () => {
      const journey = await openOverview(browser(), lang);
      const offenders = await journey.page.evaluate(unmarkedDigitsInPage);
      expect(await expectTableToggles(journey.page, EXPECT[lang]), 'table toggles').toBeGreaterThan(0);
      const inTables = await journey.page.evaluate(unmarkedDigitsInPage);
      offenders.push(...inTables.filter((x) => !offenders.includes(x)).map((x) => `(tables) ${x}`));
      expect(offenders, `${lang}: text with a digit and no [data-provenance] ancestor (outside [data-rule] and [role=status])`).toEqual([]);
      await journey.close();
    });

    it(`${lang}: the agreed investment reads as stated, qualifier included`, async () => {
      const journey = await openOverview(browser(), lang);
      const { visible, row } = await asStatedRow(journey.page, EXPECT[lang].kpiRegion, COPY[lang].agreed);
      expect.soft(visible, 'the tooltip shows on hover/focus').toBe(true);
      expect(row).toBe(COPY[lang].agreedAsStated);
      await journey.close();
    });

    it(`${lang}: every quoted string is verbatim from the letter, charts and tables`, async () => {
      const journey = await openOverview(browser(), lang);
      const sources = await journey.page.evaluate(quotedSourcesInPage);
      expect(sources.q.length, '<q> elements on the page').toBeGreaterThan(10);
      const offenders = quotesNotInLetter(sources);
      expect(await expectTableToggles(journey.page, EXPECT[lang]), 'table toggles').toBeGreaterThan(0);
      const inTables = quotesNotInLetter(await journey.page.evaluate(quotedSourcesInPage));
      offenders.push(...inTables.filter((x) => !offenders.includes(x)).map((x) => `(tables) ${x}`));
      expect(offenders, `${lang}: quoted strings not found in the (Simplified) letter`).toEqual([]);
      await journey.close();
    });
  }

  // Negative controls: plant one offence of each kind and prove each check reports it, then remove it
  // and prove the check is back where it was. Runs on whatever the UI currently is, honest or not.
  describe('negative controls', () => {
    it('reads quoted spans: outermost “…”, nesting, ‘…’, apostrophes, unclosed marks', () => {
      expect(quotedSpans('a“b‘c’d”e ‘f’ the zone’s “g“h”i”')).toEqual(['b‘c’d', 'f', 'g“h”i']);
      expect(quotedSpans('open “never closed')).toEqual(['unclosed: open “never closed']);
      expect(quotesNotInLetter({ q: ['投资总额超300亿元'], body: '来函称“正在推进”', tooltips: ['原文：“投资总额超300亿元”'] })).toEqual([]);
      expect(quotesNotInLetter({ q: ['投资总额超300亿'.replace('超', '')], body: '', tooltips: [] })).toHaveLength(1);
    });

    it('each check catches a planted offence', async () => {
      const lang: Lang = 'zh';
      const journey = await openOverview(browser(), lang);
      const { page } = journey;
      const panel = COPY[lang].pipelineCharts[0];
      const plant = () => page.evaluate((panelName) => {
        const add = (parent: Element | null, html: string) => {
          const box = document.createElement('div');
          box.setAttribute('data-e2e-fake', '');
          box.innerHTML = html;
          parent?.append(box);
        };
        const main = document.querySelector('main');
        const chart = Array.from(document.querySelectorAll('section[aria-labelledby]'))
          .find((s) => document.getElementById(s.getAttribute('aria-labelledby') ?? '')?.textContent === panelName) ?? null;
        add(main, '<ul><li>明阳 <span data-provenance="illustrative">12.3亿元</span></li></ul>');
        add(main, '<section data-provenance="illustrative"><p>云知声 完成45%</p></section>');
        add(chart, '<p>明阳</p>'); // what a search might add to an illustrative chart
        add(main, '<p>完成率 88%</p>');
        add(document.querySelector('[data-rule]'), '<p>规则阈值 77%</p>');
        add(main, '<p role="status">链接中的筛选条件无效，已忽略：stage=66</p>');
        add(main, '<p>来函称“不存在的引语”</p><q>另一句不存在的话</q><span role="tooltip">原文：“假引语”</span>');
      }, panel);
      const unplant = () => page.evaluate(() => document.querySelectorAll('[data-e2e-fake]').forEach((el) => el.remove()));

      const names = async () => {
        const mingyang = await page.evaluate(nameCheckInPage, { name: '明阳', latin: false, before: beforeMingyang });
        const unisound = await page.evaluate(nameCheckInPage, { name: '云知声', latin: false, before: null });
        return { sharing: [...mingyang.sharing, ...unisound.sharing], added: mingyang.added };
      };
      const digits = () => page.evaluate(unmarkedDigitsInPage);
      const quotes = async () => quotesNotInLetter(await page.evaluate(quotedSourcesInPage));
      const beforeMingyang = (await page.evaluate(nameCheckInPage, { name: '明阳', latin: false, before: null })).keys;

      const honest = { names: await names(), digits: await digits(), quotes: await quotes() };
      await plant();
      const planted = { names: await names(), digits: await digits(), quotes: await quotes() };
      const newOnes = (now: string[], was: string[]) => now.filter((x) => !was.includes(x));

      const sharing = newOnes(planted.names.sharing, honest.names.sharing);
      expect(sharing.some((x) => x.includes('«明阳»') && x.includes('12.3亿元')), sharing.join('\n')).toBe(true);
      expect(sharing.some((x) => x.includes('«云知声»') && x.includes('完成45%')), sharing.join('\n')).toBe(true);
      const added = newOnes(planted.names.added, honest.names.added);
      expect(added.some((x) => x.includes('«明阳»') && x.includes(panel)), added.join('\n')).toBe(true);

      const digits1 = newOnes(planted.digits, honest.digits);
      expect(digits1.some((x) => x.includes('完成率 88%')), digits1.join('\n')).toBe(true);
      expect(digits1.some((x) => x.includes('77%')), '[data-rule] stays exempt').toBe(false);
      expect(digits1.some((x) => x.includes('stage=66')), '[role=status] stays exempt').toBe(false);

      const quotes1 = newOnes(planted.quotes, honest.quotes);
      for (const fake of ['不存在的引语', '另一句不存在的话', '假引语']) {
        expect(quotes1.some((x) => x.includes(fake)), `${fake} reported:\n${quotes1.join('\n')}`).toBe(true);
      }

      await unplant();
      expect({ names: await names(), digits: await digits(), quotes: await quotes() }).toEqual(honest);

      // The qualifier check: the same tooltip with 以上 dropped no longer passes.
      const tipId = await page.getByRole('region', { name: EXPECT[lang].kpiRegion, exact: true })
        .getByRole('button', { name: COPY[lang].agreed, exact: true }).getAttribute('aria-describedby');
      await page.evaluate((id) => {
        const row = document.getElementById(id ?? '')?.firstElementChild;
        if (row) row.textContent = '原文数值：300亿元';
      }, tipId);
      expect((await asStatedRow(page, EXPECT[lang].kpiRegion, COPY[lang].agreed)).row).not.toBe(COPY[lang].agreedAsStated);
      await journey.close();
    });
  });
});
