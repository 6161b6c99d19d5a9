// The ledger-import part of `npm run bench`, on the demo build: a 2,000-row .xlsx (written here with SheetJS's
// writer, a title row, a unit row and a two-row header with a merged group) is chosen in 导入台账. Timed from
// choosing the file to the check's summary on screen (read in the worker, table found, every row checked), and
// to the imported projects listed; with the longest main-thread task meanwhile (PerformanceObserver longtask).
import * as XLSX from '@e965/xlsx';

const ROWS = 2000;
const STAGES = ['新建', '续建', '前期', '竣工'];
const CATEGORIES = ['新能源', '数字经济', '装备制造', '现代服务'];

/** A deterministic ledger: the same bytes every run. */
export function benchLedger(rows = ROWS) {
  const header1 = ['序号', '项目名称', '建设性质', '项目类型', '所属园区', '投资情况（万元）', '', '', '', '计划开工时间', '计划竣工时间', '形象进度', '责任单位'];
  const header2 = ['', '', '', '', '', '总投资', '2026年计划投资', '1-10月完成投资', '累计完成投资', '', '', '', ''];
  const aoa = [['基准测试高新区重点项目建设进度台账（2026年1-10月）'], ['填报单位：基准测试管委会', '', '', '', '', '单位：万元'], header1, header2];
  for (let i = 0; i < rows; i++) {
    const planned = 1000 + ((i * 7919) % 90000);
    aoa.push([i + 1, `基准项目${String(i + 1).padStart(4, '0')}`, STAGES[i % 4], CATEGORIES[i % 4], `片区${(i % 3) + 1}`,
      planned, Math.round(planned / 4), Math.round(planned / 5), Math.round(planned / 2),
      `${2023 + (i % 3)}年${(i % 12) + 1}月`, `${2027 + (i % 3)}.${(i % 9) + 1}`, '主体施工', `责任单位${i % 17}`]);
  }
  const sheet = XLSX.utils.aoa_to_sheet(aoa);
  sheet['!merges'] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: 12 } },
    { s: { r: 2, c: 5 }, e: { r: 2, c: 8 } },
    ...[0, 1, 2, 3, 4, 9, 10, 11, 12].map((c) => ({ s: { r: 2, c }, e: { r: 3, c } })),
  ];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '2026年');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' });
}

function observeLongTasks() {
  window.__longTasks = [];
  // Timed from the file input's change: the automation's own work of handing the file over is not the page's.
  document.addEventListener('change', () => { window.__changeAt = performance.now(); }, { capture: true, once: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: false });
}

/**
 * One cold run: times in ms from choosing the file; the longest tasks while reading and checking, and while the
 * dashboard redraws with the imported rows. @returns {Promise<Record<string, number | null>>}
 */
export async function ledgerRun({ browser, url, viewport, buffer }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const result = { checkedMs: null, listedMs: null, longestTaskMs: null, longestCheckTaskMs: null, longestShowTaskMs: null };
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: '导入台账' }).click();
    const dialog = page.getByRole('dialog', { name: '导入台账' });
    const input = dialog.getByLabel('选择台账文件');
    await input.waitFor({ timeout: 30_000 });
    await page.evaluate(observeLongTasks);
    const started = await page.evaluate(() => performance.now());
    await input.setInputFiles({ name: 'bench-ledger.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
    // Waits in the page with a cheap check per frame: a locator's polling would add main-thread tasks of its own.
    await page.waitForFunction((text) => document.querySelector('.ledger-summary')?.textContent?.includes(text), `可导入 ${ROWS} 个项目`, { polling: 'raf', timeout: 30_000 });
    const checkedAt = await page.evaluate(() => performance.now());
    result.checkedMs = checkedAt - started;
    await page.evaluate(() => [...document.querySelectorAll('.ledger-actions button')].find((b) => b.textContent?.startsWith('导入'))?.click());
    await page.waitForFunction(() => document.querySelector('.ledger-note')?.textContent?.includes('bench-ledger.xlsx'), null, { polling: 'raf', timeout: 30_000 });
    result.listedMs = (await page.evaluate(() => performance.now())) - started;
    const changeAt = await page.evaluate(() => window.__changeAt ?? null);
    const tasks = await page.evaluate((from) => window.__longTasks.filter((t) => t.start >= from), changeAt ?? started);
    const longest = (list) => list.reduce((max, t) => Math.max(max, t.duration), 0);
    result.longestTaskMs = longest(tasks);
    // Reading and checking, before the import button; then the import and the dashboard redrawn with the rows.
    result.longestCheckTaskMs = longest(tasks.filter((t) => t.start < checkedAt));
    result.longestShowTaskMs = longest(tasks.filter((t) => t.start >= checkedAt));
  } finally {
    await context.close();
  }
  return result;
}
