// Steps shared by the journeys, phrased the way a reader experiences the page.
// Locators use roles, accessible names and visible text; the only CSS is the recharts
// surface, because "a chart was actually drawn" has no accessible equivalent.
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './chromium.mjs';
import type { Expectations } from './expectations.mjs';

/** One browser per test file; each journey gets its own fresh context. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => { await browser?.close(); });
  return () => {
    if (!browser) throw new Error('browser not launched');
    return browser;
  };
}

/** Title, as-of date and source line: the frame every screen of the dashboard shares. */
export async function expectShell(page: Page, e: Expectations): Promise<void> {
  // Wait for the app to set the language, then check the exact tag softly so a wrong
  // region subtag is reported without hiding everything else the journey would find.
  const primary = e.htmlLang.split('-')[0] ?? e.htmlLang;
  await expect.poll(async () => (await page.locator('html').getAttribute('lang'))?.split('-')[0]).toBe(primary);
  expect.soft(await page.locator('html').getAttribute('lang'), '<html lang>').toBe(e.htmlLang);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toMatch(e.title);
  await page.getByText(e.asOf).first().waitFor();
  await page.getByText(e.source).first().waitFor();
}

/** The KPI path end to end: the region exists and every real figure has arrived in it. */
export async function expectKpis(page: Page, e: Expectations): Promise<void> {
  const region = page.getByRole('region', { name: e.kpiRegion });
  await region.waitFor();
  for (const value of e.kpiValues) {
    await region.getByText(value, { exact: true }).first().waitFor({ timeout: 15_000 });
  }
}

/** Visible marks on illustrative values (there is always at least one in the overview). */
export async function expectIllustrativeMarks(page: Page, e: Expectations): Promise<void> {
  await page.getByText(e.illustrative, { exact: false }).first().waitFor();
}

/** How many recharts surfaces contain something drawn (a path or a rect). */
export async function drawnCharts(page: Page): Promise<number> {
  return page.locator('.recharts-surface').filter({ has: page.locator('path, rect') }).count();
}

/**
 * Every table toggle switches its chart to a real <table> in the same region.
 * Handles (not re-queried locators) are used because a toggle may rename itself once pressed.
 */
export async function expectTableToggles(page: Page, e: Expectations): Promise<number> {
  const toggles = await page.getByRole('button', { name: e.tableToggle, exact: true }).elementHandles();
  for (const toggle of toggles) {
    await toggle.scrollIntoViewIfNeeded();
    await toggle.click();
    await expect.poll(() => toggle.evaluate((button: Element) => {
      const region = button.closest('section, [role="region"], figure');
      return !!region?.querySelector('table');
    }), { timeout: 5_000 }).toBe(true);
  }
  return toggles.length;
}

/**
 * Scroll to the end a screen at a time, as a reader does, so sections that render as they come near
 * the viewport (src/components/reveal.tsx) are all on the page; then back to the top.
 */
export async function scrollThrough(page: Page): Promise<void> {
  for (let step = 0; step < 60; step += 1) {
    const atEnd = await page.evaluate(() => {
      window.scrollBy(0, Math.round(window.innerHeight * 0.8));
      return window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
    });
    await page.waitForTimeout(120);
    if (atEnd) break;
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}
