// The projects view (项目清单) part of `npm run bench`, at 10,000 projects: filter and sort → table, the CSV,
// frame times while the table scrolls, and whether the view's code is a lazy chunk fetched only when opened.
import { median } from '../e2e/lib/table.mjs';
import { armTableProbe, scrollFrames, watchClickTiming } from './probe.mjs';

/** Header presses in the projects table: each changes the first row (ascending, then descending). */
const SORT_STEPS = ['项目名称', '项目名称', '计划投资', '计划投资', '状态', '状态', '结束日期', '结束日期', '园区', '园区'];
const PROJECTS_TABLE = '项目清单，点击列标题排序';
const SCROLL = { ms: 5000, pxPerSecond: 2400 };

/**
 * The projects view at 10,000 projects: filter and sort changes → the table shows them, the CSV of all 10,000
 * rows (click → download), frame times while the table scrolls for 5 s, and whether its code was fetched before
 * the view was opened (it must not be: a lazy chunk).
 */
export async function projectsRun({ browser, url: base, viewport, kpiRegion, category, steps }) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const chunkRequests = [];
  page.on('request', (request) => { if (/projects-view-[\w-]+\.js$/.test(new URL(request.url()).pathname)) chunkRequests.push(performance.now()); });
  await page.addInitScript(watchClickTiming);
  const url = new URL(base);
  url.searchParams.set('scenario', 'scale');
  url.searchParams.set('n', '10000');
  await page.goto(url.toString(), { waitUntil: 'load' });
  await page.getByRole('region', { name: kpiRegion }).getByText('319.3亿元').first().waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const chunkBeforeView = chunkRequests.length;
  await page.getByRole('link', { name: '项目清单', exact: true }).click();
  const count = page.getByText(/^显示 10,000 \/ 10,000 个项目$/);
  await count.waitFor({ timeout: 60_000 });
  const table = page.getByRole('table', { name: PROJECTS_TABLE });
  const handles = { count: await count.elementHandle(), table: await table.elementHandle() };
  const measure = async (act) => {
    await page.evaluate(armTableProbe, handles);
    await act();
    await page.waitForFunction(() => window.__tableProbe.frame !== null, null, { timeout: 10_000 }).catch(() => {});
    const { text, frame } = await page.evaluate(() => window.__tableProbe);
    await page.waitForTimeout(150);
    return { text, frame };
  };
  const filterMs = [];
  await page.getByRole('button', { name: category }).click();
  for (const name of steps) filterMs.push(await measure(() => page.getByRole('checkbox', { name, exact: true }).click()));
  await page.keyboard.press('Escape');
  const sortMs = [];
  for (const name of SORT_STEPS) {
    sortMs.push(await measure(() => table.getByRole('columnheader', { name: new RegExp(`^${name}`) }).getByRole('button').click()));
  }

  // All 10,000 rows (no filter; the last sort stands), as a CSV: click → the download starts.
  const csvButton = page.getByRole('button', { name: '下载 CSV' });
  await page.evaluate(() => { window.__clicks.length = 0; });
  const started = performance.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), csvButton.click()]);
  const csvMs = performance.now() - started;
  await download.path();
  await page.waitForTimeout(200);
  const clicks = await page.evaluate(() => window.__clicks);
  const csvHandlerMs = clicks.length ? Math.max(...clicks.map((c) => c.processing)) : null;

  const box = page.getByRole('region', { name: PROJECTS_TABLE });
  await box.evaluate((el) => { el.scrollTop = 0; });
  const frames = await box.evaluate(scrollFrames, SCROLL);
  const sortedFrames = [...frames].sort((a, b) => a - b);
  const p95 = sortedFrames[Math.min(sortedFrames.length - 1, Math.floor(sortedFrames.length * 0.95))];
  const rowsInDom = await page.locator('[data-row-id]').count();
  await context.close();
  return { filterMs, sortMs, csvMs, csvHandlerMs, scrollP95: p95, scrollMedian: median(frames), frameCount: frames.length, rowsInDom, chunkBeforeView, chunkAfterView: chunkRequests.length };
}

