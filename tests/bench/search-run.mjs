// The pinyin search part of `npm run bench`, at 10,000 projects on the projects view: once the pinyin chunk
// has loaded (on the search box's first focus), each keystroke → the table and its count show the new result.
// Also the chunk's size as served (gzip -9 of its bytes), and whether it was fetched before the focus.
import { gzipSync } from 'node:zlib';
import { armTableProbe } from './probe.mjs';

/**
 * Initials and full pinyin of the synthetic names (mocks/synthetic-projects.ts), each keystroke changing the
 * count: z 8,252, zx 3,500, zxz 562 (中心…), zxzb 509, back to z, then zh 8,000, zha, zhan, zhang 2,659 (长),
 * zhangz 976 (长者).
 */
const KEYSTROKES = ['z', 'x', 'z', 'b', 'Backspace', 'Backspace', 'Backspace', 'h', 'a', 'n', 'g', 'z'];
const PROJECTS_TABLE = '项目清单，点击列标题排序';
const isPinyinChunk = (url) => /\/pinyin-readings-[\w-]+\.js$/.test(new URL(url).pathname);

/** @returns {Promise<{ keystrokeMs: { text: number | null, frame: number | null }[], chunkGzip: number | null, chunkBeforeFocus: number }>} */
export async function searchRun({ browser, url: base, viewport }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const chunks = [];
  page.on('response', (response) => { if (isPinyinChunk(response.url())) chunks.push(response); });
  const url = new URL(base);
  url.searchParams.set('scenario', 'scale');
  url.searchParams.set('n', '10000');
  url.searchParams.set('view', 'projects');
  await page.goto(url.toString(), { waitUntil: 'load' });
  const count = page.getByText(/^显示 10,000 \/ 10,000 个项目$/);
  await count.waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const chunkBeforeFocus = chunks.length;

  const search = page.getByRole('searchbox', { name: '搜索项目', exact: true });
  await search.focus();
  await page.waitForResponse((response) => isPinyinChunk(response.url()), { timeout: 30_000 }).catch(() => {});
  const chunk = chunks[0];
  const chunkGzip = chunk ? gzipSync(await chunk.body(), { level: 9 }).length : null;
  // The names are read ahead in idle time once the chunk is in; measure typing after that, as a reader would.
  await page.waitForTimeout(2500);

  const table = page.getByRole('table', { name: PROJECTS_TABLE });
  const handles = { count: await count.elementHandle(), table: await table.elementHandle() };
  const keystrokeMs = [];
  for (const key of KEYSTROKES) {
    await page.evaluate(armTableProbe, handles);
    await (key === 'Backspace' ? page.keyboard.press(key) : page.keyboard.insertText(key));
    await page.waitForFunction(() => window.__tableProbe.frame !== null, null, { timeout: 10_000 }).catch(() => {});
    keystrokeMs.push(await page.evaluate(() => ({ text: window.__tableProbe.text, frame: window.__tableProbe.frame })));
    await page.waitForTimeout(400); // the throttled URL write lands before the next key
  }
  await context.close();
  return { keystrokeMs, chunkGzip, chunkBeforeFocus };
}
