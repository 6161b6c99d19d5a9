// Journey: quieter marks that still can't be missed (issue 13, item 4). On the overview, the projects view and a
// project's drawer, at 390×844 and 1440×900, in both languages, once every section has rendered (a Tab reveals
// them all) and with every chart switched to its table as well:
// - no panel shows the words 示例数据 / "illustrative" more than once (placeholder names such as 示例项目13 do not
//   contain them; the glyph's name is an aria-label, not text; figures' screen-reader descriptions are left out,
//   as in lib/steps.ts readerText);
// - a panel whose every value is illustrative shows its one note, and no ※ glyph inside it;
// - a panel that mixes kinds (the funds chart) marks its illustrative values with the glyph instead;
// - every ※ on the page is an image named 示例数据 / Illustrative, and no panel that holds illustrative data is
//   left without a mark. Demo build, from a sub-path.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXPECT, LANGS, langQuery, type Lang } from './lib/expectations.mjs';
import { DESKTOP, MOBILE, openJourney, unexpectedProblems, withQuery } from './lib/page';
import { drawnCharts, expectTableToggles, scrollThrough, useBrowser } from './lib/steps';

/** The glyph on a single illustrative value (src/components/provenance-badge.tsx). */
const GLYPH = '※';
/** Every panel-like container: chart and list panels, the verdict, KPI tiles, the filter bar, cards, the drawer. */
const PANELS = 'section.panel, section.verdict, article.kpi-tile, form.panel, article.project-card, [role="dialog"]';

const COPY = {
  zh: {
    /** Panels whose every value is illustrative: one note each. */
    noted: ['需关注', '项目：按类别与阶段', '计划与完成投资（累计）', '分产业招商引资：签约与落地', '第一批政策任务进度'],
    mixed: '基金规模与累计投放',
    projects: '项目清单',
  },
  en: {
    noted: ['Needs attention', 'Projects by category and stage', 'Planned vs completed investment (cumulative)',
      'Investment by industry: agreed and landed', 'First-batch policy tasks by status'],
    mixed: 'Funds: size and cumulative deployment',
    projects: 'Project list',
  },
} as const;

interface PanelMarks {
  /** The container's first heading (its name), or its label. */
  name: string;
  /** `dialog` for the drawer, else the element's tag. */
  kind: string;
  /** Times the words appear in what a reader sees of the panel (case-insensitive). */
  words: number;
  /** ※ glyphs inside the panel. */
  glyphs: number;
  /** The panel is, or holds, an illustrative block. */
  illustrative: boolean;
}

/** Runs in the page: the marks of every panel-like container. Self-contained (serialised into the browser). */
const marksInPage = ({ word, glyph, selector }: { word: string; glyph: string; selector: string }): PanelMarks[] => {
  const squash = (t: string) => t.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
  const seen = (el: HTMLElement) => {
    let text = squash(el.innerText);
    // A figure's description for screen readers is visually hidden but in innerText: not something a reader sees.
    for (const tip of Array.from(el.querySelectorAll<HTMLElement>('[role="tooltip"]'))) {
      const part = squash(tip.innerText);
      if (part) text = text.replace(part, ' ');
    }
    return text.toLowerCase();
  };
  const needle = word.toLowerCase();
  return Array.from(document.querySelectorAll<HTMLElement>(selector)).map((el) => ({
    name: squash(el.querySelector('h1, h2, h3')?.textContent ?? el.getAttribute('aria-label') ?? el.className).slice(0, 48),
    kind: el.getAttribute('role') ?? el.tagName.toLowerCase(),
    words: seen(el).split(needle).length - 1,
    glyphs: Array.from(el.querySelectorAll('[role="img"]')).filter((g) => g.textContent?.includes(glyph)).length,
    illustrative: el.matches('[data-provenance="illustrative"]') || !!el.querySelector('[data-provenance="illustrative"]'),
  }));
};

/** Runs in the page: each ※ under `root` that is not inside an image named `word`. */
const unnamedGlyphsInPage = ({ word, glyph, root }: { word: string; glyph: string; root: string }): { total: number; offenders: string[] } => {
  let total = 0;
  const offenders: string[] = [];
  const walker = document.createTreeWalker(document.querySelector(root) ?? document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const count = (node.textContent ?? '').split(glyph).length - 1;
    if (!count) continue;
    total += count;
    const img = node.parentElement?.closest('[role="img"]');
    if (img?.getAttribute('aria-label') !== word) {
      offenders.push(`${glyph} in "${(node.parentElement?.closest('li, tr, p, div')?.textContent ?? '').trim().slice(0, 80)}"`);
    }
  }
  return { total, offenders };
};

const over = (panels: PanelMarks[]) => panels.filter((p) => p.words > 1).map((p) => `${p.name}: ${p.words}×`);
/** A panel holding illustrative data must carry a mark: its note's words or a glyph. */
const unmarked = (panels: PanelMarks[]) => panels.filter((p) => p.illustrative && p.words === 0 && p.glyphs === 0).map((p) => p.name);

/** Every panel's marks; the glyphs under `root` (a modal drawer hides the page behind it from assistive technology). */
async function read(page: Page, lang: Lang, root = 'body') {
  const word = EXPECT[lang].illustrative;
  const panels = await page.evaluate(marksInPage, { word, glyph: GLYPH, selector: PANELS });
  const glyphs = await page.evaluate(unnamedGlyphsInPage, { word, glyph: GLYPH, root });
  // The accessible name as the browser computes it, not only the attribute.
  const named = await page.locator(root).first().getByRole('img', { name: word, exact: true }).count();
  return { panels, glyphs, named };
}

/** The checks every page state must pass; `where` labels the failure. */
function expectQuiet(where: string, { panels, glyphs, named }: Awaited<ReturnType<typeof read>>) {
  expect.soft(over(panels), `${where}: panels showing the words more than once`).toEqual([]);
  expect.soft(unmarked(panels), `${where}: illustrative panels with no mark`).toEqual([]);
  expect.soft(glyphs.offenders, `${where}: glyphs without the accessible name`).toEqual([]);
  expect.soft(named, `${where}: images named as illustrative vs glyphs`).toBeGreaterThanOrEqual(glyphs.total);
}

/** The overview with every section rendered: Tab reveals them all, the scroll draws the charts. */
async function openOverview(page: Page, lang: Lang) {
  const e = EXPECT[lang];
  await page.getByRole('region', { name: e.kpiRegion }).waitFor({ timeout: 15_000 });
  await page.keyboard.press('Tab');
  await scrollThrough(page);
  await sectionNamed(page, e.nextStepsRegion).waitFor();
  for (const name of [...COPY[lang].noted, COPY[lang].mixed]) await sectionNamed(page, name).waitFor();
  await expect.poll(() => drawnCharts(page), { timeout: 15_000 }).toBeGreaterThan(1);
  await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: 15_000 }).toBe(0);
}

/** The section panel of that name (a KPI tile may share it: 需关注). */
const byName = (panels: PanelMarks[], name: string) => panels.filter((p) => p.name === name && p.kind === 'section');
const sectionNamed = (page: Page, name: string) =>
  page.locator('section.panel').filter({ has: page.getByRole('heading', { name, exact: true }) });

describe('quieter marks', () => {
  const browser = useBrowser();

  for (const lang of LANGS) {
    for (const [label, viewport] of [['390×844', MOBILE], ['1440×900', DESKTOP]] as const) {
      it(`${lang} ${label}: overview — one note per all-illustrative panel, glyphs only where kinds mix`, async () => {
        const journey = await openJourney(browser(), withQuery(inject('demoUrl'), langQuery(lang)), viewport);
        const { page, problems } = journey;
        const c = COPY[lang];
        const word = EXPECT[lang].illustrative;
        try {
          await openOverview(page, lang);
          for (const state of ['charts', 'tables'] as const) {
            if (state === 'tables') expect(await expectTableToggles(page, EXPECT[lang])).toBeGreaterThan(4);
            const now = await read(page, lang);
            expectQuiet(`${state}`, now);
            // Not vacuous: the page has panels, and marks of both kinds.
            expect(now.panels.length, 'panels found').toBeGreaterThan(10);
            expect(now.glyphs.total, 'glyphs on the page').toBeGreaterThan(0);
            for (const name of c.noted) {
              const [panel] = byName(now.panels, name);
              expect.soft(panel, `${state}: panel ${name}`).toMatchObject({ name, words: 1, glyphs: 0 });
              const note = sectionNamed(page, name).getByText(new RegExp(word, 'i')).first();
              expect.soft(await note.isVisible(), `${state}: the note of ${name} is visible`).toBe(true);
            }
            const [mixed] = byName(now.panels, c.mixed);
            expect.soft(mixed?.glyphs ?? 0, `${state}: glyphs in ${c.mixed}`).toBeGreaterThan(0);
            expect.soft(mixed?.words ?? 0, `${state}: words in ${c.mixed}`).toBeLessThanOrEqual(1);
          }
          expect(unexpectedProblems(problems)).toEqual([]);
        } finally {
          await journey.close();
        }
      });

      it(`${lang} ${label}: projects view and a project's drawer say it once`, async () => {
        const url = withQuery(inject('demoUrl'), { ...langQuery(lang), view: 'projects' });
        const journey = await openJourney(browser(), url, viewport);
        const { page, problems } = journey;
        const word = EXPECT[lang].illustrative;
        try {
          const view = page.getByRole('region', { name: COPY[lang].projects, exact: true });
          await view.getByRole('link').first().waitFor({ timeout: 15_000 });
          const list = await read(page, lang);
          expectQuiet('projects view', list);
          expect.soft(byName(list.panels, COPY[lang].projects)[0]?.words, 'the list\'s note').toBe(1);
          expect.soft(await view.getByText(new RegExp(word, 'i')).first().isVisible(), 'the list\'s note is visible').toBe(true);

          const link = view.getByRole('link').first();
          const project = (await link.textContent())?.trim() ?? '';
          await link.click();
          const dialog = page.getByRole('dialog');
          await dialog.waitFor();
          await expect.poll(() => dialog.locator('dl').count(), { timeout: 10_000 }).toBeGreaterThan(0);
          const drawer = await read(page, lang, '[role="dialog"]');
          expectQuiet('drawer', drawer);
          const [panel] = drawer.panels.filter((p) => p.kind === 'dialog');
          expect.soft(panel, 'the drawer').toMatchObject({ name: project, words: 1 });
          expect.soft(await dialog.getByText(new RegExp(word, 'i')).first().isVisible(), 'the drawer\'s note is visible').toBe(true);
          expect(unexpectedProblems(problems)).toEqual([]);
        } finally {
          await journey.close();
        }
      });
    }
  }
});
