// Journey: a presenter puts charts on slides (issue 12). From a chart panel's 导出 menu: a sharp PNG with its
// caption and the chart's own colours, an SVG that is text and runs nothing (hostile names included), a copied
// image, WeChat's long-press dialog; beside the view tabs, one PNG of exactly the screen. Demo build, 1440×900.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { resolveRequest } from '../../mocks/demo-server';
import { HOSTILE_NAMES } from '../../mocks/hostile';
import { ILLUSTRATIVE_OPACITY, STAGE_COLOR } from '../../src/components/charts/chart-theme';
import { expectAccessible } from './lib/axe';
import { blend, decodePng, drawnPanel, inspectSvg, ITEM, openExportMenu, plotSurface, saveFrom, SNAPSHOT } from './lib/export';
import { DESKTOP, openJourney, unexpectedProblems, withQuery, type JourneyOptions } from './lib/page';
import { useBrowser } from './lib/steps';

const STAGE = '项目：按类别与阶段';
const AS_OF = '2024年5月30日';
const WECHAT_UA = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 MicroMessenger/8.0.47';
const status = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true }).getByRole('status');
/** Whether mocks/demo-server.ts applies ?scenario=hostile (the renaming lives in mocks/hostile.ts). */
const hostileCategories = (JSON.parse(resolveRequest('/projects', new URLSearchParams('scenario=hostile')).text) as { categories: { name: { zh: string } }[] })
  .categories.map((c) => c.name.zh);
const hostileServed = hostileCategories.some((name) => (HOSTILE_NAMES as readonly string[]).includes(name));

describe('presenter exports', () => {
  const browser = useBrowser();
  const open = (url = inject('demoUrl'), viewport: { width: number; height: number } = DESKTOP, options?: JourneyOptions) => openJourney(browser(), url, viewport, options);

  it('PNG 2×: sharp, a caption band above the plot, and the first series\' colour in the plot', async () => {
    const journey = await open();
    const { page } = journey;
    const panel = await drawnPanel(page, STAGE);
    const plotHeight = Number(await plotSurface(panel).getAttribute('height'));
    await openExportMenu(page, panel, STAGE);
    const png = await saveFrom(page, ITEM.png);
    expect(png.name).toBe(`豫东南高新区-${STAGE}-20240530.png`);
    // 谋划, drawn at the illustrative opacity on the white panel; rows between the caption and the legend.
    const planning = blend(STAGE_COLOR.planning, ILLUSTRATIVE_OPACITY);
    const image = await decodePng(page, png.bytes, planning, { fromRow: 0.2, toRow: 0.85 });
    expect(image.width).toBeGreaterThanOrEqual(1200);
    expect(plotHeight).toBeGreaterThan(150);
    expect(image.height).toBeGreaterThanOrEqual(2 * plotHeight + 2 * 60);
    expect(image.matching, `pixels of ${planning.join(',')}`).toBeGreaterThan(2000);
    await status(page, STAGE).getByText(`已下载 ${png.name}`).waitFor();
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });

  it('SVG: parses, carries the title and the as-of date as text, is small, and runs nothing (even from the table view)', async () => {
    const journey = await open();
    const { page } = journey;
    const panel = await drawnPanel(page, STAGE);
    // A panel showing its table shows the chart for the moment of the export, then its table again.
    const tableSwitch = panel.getByRole('button', { name: '表格', exact: true });
    await tableSwitch.click();
    await panel.getByRole('table').waitFor();
    await openExportMenu(page, panel, STAGE);
    const file = await saveFrom(page, ITEM.svg);
    await panel.getByRole('table').waitFor();
    expect(await tableSwitch.getAttribute('aria-pressed')).toBe('true');
    expect(file.name).toMatch(/\.svg$/);
    expect(file.bytes.length).toBeLessThan(500_000);
    const svg = file.bytes.toString('utf8');
    expect(svg).not.toMatch(/<script/i);
    const found = await inspectSvg(page, svg);
    expect(found.parses).toBe(true);
    expect(found.text).toContain(STAGE);
    expect(found.text).toContain(AS_OF);
    expect(found.badElements).toEqual([]);
    expect(found.badAttributes).toEqual([]);
    await journey.close();
  });

  it('SVG: what the live chart holds is never carried over as markup (hostile text and a handler added to it in the page)', async () => {
    const journey = await open();
    const { page } = journey;
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    const panel = await drawnPanel(page, STAGE);
    // Outside what React manages (a re-render would undo edits to recharts' own nodes): a label and a handler.
    await plotSurface(panel).evaluate((svg, names) => {
      const label = document.createElementNS('http://www.w3.org/2000/svg', 'text');
      label.setAttribute('x', '10');
      label.setAttribute('y', '20');
      label.setAttribute('onmouseover', 'alert(1)');
      label.textContent = names.join(' ');
      svg.append(label);
      svg.setAttribute('onload', 'alert(1)');
    }, [...HOSTILE_NAMES]);
    await openExportMenu(page, panel, STAGE);
    const svg = (await saveFrom(page, ITEM.svg)).bytes.toString('utf8');
    const found = await inspectSvg(page, svg);
    expect(found.text).toContain(HOSTILE_NAMES[0]);
    expect(found).toMatchObject({ parses: true, badElements: [], badAttributes: [] });
    expect(svg).not.toMatch(/<script/i);
    // Shown as an image, as a slide tool would: nothing runs.
    await page.evaluate(async (source) => {
      const img = new Image();
      img.src = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
      await img.decode();
    }, svg);
    expect(dialogs).toEqual([]);
    await journey.close();
  });

  it.skipIf(!hostileServed)('SVG with hostile names in the data (?scenario=hostile): the names are text, nothing runs', async () => {
    const journey = await open(withQuery(inject('scenariosUrl'), { scenario: 'hostile' }));
    const { page } = journey;
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    const panel = await drawnPanel(page, STAGE);
    await openExportMenu(page, panel, STAGE);
    const file = await saveFrom(page, ITEM.svg);
    const svg = file.bytes.toString('utf8');
    const found = await inspectSvg(page, svg);
    expect(found).toMatchObject({ parses: true, badElements: [], badAttributes: [] });
    // The chart's category axis carries the data's (hostile) category names, as text.
    expect(found.text).toContain(hostileCategories[0]);
    expect(svg).not.toMatch(/<script/i);
    expect(file.name).not.toMatch(/[<>"/\\:]/);
    expect(dialogs).toEqual([]);
    await journey.close();
  });
  if (!hostileServed) it.todo('?scenario=hostile: mocks/demo-server.ts must apply withHostileText (mocks/hostile.ts) to /projects');

  it('Copy image: with clipboard permission an image/png lands on the clipboard; refused, the status line says so', async () => {
    const granted = await open(undefined, DESKTOP, {
      beforeLoad: (context) => context.grantPermissions(['clipboard-read', 'clipboard-write']),
    });
    let panel = await drawnPanel(granted.page, STAGE);
    await openExportMenu(granted.page, panel, STAGE);
    await granted.page.getByRole('menuitem', { name: ITEM.copy, exact: true }).click();
    await status(granted.page, STAGE).getByText('图片已复制').waitFor({ timeout: 15_000 });
    const types = await granted.page.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => [...item.types]));
    expect(types).toContain('image/png');
    await granted.close();

    const denied = await open(undefined, DESKTOP, {
      beforeLoad: async (context) => {
        await context.addInitScript(() => {
          navigator.clipboard.write = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
        });
      },
    });
    panel = await drawnPanel(denied.page, STAGE);
    await openExportMenu(denied.page, panel, STAGE);
    await denied.page.getByRole('menuitem', { name: ITEM.copy, exact: true }).click();
    await status(denied.page, STAGE).getByText('浏览器不允许访问剪贴板，请改用下载').waitFor({ timeout: 15_000 });
    await status(denied.page, STAGE).getByRole('button', { name: '下载 PNG 图片' }).waitFor();
    await denied.close();
  });

  it('WeChat: PNG opens the long-press dialog with the image; CSV says to open the page in the browser', async () => {
    const journey = await open(undefined, DESKTOP, {
      beforeLoad: async (context) => {
        await context.addInitScript((ua) => { Object.defineProperty(navigator, 'userAgent', { get: () => ua }); }, WECHAT_UA);
      },
    });
    const { page } = journey;
    const panel = await drawnPanel(page, STAGE);
    await openExportMenu(page, panel, STAGE);
    await page.getByRole('menuitem', { name: ITEM.png, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '长按图片保存' });
    await dialog.waitFor({ timeout: 15_000 });
    const img = dialog.getByRole('img');
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThanOrEqual(1200);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await openExportMenu(page, panel, STAGE);
    await page.getByRole('menuitem', { name: ITEM.csv, exact: true }).click();
    await status(page, STAGE).getByText(/在浏览器打开/).waitFor();
    await journey.close();
  });

  it('whole view at 1920×1080: one PNG of exactly the viewport', async () => {
    const journey = await open(undefined, { width: 1920, height: 1080 });
    const { page } = journey;
    await drawnPanel(page, STAGE);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: SNAPSHOT, exact: true }).click(),
    ]);
    const { readFile } = await import('node:fs/promises');
    const image = await decodePng(page, await readFile(await download.path()));
    expect([image.width, image.height]).toEqual(await page.evaluate(() => [innerWidth, innerHeight]));
    expect([image.width, image.height]).toEqual([1920, 1080]);
    expect(download.suggestedFilename()).toBe('豫东南高新区-概览-20240530.png');
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });

  it('axe: no serious or critical violations with the export menu open', async () => {
    const journey = await open();
    const { page } = journey;
    const panel = await drawnPanel(page, STAGE);
    await openExportMenu(page, panel, STAGE);
    await expectAccessible(page, 'export menu open');
    await journey.close();
  });
});
