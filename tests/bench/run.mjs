// `npm run bench`: a measuring script, not a test (it never fails on a missed target).
// Medians over cold runs — a fresh browser context, so empty cache, for every run —
// against the production builds served from a plain static host under a sub-path.
import { launchBrowser, requireChromium } from '../e2e/lib/chromium.mjs';
import { ensureBuild } from '../e2e/lib/build.mjs';
import { startStaticServer } from '../e2e/lib/static-server.mjs';
import { EXPECT } from '../e2e/lib/expectations.mjs';
import { formatTable, kB, median } from '../e2e/lib/table.mjs';
import { filterLatency, installProbe, jsBytesBefore } from './probe.mjs';

requireChromium();
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS || 5));
const KPI = { region: EXPECT.zh.kpiRegion, values: EXPECT.zh.kpiValues };
const SEARCH = '搜索项目';
const EXPORT = /导出/;
const VIEWPORT = { width: 1440, height: 900 };

const demo = await startStaticServer({ root: await ensureBuild('demo'), basePath: '/yudongnan/demo/' });
const scenarios = await startStaticServer({ root: await ensureBuild('scenarios'), basePath: '/yudongnan/scenarios/' });
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

  let filter = null;
  const search = page.getByRole('searchbox', { name: SEARCH }).or(page.getByRole('textbox', { name: SEARCH }));
  if (await search.count()) {
    const input = await search.first().elementHandle();
    filter = await page.evaluate(filterLatency, { input, query: '1' });
  }

  let exportMs = null;
  const exportButton = page.getByRole('button', { name: EXPORT }).first();
  if (await exportButton.count()) {
    const started = performance.now();
    await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), exportButton.click()]);
    exportMs = performance.now() - started;
  }
  await context.close();
  return { heap, filter, exportMs };
}

const seed = [];
const scale = [];
try {
  for (let run = 1; run <= RUNS; run++) {
    seed.push(await seedRun());
    scale.push(await scaleRun());
    process.stderr.write(`run ${run}/${RUNS} done\n`);
  }
} finally {
  await browser.close();
  await Promise.all([demo.close(), scenarios.close()]);
}

const ms = (value) => `${Math.round(value)} ms`;
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
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
  row('JS transferred before first chart (gzip)', pick(seed, 'jsBytes'), kB),
  row('JS heap after load (seed data)', pick(seed, 'heap'), mb),
  row('JS heap after load (?scenario=scale&n=10000)', pick(scale, 'heap'), mb),
  row('filter latency @10k projects', pick(scale, 'filter'), ms, 50, 'not built yet'),
  row('export time (10k projects)', pick(scale, 'exportMs'), ms, 500, 'not built yet'),
]));
