// Journey: the theme follows the reader's system setting until the reader chooses, then keeps the choice.
// The first frame is already in the right theme: index.html's inline script sets <html data-theme> before
// the body is parsed, so a reader with a dark system never sees a white flash while the app loads.
// With it, two layout checks of the same polish pass (issue 13): a figure never wraps between its number and
// its unit, and the key items leave no wide empty columns.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectAccessible } from './lib/axe';
import { EXPECT } from './lib/expectations.mjs';
import { DESKTOP, MOBILE, openJourney, unexpectedProblems, withQuery } from './lib/page';
import { scrollThrough, useBrowser } from './lib/steps';

/** The page background (--bg in styles.css) of each theme, as getComputedStyle reports it. */
const BACKGROUND = { light: 'rgb(244, 246, 249)', dark: 'rgb(17, 22, 29)' } as const;
type Scheme = 'light' | 'dark';

interface Snapshot { theme?: string; background: string; reactRendered: boolean }
declare global {
  interface Window { __themeFirstFrame?: Snapshot; __themeDomContentLoaded?: Snapshot }
}

/**
 * Runs before any of the page's scripts: the theme and the body's background on the first animation frame
 * that has text (what is first painted) and at DOMContentLoaded. No routes, no delays.
 */
function captureEarlyTheme() {
  const snap = (): Snapshot => ({
    theme: document.documentElement.dataset.theme,
    background: getComputedStyle(document.body).backgroundColor,
    reactRendered: !!document.querySelector('.skip-link'),
  });
  const frame = () => {
    if (document.body && document.body.innerText.trim()) window.__themeFirstFrame = snap();
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  document.addEventListener('DOMContentLoaded', () => { window.__themeDomContentLoaded = snap(); });
}

/** A visit with the system colour setting given, watched from before the first frame. */
const withSystem = (scheme: Scheme) => async (context: BrowserContext) => {
  await context.pages()[0]?.emulateMedia({ colorScheme: scheme });
  await context.addInitScript(captureEarlyTheme);
};

/** The first frame and DOMContentLoaded both show `want`, painted by index.html rather than by React. */
async function expectEarlyTheme(page: Page, want: Scheme): Promise<void> {
  const early = await page.evaluate(() => ({ first: window.__themeFirstFrame, dcl: window.__themeDomContentLoaded }));
  expect(early.first?.reactRendered, 'first frame drawn from the static header').toBe(false);
  for (const [moment, snap] of Object.entries(early)) {
    expect(snap, `${moment} captured`).toBeTruthy();
    expect(snap?.theme, `${moment}: <html data-theme>`).toBe(want);
    expect(snap?.background, `${moment}: body background`).toBe(BACKGROUND[want]);
  }
}

/** The app has rendered over the static header: the key figures region shows the pipeline total. */
async function appRendered(page: Page): Promise<void> {
  await page.getByRole('region', { name: EXPECT.zh.kpiRegion, exact: true }).getByText('319.3亿元', { exact: true }).first().waitFor({ timeout: 15_000 });
}

const shown = (page: Page) => page.evaluate(() => ({
  theme: document.documentElement.dataset.theme,
  background: getComputedStyle(document.body).backgroundColor,
}));

describe('theme', () => {
  const browser = useBrowser();
  const e = EXPECT.zh;

  for (const viewport of [DESKTOP, MOBILE]) {
    it(`a dark system paints dark from the first frame, at ${viewport.width}×${viewport.height}`, async () => {
      const journey = await openJourney(browser(), inject('demoUrl'), viewport, { beforeLoad: withSystem('dark') });
      const { page } = journey;
      await expectEarlyTheme(page, 'dark');
      await appRendered(page);
      expect(await shown(page)).toEqual({ theme: 'dark', background: BACKGROUND.dark });
      expect(await page.getByRole('button', { name: e.theme }).getAttribute('aria-pressed')).toBe('true');
      expect(unexpectedProblems(journey.problems)).toEqual([]);
      await journey.close();
    });
  }

  it('before a choice, a change of the system setting shows at once; the dark page passes axe', async () => {
    const journey = await openJourney(browser(), inject('demoUrl'), DESKTOP, { beforeLoad: withSystem('dark') });
    const { page } = journey;
    await appRendered(page);
    await scrollThrough(page);
    await expectAccessible(page, 'overview, dark theme, 1440×900');

    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => shown(page)).toEqual({ theme: 'light', background: BACKGROUND.light });
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => shown(page)).toEqual({ theme: 'dark', background: BACKGROUND.dark });
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });

  it('choosing light holds over a dark system, after a reload too, from the first frame', async () => {
    const journey = await openJourney(browser(), inject('demoUrl'), DESKTOP, { beforeLoad: withSystem('dark') });
    const { page } = journey;
    await appRendered(page);
    const toggle = page.getByRole('button', { name: e.theme });
    await toggle.click();
    await expect.poll(() => shown(page)).toEqual({ theme: 'light', background: BACKGROUND.light });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');

    // The system going dark again no longer moves a page whose reader chose.
    await page.emulateMedia({ colorScheme: 'light' });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await shown(page)).toEqual({ theme: 'light', background: BACKGROUND.light });

    // A reload runs the app from the cache, maybe before the first frame: hold its scripts back a little, so
    // the first frame is index.html's own and the inline script alone decides the theme.
    await page.route(/\.js$/, async (route) => {
      await new Promise((done) => setTimeout(done, 400));
      await route.continue();
    });
    await page.reload({ waitUntil: 'load' });
    await expectEarlyTheme(page, 'light');
    await appRendered(page);
    expect(await shown(page)).toEqual({ theme: 'light', background: BACKGROUND.light });
    // The reload cancels what the first load was still fetching (idle-time chunks): aborted, not failed.
    expect(unexpectedProblems(journey.problems, [/net::ERR_ABORTED/])).toEqual([]);
    await journey.close();
  });

  it('a fresh visit with a light system is light', async () => {
    const journey = await openJourney(browser(), inject('demoUrl'), MOBILE, { beforeLoad: withSystem('light') });
    const { page } = journey;
    await expectEarlyTheme(page, 'light');
    await appRendered(page);
    expect(await shown(page)).toEqual({ theme: 'light', background: BACKGROUND.light });
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });
});

/**
 * Every amount with its unit on screen ("CNY 30 bn", "300 MW"), as text runs, and those drawn over more than
 * one line. Matched with plain or no-break spaces, so the check does not depend on how it is written. A
 * qualifier may wrap: "over" above "CNY 30 bn" in a narrow tile reads well.
 */
function figuresSplitAcrossLines(): { seen: number; split: string[] } {
  const FIGURE = /CNY[ \u00a0][\d.,]+(?:[ \u00a0](?:bn|mn))?|\d[\d.,]*[ \u00a0](?:MW|GW|sets|items|km²)/g;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let seen = 0;
  const split: string[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (const m of node.data.matchAll(FIGURE)) {
      const range = document.createRange();
      range.setStart(node, m.index ?? 0);
      range.setEnd(node, (m.index ?? 0) + m[0].length);
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
      if (rects.length === 0) continue; // not displayed (a closed table, the other language's header text)
      seen++;
      if (new Set(rects.map((r) => Math.round(r.top))).size > 1) split.push(m[0]);
    }
  }
  return { seen, split };
}

/** Lists in the key items whose items leave part of the list's width empty (a grid track with nothing in it). */
function keyItemListsWithEmptyTracks(region: string): string[] {
  const panel = Array.from(document.querySelectorAll('section')).find((s) => s.querySelector('h2')?.textContent === region);
  if (!panel) return ['key items region not found'];
  return Array.from(panel.querySelectorAll('ul')).flatMap((ul) => {
    const box = ul.getBoundingClientRect();
    const items = Array.from(ul.children).map((li) => li.getBoundingClientRect());
    const right = Math.max(...items.map((r) => r.right));
    return items.length && box.right - right > 40 ? [`${(ul.textContent ?? '').slice(0, 30)}…: ${Math.round(box.right - right)} px empty`] : [];
  });
}

describe('layout polish', () => {
  const browser = useBrowser();

  for (const viewport of [MOBILE, DESKTOP]) {
    it(`in English a figure stays on one line with its unit, at ${viewport.width}×${viewport.height}`, async () => {
      const journey = await openJourney(browser(), withQuery(inject('demoUrl'), { lang: 'en' }), viewport);
      const { page } = journey;
      await page.getByRole('region', { name: EXPECT.en.kpiRegion, exact: true }).getByText('CNY 31.93 bn', { exact: true }).first().waitFor();
      await scrollThrough(page);
      const { seen, split } = await page.evaluate(figuresSplitAcrossLines);
      expect(seen, 'figures with units found on the page').toBeGreaterThan(5);
      expect(split).toEqual([]);
      await journey.close();
    });
  }

  for (const viewport of [DESKTOP, { width: 1920, height: 1080 }, MOBILE]) {
    it(`the key items leave no wide empty column, at ${viewport.width}×${viewport.height}`, async () => {
      const journey = await openJourney(browser(), inject('demoUrl'), viewport);
      const { page } = journey;
      await scrollThrough(page);
      const region = page.getByRole('region', { name: EXPECT.zh.nextStepsRegion, exact: true });
      await region.getByRole('heading', { level: 3 }).last().waitFor();
      await expect.poll(() => region.locator('[aria-busy="true"]').count(), { timeout: 15_000 }).toBe(0);
      expect(await page.evaluate(keyItemListsWithEmptyTracks, EXPECT.zh.nextStepsRegion)).toEqual([]);
      await journey.close();
    });
  }
});
