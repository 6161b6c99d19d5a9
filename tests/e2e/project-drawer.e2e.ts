// Journey: a planner sends one project as a link (`?view=projects&project=P09`) and a colleague opens it fresh:
// the project's page is a drawer over the list, with the timeline's as-of line actually drawn. In the list,
// a project's name opens the same drawer and puts project= in the URL; Back closes it, focus returns to the
// name and the page has not moved. axe finds nothing serious with it open; on a phone it fits the screen; and
// the honest-figures rules hold inside it (lib/honesty.ts). Demo build, from a sub-path.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import dataset from '../../seeds/dataset.json';
import { REAL_NAMES } from '../../seeds/documented';
import type { Projects } from '../../src/contract/schemas';
import { expectAccessible } from './lib/axe';
import { LANGS, langQuery, type Lang } from './lib/expectations.mjs';
import { nameCheckInPage, normaliseSpaces } from './lib/honesty';
import { expectNoSidewaysScroll } from './lib/layout';
import { MOBILE, openJourney, unexpectedProblems, withQuery } from './lib/page';
import { useBrowser } from './lib/steps';

const DATA = dataset.projects as unknown as Projects;
const P09 = DATA.items.find((p) => p.id === 'P09')!;
const P10 = DATA.items.find((p) => p.id === 'P10')!;

const COPY = {
  zh: {
    asOf: '数据截至 2024年5月30日', timeline: /^时间轴/, close: '关闭', table: '项目清单，点击列标题排序',
    // Checked by hand: 709 of 1,158 days elapsed (61.23 %), 63,010 of 100,900 万元 invested (62.45 %).
    rule: '时间进度 61.2% − 完成进度 62.4% = 领先1.2个百分点 → ● 正常',
  },
  en: {
    asOf: 'Data as of 30 May 2024', timeline: /^Timeline/, close: 'Close', table: 'Project list; select a column heading to sort',
    rule: 'Time elapsed 61.2% − invested 62.4% = 1.2 pts ahead → ● On track',
  },
} as const;

const params = (page: Page) => decodeURIComponent(new URL(page.url()).searchParams.toString());
const drawer = (page: Page, lang: Lang = 'zh', p = P09) => page.getByRole('dialog', { name: p.name[lang], exact: true });

/**
 * Waits for the drawer's slide-in (and any other finite animation) to finish, so boxes are where they stay.
 * A skeleton's shimmer never finishes, and one removed mid-way rejects: neither is waited for.
 */
const settled = (page: Page) => page.evaluate(() => Promise.all(document.getAnimations()
  .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
  .map((a) => a.finished.catch(() => undefined))));

/** In the page: text with a digit inside the open dialog that no [data-provenance] ancestor covers (no exemptions). */
const unmarkedDigitsInDialog = (): string[] => {
  const dialog = document.querySelector('[role="dialog"]');
  if (!dialog) return ['(no dialog open)'];
  const offenders: string[] = [];
  const walker = document.createTreeWalker(dialog, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (/[0-9\uff10-\uff19]/.test(node.textContent ?? '') && !node.parentElement?.closest('[data-provenance]')) offenders.push(node.textContent ?? '');
  }
  return offenders;
};

/** In the page: the open dialog's text, and whether it is (or holds) an illustrative block. */
const dialogText = () => {
  const dialog = document.querySelector('[role="dialog"]');
  return {
    text: dialog?.textContent ?? '',
    illustrative: !!dialog && (dialog.matches('[data-provenance="illustrative"]') || !!dialog.querySelector('[data-provenance="illustrative"]')),
  };
};

/** Every honest-figures offence inside the open drawer, as readable lines (empty = honest). */
async function drawerHonesty(page: Page, lang: Lang): Promise<string[]> {
  const offences = (await page.evaluate(unmarkedDigitsInDialog)).map((t) => `unmarked digit: "${t.trim()}"`);
  const { text, illustrative } = await page.evaluate(dialogText);
  const shown = normaliseSpaces(text).toLowerCase();
  // Not vacuous: the drawer is an illustrative block full of numbers, so any real name in it would pair with one.
  if (!illustrative || !/\d/.test(shown)) offences.push('the drawer shows no illustrative number: the name check would prove nothing');
  for (const real of REAL_NAMES) {
    for (const name of [real.zh, real.en, ...real.short]) {
      if (shown.includes(name.toLowerCase())) offences.push(`real name «${name}» in the drawer, next to illustrative numbers`);
    }
  }
  // The shared check too (it walks the whole page, the drawer's portal included).
  for (const name of [...new Set(REAL_NAMES.flatMap((n) => n.short))]) {
    offences.push(...(await page.evaluate(nameCheckInPage, { name, latin: lang === 'en', before: null })).sharing);
  }
  return [...new Set(offences)];
}

describe('project drawer: a project\'s own page, by URL', () => {
  const browser = useBrowser();

  for (const lang of LANGS) {
    it(`${lang}: a link opened fresh shows the drawer with the as-of line drawn, honest figures and no serious axe violation`, async () => {
      const journey = await openJourney(browser(), withQuery(inject('demoUrl'), { view: 'projects', project: 'P09', ...langQuery(lang) }));
      const { page } = journey;
      const dialog = drawer(page, lang);
      await dialog.waitFor({ timeout: 20_000 });
      await dialog.getByText(COPY[lang].asOf, { exact: true }).waitFor();
      expect(normaliseSpaces(await dialog.locator('.rule-applied').innerText()).replace(/\s+/g, ' ')).toBe(COPY[lang].rule);

      // The as-of line is drawn: a box of its own inside the timeline, where the 时间进度 says it is (61.2 %).
      // Measured in one frame, once the slide-in has finished.
      await settled(page);
      const timeline = dialog.getByRole('img', { name: COPY[lang].timeline });
      const { outer, track, line } = await timeline.evaluate((el) => {
        const box = (e: Element | null) => {
          const r = e?.getBoundingClientRect();
          return { x: r?.x ?? NaN, y: r?.y ?? NaN, width: r?.width ?? 0, height: r?.height ?? 0 };
        };
        return { outer: box(el), track: box(el.querySelector('.timeline-track')), line: box(el.querySelector('.timeline-asof-line')) };
      });
      expect(line.width).toBeGreaterThan(0);
      expect(line.height).toBeGreaterThan(0);
      expect(line.x).toBeGreaterThanOrEqual(outer.x);
      expect(line.x + line.width).toBeLessThanOrEqual(outer.x + outer.width);
      expect(line.y).toBeGreaterThanOrEqual(outer.y - 8);
      expect(line.y + line.height).toBeLessThanOrEqual(outer.y + outer.height);
      expect((line.x + line.width / 2 - track.x) / track.width).toBeCloseTo(709 / 1158, 2);

      // Focus is in the drawer.
      expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
      expect.soft(await drawerHonesty(page, lang), `${lang}: honest figures in the drawer`).toEqual([]);
      await expectAccessible(page, `project drawer (${lang}) open`);

      // Esc closes it; opened fresh, closing replaces the entry and focus lands on the project's name in the list.
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => params(page)).toBe(lang === 'zh' ? 'view=projects' : 'view=projects&lang=en');
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(P09.name[lang]);
      expect(unexpectedProblems(journey.problems)).toEqual([]);
      await journey.close();
    });
  }

  it('a name in the table opens it and sets project=; Back closes it, focus returns to the name, the page stays put', async () => {
    // A short window, so the five rows need a scroll and "stays put" means something.
    const journey = await openJourney(browser(), withQuery(inject('demoUrl'), { view: 'projects', stage: 'construction' }), { width: 1280, height: 520 });
    const { page } = journey;
    const link = page.getByRole('region', { name: COPY.zh.table }).getByRole('link', { name: P10.name.zh, exact: true });
    await link.waitFor({ timeout: 20_000 });
    await page.mouse.wheel(0, 250);
    await link.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(0);

    await link.click();
    const dialog = drawer(page, 'zh', P10);
    await dialog.waitFor();
    await expect.poll(() => params(page)).toBe('view=projects&stage=construction&project=P10');
    await expect.poll(() => dialog.getByRole('button', { name: COPY.zh.close }).evaluate((el) => el === document.activeElement)).toBe(true);

    await page.goBack();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => params(page)).toBe('view=projects&stage=construction');
    await expect.poll(() => link.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);

    // Forward reopens it (the step is in history), and the close button goes Back again.
    await page.goForward();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: COPY.zh.close }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => params(page)).toBe('view=projects&stage=construction');
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });

  it('at 390×844 the drawer takes the screen without sideways scroll', async () => {
    const journey = await openJourney(browser(), withQuery(inject('demoUrl'), { view: 'projects', project: 'P09' }), MOBILE);
    const { page } = journey;
    const dialog = drawer(page);
    await dialog.waitFor({ timeout: 20_000 });
    await dialog.getByText(COPY.zh.asOf, { exact: true }).waitFor();
    await settled(page);
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(MOBILE.width);
    expect(box.width).toBeGreaterThan(MOBILE.width - 2);
    // Nothing inside it is wider than it, either.
    expect(await dialog.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await expectNoSidewaysScroll(page, 'project drawer 390×844');
    await dialog.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expectNoSidewaysScroll(page, 'project drawer 390×844, scrolled');
    await expectAccessible(page, 'project drawer 390×844');
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });
});
