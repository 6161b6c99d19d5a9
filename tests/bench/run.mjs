// `npm run bench`: a measuring script, not a test (it never fails on a missed target).
// Medians over cold runs — a fresh browser context, so empty cache, for every run —
// against the production builds served from a plain static host under a sub-path.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser, requireChromium } from '../e2e/lib/chromium.mjs';
import { ensureBuild } from '../e2e/lib/build.mjs';
import { startStaticServer } from '../e2e/lib/static-server.mjs';
import { EXPECT } from '../e2e/lib/expectations.mjs';
import { formatTable, kB, median } from '../e2e/lib/table.mjs';
import { startDevServer } from '../e2e/lib/dev-server.mjs';
import { INITIAL_JS_LIMIT, initialScripts, measureInitialJs } from '../budget/initial-js.mjs';
import { armViewProbe, installProbe, jsBytesBefore } from './probe.mjs';
import { projectsRun as runProjects } from './projects-run.mjs';
import { searchRun } from './search-run.mjs';
import { exportRun } from './export-run.mjs';
import { presenterRun } from './presenter-run.mjs';
import { benchLedger, ledgerRun } from './ledger-run.mjs';
import { main as publishedOnly, preparePublished, publishedNotes, publishedRows, publishedRun } from './published-run.mjs';
import { main as traceOnly } from './trace.mjs';
import { firstChart, main as peerOnly, PEER_DIR, peerRun, printPeer, startPeer } from './peer-run.mjs';

// One part alone: `npm run bench -- --only=published` (the published build with 24 monthly snapshots),
// `--only=peer` (the demo and published builds against the peer), `--only=trace` (where the first 5 s go).
const ONLY = {
  published: publishedOnly,
  peer: () => peerOnly({ ensureBuild, preparePublished, launchBrowser }),
  trace: () => traceOnly({ preparePublished }),
};
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
if (only !== undefined) {
  if (!ONLY[only]) {
    console.error(`--only=${only}: no such part (parts: ${Object.keys(ONLY).join(', ')})`);
    process.exit(2);
  }
  await ONLY[only]();
  process.exit(0);
}

requireChromium();
const measureGzip = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS || 5));
const KPI = { region: EXPECT.zh.kpiRegion, values: EXPECT.zh.kpiValues };
const SEARCH = '搜索项目';
/** The category field of the filter bar: a button named 类别 推断 <chosen> that opens a menu of checkboxes. */
const CATEGORY = /^类别 /;
/** The two charts the filters drive; both must show the new view for a change to count as done. */
const PIPELINE_PANELS = ['项目：按类别与阶段', '计划与完成投资（累计）'];
/**
 * Each tick or untick changes what both charts (and the table) show: one category (about 2,500 of the 10,000
 * projects), then all again, then the next.
 */
const CATEGORY_NAMES = ['新工科', '新基建', '产学研', '未来社区'];
const CATEGORY_STEPS = CATEGORY_NAMES.flatMap((name) => [name, name]);
/** On the overview the filter bar sits behind one button (closed when the link carries no filter): open it. */
async function openFilters(page) {
  const closed = page.getByRole('button', { name: /^项目筛选/, expanded: false });
  await closed.waitFor({ timeout: 60_000 }).catch(() => {});
  if (await closed.count()) await closed.click();
}
/**
 * Ten keystrokes, typing and Backspace, each of which changes the result (长 2,659 projects, 长春 580, 长 again,
 * 长者 465, …), so every one has a "result" to wait for. Polyphone 长 reads cháng and zhǎng in these names.
 */
const KEYSTROKES = ['长', '春', 'Backspace', '者', 'Backspace', '租', 'Backspace', '江', 'Backspace', '乐'];
const VIEWPORT = { width: 1440, height: 900 };

const demoDir = await ensureBuild('demo');
const demo = await startStaticServer({ root: demoDir, basePath: '/yudongnan/demo/' });
// The projects view's JS must be its own chunk, not among what index.html loads first.
const initialJs = measureInitialJs(demoDir);
const lazyChunk = (() => {
  const file = readdirSync(join(demoDir, 'assets')).find((name) => /^projects-view-.*\.js$/.test(name));
  const initial = initialScripts(readFileSync(join(demoDir, 'index.html'), 'utf8')).some((src) => file && src.endsWith(file));
  const gzipKb = file ? kB(measureGzip(join(demoDir, 'assets', file))) : '—';
  return { file, initial, gzipKb };
})();
const scenarios = await startStaticServer({ root: await ensureBuild('scenarios'), basePath: '/yudongnan/scenarios/' });
// The demo build again, with 24 monthly snapshots of 2,000 projects in data/ beside index.html.
const published = await preparePublished({ demoDir });
// The peer (../shared/peers/shadcn-admin/dist), served from its own root as its README does, measured in every run.
const peer = await startPeer();
const browser = await launchBrowser();
const chromiumVersion = browser.version();

async function heapUsed(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage'); // measure what the app keeps, not garbage
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? NaN;
}

/** Seed data: navigation → KPIs, → first chart, JS bytes before the chart, heap after load. */
async function seedRun() {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(installProbe, KPI);
  await page.goto(demo.url, { waitUntil: 'load' });
  // A run where the KPIs or the chart never appear is reported as "not reached", not a crash.
  await page.waitForFunction(() => window.__bench.kpiAt !== null && window.__bench.chartAt !== null, null, { timeout: 30_000 })
    .catch(() => {});
  const { kpiAt, chartAt } = await page.evaluate(() => window.__bench);
  const jsBytes = chartAt === null ? null : await page.evaluate(jsBytesBefore, chartAt);
  await page.waitForLoadState('networkidle');
  const heap = await heapUsed(page);
  await context.close();
  return { kpiAt, chartAt, jsBytes, heap };
}

/** 10,000 projects: heap after load, and filter/export when those controls exist. */
async function scaleRun() {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  const page = await context.newPage();
  await page.addInitScript(installProbe, KPI);
  const url = new URL(scenarios.url);
  url.searchParams.set('scenario', 'scale');
  url.searchParams.set('n', '10000');
  await page.goto(url.toString(), { waitUntil: 'load' });
  await page.waitForFunction(() => window.__bench.chartAt !== null, null, { timeout: 60_000 }).catch(() => {});
  await page.waitForLoadState('networkidle');
  const heap = await heapUsed(page);

  // Both pipeline charts drawn (they sit in lazily revealed panels), then the reader's actions, one at a time.
  const panels = PIPELINE_PANELS.map((name) => page.getByRole('region', { name, exact: true }));
  const filterMs = [];
  const searchMs = [];
  const category = page.getByRole('button', { name: CATEGORY });
  const search = page.getByRole('searchbox', { name: SEARCH });
  await openFilters(page);
  await category.first().waitFor({ timeout: 30_000 }).catch(() => {});
  if (await category.count() && await search.count()) {
    for (const panel of panels) await panel.scrollIntoViewIfNeeded();
    await page.waitForFunction((names) => names.every((name) => [...document.querySelectorAll('section[aria-labelledby]')]
      .some((s) => document.getElementById(s.getAttribute('aria-labelledby'))?.textContent === name && s.querySelector('.panel-summary'))),
    PIPELINE_PANELS, { timeout: 60_000 });
    await category.first().scrollIntoViewIfNeeded();
    const handles = await Promise.all(panels.map((panel) => panel.elementHandle()));
    const measure = async (act) => {
      await page.evaluate(armViewProbe, handles);
      await act();
      await page.waitForFunction(() => window.__viewProbe.frame !== null, null, { timeout: 10_000 }).catch(() => {});
      const { text, frame } = await page.evaluate(() => window.__viewProbe);
      await page.waitForTimeout(400); // the throttled URL write lands before the next action
      return { text, frame };
    };
    await category.first().click();
    for (const name of CATEGORY_STEPS) filterMs.push(await measure(() => page.getByRole('checkbox', { name, exact: true }).click()));
    await page.keyboard.press('Escape');
    await search.first().focus();
    for (const key of KEYSTROKES) {
      searchMs.push(await measure(() => (key === 'Backspace' ? page.keyboard.press(key) : page.keyboard.insertText(key))));
    }
  }

  await context.close();
  return { heap, filterMs, searchMs };
}

/**
 * The demo and scenarios builds answer in-process, so they make no requests to count. The dev server's MSW
 * answers real fetches to /api/v1, which the browser reports: type the ten keystrokes (at a typist's pace)
 * and count the /projects requests they cause.
 */
async function devRequestsRun(devUrl) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const isProjects = (request) => new URL(request.url()).pathname.endsWith('/api/v1/projects');
  const requests = [];
  let answered = 0;
  page.on('request', (request) => { if (isProjects(request)) requests.push(request.url()); });
  // Dev only: StrictMode mounts twice, and React Query aborts the first fetch; the second is the one answered.
  page.on('requestfinished', (request) => { if (isProjects(request)) answered += 1; });
  const url = new URL(devUrl);
  url.searchParams.set('scenario', 'scale');
  url.searchParams.set('n', '10000');
  await page.goto(url.toString(), { waitUntil: 'load' });
  await openFilters(page);
  const search = page.getByRole('searchbox', { name: SEARCH });
  await search.waitFor({ timeout: 90_000 });
  await page.getByRole('region', { name: PIPELINE_PANELS[0], exact: true }).scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('.panel-summary'), null, { timeout: 90_000 });
  const onLoad = requests.length;
  const answeredOnLoad = answered;
  await search.focus();
  for (const key of KEYSTROKES) {
    await (key === 'Backspace' ? page.keyboard.press(key) : page.keyboard.insertText(key));
    await page.waitForTimeout(120);
  }
  await page.waitForTimeout(1500);
  const typed = await search.inputValue();
  await context.close();
  return { onLoad, answeredOnLoad, duringTyping: requests.length - onLoad, typed };
}

const seed = [];
const scale = [];
const projects = [];
const searches = [];
const exportRuns = [];
const presenter = [];
const ledgers = [];
const publishedRuns = [];
const peerRuns = [];
const devFirstChart = [];
const ledgerFile = benchLedger();
let devRequests;
try {
  for (let run = 1; run <= RUNS; run++) {
    seed.push(await seedRun());
    scale.push(await scaleRun());
    projects.push(await runProjects({ browser, url: scenarios.url, viewport: VIEWPORT, kpiRegion: KPI.region, category: CATEGORY, steps: CATEGORY_STEPS }));
    searches.push(await searchRun({ browser, url: scenarios.url, viewport: VIEWPORT }));
    exportRuns.push(await exportRun({ browser, url: demo.url, viewport: VIEWPORT }));
    presenter.push(await presenterRun({ browser, url: demo.url, scenariosUrl: scenarios.url, viewport: VIEWPORT }));
    ledgers.push(await ledgerRun({ browser, url: demo.url, viewport: VIEWPORT, buffer: ledgerFile }));
    publishedRuns.push(await publishedRun({ browser, url: published.url, demoUrl: demo.url, viewport: VIEWPORT, manifest: published.manifest }));
    peerRuns.push(await peerRun({ browser, targets: { demo: demo.url, published: published.url, peer: peer.url } }));
    process.stderr.write(`run ${run}/${RUNS} done\n`);
  }
  const dev = await startDevServer();
  try {
    // A warm server: the first visit makes vite transform and cache the modules; the next ones are timed.
    await firstChart(browser, dev.url, VIEWPORT);
    for (let run = 1; run <= RUNS; run++) devFirstChart.push(await firstChart(browser, dev.url, VIEWPORT));
    devRequests = await devRequestsRun(dev.url);
  } finally {
    await dev.stop();
  }
} finally {
  await browser.close();
  await Promise.all([demo.close(), scenarios.close(), published.close(), peer.close()]);
}

const ms = (value) => `${Math.round(value)} ms`;
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
/** Every measured action of every run (an action whose result never showed is left out, and counted below). */
const samples = (runs, key, field) => runs.flatMap((run) => run[key] ?? []).map((sample) => sample[field])
  .filter((value) => typeof value === 'number' && Number.isFinite(value));
const pick = (runs, key) => runs.map((run) => run[key]).filter((value) => typeof value === 'number' && Number.isFinite(value));
const row = (label, values, format, target, missing = 'not reached') => {
  if (values.length === 0) return [label, missing, target ? `≤ ${format(target)}` : '—', ''];
  const value = median(values);
  return [label, format(value), target ? `≤ ${format(target)}` : '—', target ? (value <= target ? 'ok' : 'over') : ''];
};

console.log(`\nBench — Chromium ${chromiumVersion}, ${RUNS} cold runs, medians, ${VIEWPORT.width}×${VIEWPORT.height}\n`);
console.log(formatTable(['measure', 'median', 'target', 'status'], [
  row('navigation → all KPI figures visible', pick(seed, 'kpiAt'), ms),
  row('navigation → first chart drawn', pick(seed, 'chartAt'), ms, 400),
  row('`npm run dev`, warm server: navigation → first chart drawn', devFirstChart.filter(Number.isFinite), ms, 1500),
  row('JS transferred before first chart (gzip)', pick(seed, 'jsBytes'), kB),
  row('JS heap after load (seed data)', pick(seed, 'heap'), mb),
  row('JS heap after load (?scenario=scale&n=10000)', pick(scale, 'heap'), mb),
  row('filter change → both project charts show it @10k (summary text)', samples(scale, 'filterMs', 'text'), ms, 50),
  row('  … to the next frame (layout and paint included)', samples(scale, 'filterMs', 'frame'), ms),
  row('search keystroke → both project charts show it @10k (summary text)', samples(scale, 'searchMs', 'text'), ms, 50),
  row('  … to the next frame (layout and paint included)', samples(scale, 'searchMs', 'frame'), ms),
  devRequests
    ? ['/projects requests during 10 keystrokes (dev server, MSW)', String(devRequests.duringTyping), '0',
      devRequests.duringTyping === 0 && devRequests.answeredOnLoad === 1 ? 'ok' : 'over']
    : ['/projects requests during 10 keystrokes (dev server, MSW)', 'not reached', '0', ''],
  row('projects view: filter change → table shows it @10k', samples(projects, 'filterMs', 'text'), ms, 50),
  row('  … to the next frame (layout and paint included)', samples(projects, 'filterMs', 'frame'), ms),
  row('projects view: sort change (header press) → table shows it @10k', samples(projects, 'sortMs', 'text'), ms, 50),
  row('  … to the next frame (layout and paint included)', samples(projects, 'sortMs', 'frame'), ms),
  row('CSV of 10,000 rows: click → download starts (from node)', pick(projects, 'csvMs'), ms, 300),
  row('  … the click handler in the page (Event Timing, build + save)', pick(projects, 'csvHandlerMs'), ms, 300),
  row('p95 frame time, 5 s scripted scroll of the table @10k', pick(projects, 'scrollP95'), (v) => `${v.toFixed(1)} ms`),
  row('  median frame time during that scroll', pick(projects, 'scrollMedian'), (v) => `${v.toFixed(1)} ms`),
  row('rows in the DOM after the scroll @10k', pick(projects, 'rowsInDom'), String, 99),
  row('chart PNG 2× export: menu item click → download (stage chart)', pick(exportRuns, 'pngMs'), ms, 500),
  row('chart SVG export: menu item click → download (stage chart)', pick(exportRuns, 'svgMs'), ms, 200),
  row(`whole-view PNG: click → download (export UI ${kB(median(pick(exportRuns, 'menuChunkGzip')))}, snapdom ${kB(median(pick(exportRuns, 'snapdomGzip')))} gzip, lazy)`, pick(exportRuns, 'viewMs'), ms),
  row('print: beforeprint listeners (render everything for paper), 2 s after the KPIs', pick(presenter, 'printMs'), ms),
  row('  … on a 4× slower CPU', pick(presenter, 'printSlowMs'), ms),
  row(`  page.pdf() of the overview (${median(pick(presenter, 'pages'))} A4 pages)`, pick(presenter, 'pdfMs'), ms),
  row('print of the projects view @10k (first 500 rows): beforeprint listeners', pick(presenter, 'projectsPrintMs'), ms),
  row('big screen: navigation → first panel\'s charts drawn (1920×1080)', pick(presenter, 'screenFirstMs'), ms),
  row('  → key → next panel\'s charts drawn', pick(presenter, 'screenNextMs'), ms),
  row('ledger, 2,000-row .xlsx: file chosen → check report shown (worker read, every row checked)', pick(ledgers, 'checkedMs'), ms, 2000),
  row('  … → imported, the dashboard shows its projects', pick(ledgers, 'listedMs'), ms, 2000),
  row('  longest main-thread task while reading and checking', pick(ledgers, 'longestCheckTaskMs'), ms, 50),
  row('  longest main-thread task while the dashboard redraws with 2,000 projects', pick(ledgers, 'longestShowTaskMs'), ms, 50),
  row(`pinyin search keystroke → table shows it @10k (chunk ${kB(median(pick(searches, 'chunkGzip')))} gzip, fetched before focus in ${searches.filter((r) => r.chunkBeforeFocus).length}/${searches.length} runs)`, samples(searches, 'keystrokeMs', 'text'), ms, 50),
  ...publishedRows(publishedRuns, published),
]));
const chunkEarly = projects.filter((run) => run.chunkBeforeView > 0).length;
const chunkLoaded = projects.filter((run) => run.chunkAfterView > run.chunkBeforeView).length;
console.log(`\nProjects view is a lazy chunk: ${lazyChunk.file ?? '(no projects-view chunk found)'}, ${lazyChunk.gzipKb} gzip; `
  + `in index.html's initial scripts: ${lazyChunk.initial ? 'YES (wrong)' : 'no'}; fetched before the view was opened in `
  + `${chunkEarly}/${projects.length} runs, on opening it in ${chunkLoaded}/${projects.length}. Initial JS: ${kB(initialJs.gzip)} gzip (budget ${kB(INITIAL_JS_LIMIT)}).`);
const missed = scale.flatMap((run) => [...(run.filterMs ?? []), ...(run.searchMs ?? [])]).filter((sample) => sample.text === null).length;
if (missed) console.log(`\n${missed} measured action(s) never showed their result within 10 s; they are left out of the medians above.`);
console.log(`\n${publishedNotes(publishedRuns, published).join('\n')}`);
printPeer(peerRuns, { ours: ['demo', 'published'], peer: 'peer', initialJs: { ours: initialJs.gzip, peer: measureInitialJs(PEER_DIR).gzip } });
if (devRequests) {
  console.log(`\nDev server: ${devRequests.onLoad} /projects request(s) while loading (${devRequests.answeredOnLoad} answered; in dev,`
    + ` StrictMode's second mount aborts the first), ${devRequests.duringTyping} while typing; the box read "${devRequests.typed}".`);
}
