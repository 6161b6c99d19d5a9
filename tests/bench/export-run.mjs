// The presenter-export part of `npm run bench`, on the demo build: from a click on a menu item of the stage
// chart's 导出 menu to the download event, for PNG 2× and SVG; and the export UI's lazy chunks as served (gzip -9
// of what the first press of an export button fetches, and of snapdom, fetched on the first whole-view image).
import { gzipSync } from 'node:zlib';

const PANEL = '项目：按类别与阶段';
const ITEMS = { png: 'PNG 图片（2倍）', svg: 'SVG 矢量图' };
const SNAPSHOT = '导出当前视图（PNG）';
const isJs = (response) => /\.js(\?|$)/.test(new URL(response.url()).pathname);
const isSnapdom = (url) => /\/snapdom-[\w-]+\.js$/.test(new URL(url).pathname);

/** gzip -9 of the bodies of `responses`, in bytes. */
async function gzipOf(responses) {
  let total = 0;
  for (const response of responses) total += gzipSync(await response.body(), { level: 9 }).length;
  return total;
}

/**
 * One cold run (a fresh context): the menu's chunk on the first press, then one PNG and one SVG export, then
 * the whole-view snapshot and its snapdom chunk.
 * @returns {Promise<{ pngMs: number | null, svgMs: number | null, menuChunkGzip: number | null, snapdomGzip: number | null, viewMs: number | null }>}
 */
export async function exportRun({ browser, url, viewport }) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const fetched = [];
  page.on('response', (response) => { if (isJs(response)) fetched.push(response); });
  const result = { pngMs: null, svgMs: null, menuChunkGzip: null, snapdomGzip: null, viewMs: null };
  try {
    await page.goto(url, { waitUntil: 'load' });
    const panel = page.getByRole('region', { name: PANEL, exact: true });
    await panel.scrollIntoViewIfNeeded();
    await panel.locator('.chart-box .recharts-wrapper > svg.recharts-surface, .chart-box svg.chart-surface').waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const button = panel.getByRole('button', { name: `导出：${PANEL}`, exact: true });

    const before = fetched.length;
    await button.click();
    await page.getByRole('menu').waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    result.menuChunkGzip = await gzipOf(fetched.slice(before));

    /** Milliseconds from the item's click to the download event, as node sees them. */
    const timed = async (item) => {
      if (!(await page.getByRole('menu').count())) await button.click();
      const menuItem = page.getByRole('menuitem', { name: item, exact: true });
      await menuItem.waitFor();
      const started = performance.now();
      await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), menuItem.click()]);
      return performance.now() - started;
    };
    result.pngMs = await timed(ITEMS.png);
    result.svgMs = await timed(ITEMS.svg);

    const snapshot = page.getByRole('button', { name: SNAPSHOT, exact: true });
    const started = performance.now();
    await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), snapshot.click()]);
    result.viewMs = performance.now() - started;
    const snapdom = fetched.filter((response) => isSnapdom(response.url()));
    result.snapdomGzip = snapdom.length ? await gzipOf(snapdom) : null;
  } catch (error) {
    process.stderr.write(`export run: ${error instanceof Error ? error.message : error}\n`);
  } finally {
    await context.close();
  }
  return result;
}
