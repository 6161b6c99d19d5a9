// Journey: a reader checks a figure's source. On a phone a tap opens the figure's popover; a tap on
// another figure, even one the open popover lies over, closes it and opens that figure's own on the
// same tap, so no figure is ever out of reach. On a desktop Escape closes it and focus goes back to the
// figure (WCAG 1.4.13), and a mouse hover shows it and leaving hides it. The popover's code (Radix) is a
// lazy chunk: a press made before it arrives opens the popover when it does, and while it cannot download
// the figure stays a described button that tries again on the next press.
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, ElementHandle, Locator, Page, Route } from 'playwright-core';
import { EXPECT } from './lib/expectations.mjs';
import { DESKTOP, MOBILE, openJourney, unexpectedProblems } from './lib/page';
import { expectKpis, useBrowser } from './lib/steps';

const e = EXPECT.zh;

interface Box { x: number; y: number; width: number; height: number }
const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
const within = (p: { x: number; y: number }, b: Box) => p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height;

/**
 * Every figure in the KPI strip: the buttons that open a popover (they carry aria-expanded), none open yet.
 * Handles, not locators: an nth locator over "expanded: false" would shift as figures open.
 */
const kpiFigures = (page: Page) => page.getByRole('region', { name: e.kpiRegion }).getByRole('button', { expanded: false }).elementHandles();

type Figure = Pick<Locator | ElementHandle, 'getAttribute' | 'textContent'>;

/** The open popovers: there must never be more than one. */
const openPopovers = (page: Page) => page.getByRole('dialog');

async function expectOpen(page: Page, trigger: Figure): Promise<Locator> {
  const name = (await trigger.textContent())?.trim() ?? '';
  await expect.poll(() => openPopovers(page).count(), { timeout: 5_000 }).toBe(1);
  const popover = openPopovers(page).first();
  // Named by the figure it explains (aria-labelledby the trigger), so this is the tapped figure's own.
  expect(await popover.getAttribute('aria-labelledby')).toBe(await trigger.getAttribute('id'));
  expect(await popover.isVisible(), `the popover of ${name} is visible`).toBe(true);
  expect(await trigger.getAttribute('aria-expanded')).toBe('true');
  return popover;
}

/** The popover's lazy chunk (src/components/figure-popover.tsx), as the build names it. */
const POPOVER_CHUNK = (url: URL) => /\/assets\/figure-popover-[\w-]+\.js$/.test(url.pathname);

/** Holds every request for the popover chunk until `release()`: a slow network. */
async function holdPopoverChunk(context: BrowserContext) {
  const held: Route[] = [];
  let released = false;
  await context.route(POPOVER_CHUNK, async (route) => {
    if (released) await route.continue();
    else held.push(route);
  });
  return {
    requested: () => held.length,
    release: async () => {
      released = true;
      await Promise.all(held.splice(0).map((route) => route.continue()));
    },
  };
}

/** Whether the point is covered by the popover: what a finger at that point would touch. */
const touchesPopover = (page: Page, point: { x: number; y: number }) =>
  page.evaluate(({ x, y }) => !!document.elementFromPoint(x, y)?.closest('[role="dialog"]'), point);

describe('figure popover', () => {
  const browser = useBrowser();

  it(`on a ${MOBILE.width}×${MOBILE.height} touch screen, one tap switches to another figure, even one the popover covers`, async () => {
    const journey = await openJourney(browser(), inject('demoUrl'), MOBILE);
    const { page } = journey;
    await expectKpis(page, e);
    const figures = await kpiFigures(page);
    expect(figures.length, 'figures in the KPI strip').toBeGreaterThan(4);

    // Every popover stays on screen: Radix moves it along and flips it within 8px of the edges.
    const offScreen: string[] = [];
    for (const figure of figures) {
      await figure.scrollIntoViewIfNeeded();
      await figure.tap();
      const box = (await (await expectOpen(page, figure)).boundingBox())!;
      if (box.x < 0 || box.x + box.width > MOBILE.width || box.y < 0 || box.y + box.height > MOBILE.height) {
        offScreen.push(`${await figure.textContent()}: ${JSON.stringify(box)}`);
      }
      await figure.tap(); // a second tap on the same figure closes it
      await expect.poll(() => openPopovers(page).count()).toBe(0);
    }
    expect(offScreen, 'popovers reaching past the screen').toEqual([]);

    // Find a figure whose popover lies over another figure (two tiles a row, the popover below the figure).
    let pair: { open: ElementHandle; covered: ElementHandle; at: { x: number; y: number } } | undefined;
    for (const figure of figures) {
      await figure.scrollIntoViewIfNeeded();
      await figure.tap();
      const box = (await (await expectOpen(page, figure)).boundingBox())!;
      for (const other of figures.filter((f) => f !== figure)) {
        const otherBox = await other.boundingBox();
        if (!otherBox) continue;
        const at = centre(otherBox);
        if (at.y > 0 && at.y < MOBILE.height && within(at, box) && await touchesPopover(page, at)) {
          pair = { open: figure, covered: other, at };
          break;
        }
      }
      if (pair) break;
      await figure.tap();
      await expect.poll(() => openPopovers(page).count()).toBe(0);
    }
    expect(pair, 'a popover that lies over another figure on a phone').toBeDefined();
    const { open, covered, at } = pair!;
    expect(await open.getAttribute('aria-expanded')).toBe('true');

    // The finger lands on the popover, where the covered figure is: the popover closes, that figure opens.
    await page.touchscreen.tap(at.x, at.y);
    await expectOpen(page, covered);
    expect(await open.getAttribute('aria-expanded')).toBe('false');

    // A tap on another figure, one the popover does not cover, switches on that one tap too.
    let other: ElementHandle | undefined;
    for (const figure of figures.filter((f) => f !== covered)) {
      const box = await figure.boundingBox();
      if (box && box.y > 0 && box.y + box.height < MOBILE.height && !await touchesPopover(page, centre(box))) {
        other = figure;
        break;
      }
    }
    expect(other, 'a figure on screen that the popover does not cover').toBeDefined();
    await other!.tap();
    const popover = await expectOpen(page, other!);
    expect(await covered.getAttribute('aria-expanded')).toBe('false');
    expect(await popover.textContent()).toMatch(/^(原文数值|计算值|示例值)：/);

    // A tap elsewhere closes it.
    await page.getByRole('heading', { level: 1 }).tap();
    await expect.poll(() => openPopovers(page).count()).toBe(0);

    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });

  it(`at ${DESKTOP.width}×${DESKTOP.height}, Escape closes it and focus goes back to the figure; hover shows it`, async () => {
    const journey = await openJourney(browser(), inject('demoUrl'), DESKTOP);
    const { page } = journey;
    await expectKpis(page, e);
    const region = page.getByRole('region', { name: e.kpiRegion });
    const agreed = region.getByRole('button', { name: '300亿元以上', exact: true });

    await agreed.click();
    const popover = await expectOpen(page, agreed);
    expect(await popover.textContent()).toContain('原文数值：300亿元以上');
    // The reader selects the quote to copy it: focus moves into the popover, and the popover stays.
    const box = (await popover.boundingBox())!;
    await page.mouse.move(box.x + 12, box.y + box.height - 14);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 12, box.y + box.height - 14, { steps: 5 });
    await page.mouse.up();
    expect(await page.evaluate(() => window.getSelection()?.toString() ?? ''), 'part of the quote is selected').toMatch(/\S/);
    expect(await popover.evaluate((el) => el.contains(document.activeElement)), 'focus is in the popover').toBe(true);
    expect(await openPopovers(page).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => openPopovers(page).count()).toBe(0);
    expect(await agreed.evaluate((el) => el === document.activeElement), 'focus is back on the figure').toBe(true);

    // Keyboard: Enter opens it again, Escape again closes it.
    await page.keyboard.press('Enter');
    await expectOpen(page, agreed);
    await page.keyboard.press('Escape');
    await expect.poll(() => openPopovers(page).count()).toBe(0);

    // Mouse: hovering another figure shows its popover; moving onto the popover keeps it; leaving hides it.
    const funds = region.getByRole('button', { name: '50亿元', exact: true });
    await funds.hover();
    const hovered = await expectOpen(page, funds);
    const onPopover = centre((await hovered.boundingBox())!);
    await page.mouse.move(onPopover.x, onPopover.y, { steps: 4 });
    await page.waitForTimeout(500);
    expect(await openPopovers(page).count(), 'the popover stays while the pointer is on it').toBe(1);
    await page.mouse.move(5, DESKTOP.height - 5, { steps: 4 });
    await expect.poll(() => openPopovers(page).count()).toBe(0);

    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });

  it(`at ${DESKTOP.width}×${DESKTOP.height} on a slow network, Enter pressed before the popover code arrives opens it when it does`, async () => {
    let network: Awaited<ReturnType<typeof holdPopoverChunk>> | undefined;
    const journey = await openJourney(browser(), inject('demoUrl'), DESKTOP, {
      beforeLoad: async (context) => { network = await holdPopoverChunk(context); },
    });
    const { page } = journey;
    await expectKpis(page, e);
    const agreed = page.getByRole('region', { name: e.kpiRegion }).getByRole('button', { name: '300亿元以上', exact: true });
    const button = await agreed.elementHandle();

    await agreed.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => network!.requested(), { timeout: 5_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    expect(await openPopovers(page).count(), 'nothing to show before the code arrives').toBe(0);
    expect(await agreed.getAttribute('aria-expanded')).toBe('false');

    await network!.release();
    await expectOpen(page, agreed);
    // The same button, never replaced, and focus never left it.
    expect(await button!.evaluate((el) => el.isConnected && el === document.activeElement), 'focus stayed on the figure').toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => openPopovers(page).count()).toBe(0);
    expect(await button!.evaluate((el) => el === document.activeElement)).toBe(true);

    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });

  it(`on a ${MOBILE.width}×${MOBILE.height} touch screen offline, a figure stays a described button; the next tap online opens it`, async () => {
    const failed: string[] = [];
    const offline = async (route: Route) => {
      failed.push(route.request().url());
      await route.abort('internetdisconnected');
    };
    let context: BrowserContext | undefined;
    const journey = await openJourney(browser(), inject('demoUrl'), MOBILE, {
      beforeLoad: async (c) => { context = c; await c.route(POPOVER_CHUNK, offline); },
    });
    const { page } = journey;
    await expectKpis(page, e);
    const agreed = page.getByRole('region', { name: e.kpiRegion }).getByRole('button', { name: '300亿元以上', exact: true });

    await agreed.tap();
    await expect.poll(() => failed.length, { timeout: 5_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    expect(await openPopovers(page).count(), 'no popover without its code').toBe(0);
    expect(await agreed.getAttribute('aria-expanded')).toBe('false');
    // What a screen reader gives the figure is all still there.
    const tipId = await agreed.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${tipId}"]`).textContent()).toMatch(/^原文数值：300亿元以上/);
    expect(journey.problems.pageErrors, 'a failed download is no uncaught error').toEqual([]);

    // Back online: the next tap downloads the code again and opens the popover.
    await context!.unroute(POPOVER_CHUNK, offline);
    await agreed.tap();
    const popover = await expectOpen(page, agreed);
    expect(await popover.textContent()).toContain('原文数值：300亿元以上');

    const noise = [...new Set(failed)].map((u) => new RegExp(u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    expect(unexpectedProblems(journey.problems, noise)).toEqual([]);
    await journey.close();
  });
});
