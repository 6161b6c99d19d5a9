// The peer comparison of `npm run bench` (issue 24): this project's demo and published builds beside the production
// build of a well-known dashboard (../shared/peers/shadcn-admin/dist, served as its README says), measured in the
// same run on the same machine, so that only the ratios are read (these machines are noisy). Cold browser context
// per measurement. Alone: `npm run bench -- --only=peer` (BENCH_RUNS=n for more than 5 runs).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../e2e/lib/build.mjs';
import { startStaticServer } from '../e2e/lib/static-server.mjs';
import { formatTable, kB, median } from '../e2e/lib/table.mjs';
import { measureInitialJs } from '../budget/initial-js.mjs';
import { runLighthouse } from '../budget/lighthouse.mjs';

export const PEER_DIR = join(ROOT, '..', 'shared', 'peers', 'shadcn-admin', 'dist');
export const VIEWPORTS = [{ width: 1280, height: 720 }, { width: 1440, height: 900 }, { width: 1920, height: 1080 }];
/** Lighthouse's mobile screen (moto g power), for the long tasks a phone's main thread meets. */
const PHONE = { width: 412, height: 823 };
const CPU_SLOWDOWN = 4;
const LONG_TASK_WINDOW_MS = 10_000;
export const TARGETS = { firstChart: 0.5, tbt: 0.1, lcp: 0.5, mobileScore: 95, desktopScore: 100, longTasksMs: 200 };

/**
 * In the page before any of its code: the first frame after a chart has marks drawn. recharts' surface (the peer,
 * and this project's recharts views) or this project's own SVG charts (svg.chart-surface), whichever comes first.
 */
export function installChartProbe() {
  const drawn = '.recharts-surface :is(path, rect):not(defs *), svg.chart-surface :is(path, rect):not(defs *)';
  window.__chart = { at: null };
  const observer = new MutationObserver(() => {
    if (!document.querySelector(drawn)) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__chart.at ??= performance.now(); }));
  });
  const start = () => observer.observe(document.documentElement, { childList: true, subtree: true });
  if (document.documentElement) start(); else document.addEventListener('readystatechange', start, { once: true });
}

/** In the page before any of its code: every long task (over 50 ms) from navigation on. */
export function installLongTaskProbe() {
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch { /* no Long Tasks API: the list stays empty and the row says so */ }
}

/** Navigation → first chart drawn, in a cold context. */
export async function firstChart(browser, url, viewport) {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    await page.addInitScript(installChartProbe);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__chart.at !== null, null, { timeout: 30_000 }).catch(() => {});
    return await page.evaluate(() => window.__chart.at);
  } finally {
    await context.close();
  }
}

/** The long tasks of the first 10 s at a 4× slower CPU, on a phone's screen, in a cold context. */
export async function longTasks(browser, url) {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 1.75 });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.addInitScript(installLongTaskProbe);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction((ms) => performance.now() >= ms, LONG_TASK_WINDOW_MS, { timeout: LONG_TASK_WINDOW_MS + 30_000, polling: 250 });
    const tasks = (await page.evaluate(() => window.__longTasks)).filter((task) => task.start < LONG_TASK_WINDOW_MS);
    return {
      tasks,
      total: tasks.reduce((sum, task) => sum + task.duration, 0),
      blocking: tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
    };
  } finally {
    await context.close();
  }
}

/** The targets measured side by side: name → URL. The peer is served from its own root, as its README does. */
export async function startPeer() {
  if (!existsSync(join(PEER_DIR, 'index.html'))) throw new Error(`no peer build at ${PEER_DIR} (see ../shared/peers/README.md)`);
  return startStaticServer({ root: PEER_DIR, basePath: '/' });
}

/**
 * One cold run of every figure for every target: first chart at three widths, the phone's long tasks at 4× CPU,
 * Lighthouse mobile and desktop.
 * @param {{ browser: import('playwright-core').Browser, targets: Record<string, string>, lighthouse?: boolean }} options
 */
export async function peerRun({ browser, targets, lighthouse = true }) {
  const run = {};
  for (const [name, url] of Object.entries(targets)) {
    const result = { firstChart: {}, longTasks: null, mobile: null, desktop: null };
    for (const viewport of VIEWPORTS) result.firstChart[viewport.width] = await firstChart(browser, url, viewport);
    result.longTasks = await longTasks(browser, url);
    if (lighthouse) {
      for (const formFactor of ['mobile', 'desktop']) {
        const lh = await runLighthouse(url, formFactor).catch((error) => ({ error: error.message }));
        result[formFactor] = lh.error ? null : { score: lh.scores.performance, ...lh.metrics };
      }
    }
    run[name] = result;
  }
  return run;
}

const ms = (value) => (Number.isFinite(value) ? `${Math.round(value)} ms` : 'not reached');
const finite = (values) => values.filter((value) => typeof value === 'number' && Number.isFinite(value));
const med = (values) => (finite(values).length ? median(finite(values)) : NaN);
const ratio = (ours, peer) => (Number.isFinite(ours) && Number.isFinite(peer) && peer > 0 ? ours / peer : NaN);
const times = (value) => (Number.isFinite(value) ? `${value.toFixed(2)} ×` : '—');
const verdict = (ok) => (ok === null ? '' : ok ? 'ok' : 'over');

/**
 * The table: one row per figure and target, with its median, the peer's median of the same run, the ratio and
 * whether it meets the target.
 * @param {Array<Record<string, any>>} runs
 * @param {{ ours: string[], peer: string, initialJs: Record<string, number> }} options
 */
export function peerRows(runs, { ours, peer, initialJs }) {
  const of = (name, pick) => med(runs.map((run) => (run[name] ? pick(run[name]) : NaN)));
  const rows = [];
  const peerValue = (pick) => of(peer, pick);
  const add = (label, pick, format, check) => {
    const theirs = peerValue(pick);
    for (const name of ours) {
      const value = of(name, pick);
      const r = ratio(value, theirs);
      rows.push([`${label} — ${name}`, format(value), format(theirs), times(r), ...check(value, r)]);
    }
  };
  for (const { width, height } of VIEWPORTS) {
    add(`first chart drawn, ${width}×${height}`, (t) => t.firstChart[width], ms,
      (_, r) => [`≤ ${TARGETS.firstChart} ×`, verdict(Number.isFinite(r) ? r <= TARGETS.firstChart : null)]);
  }
  add('Lighthouse mobile TBT', (t) => t.mobile?.tbt, ms, (_, r) => [`≤ ${TARGETS.tbt} ×`, verdict(Number.isFinite(r) ? r <= TARGETS.tbt : null)]);
  add('Lighthouse mobile LCP', (t) => t.mobile?.lcp, ms, (_, r) => [`≤ ${TARGETS.lcp} ×`, verdict(Number.isFinite(r) ? r <= TARGETS.lcp : null)]);
  const theirScore = peerValue((t) => t.mobile?.score);
  add('Lighthouse mobile score', (t) => t.mobile?.score, String,
    (v) => [`≥ ${TARGETS.mobileScore} and > peer`, verdict(Number.isFinite(v) ? v >= TARGETS.mobileScore && v > theirScore : null)]);
  add('Lighthouse desktop score', (t) => t.desktop?.score, String,
    (v) => [`= ${TARGETS.desktopScore}`, verdict(Number.isFinite(v) ? v >= TARGETS.desktopScore : null)]);
  add(`long tasks, first 10 s, phone at ${CPU_SLOWDOWN}× CPU: total`, (t) => t.longTasks?.total, ms,
    (v) => [`≤ ${TARGETS.longTasksMs} ms`, verdict(Number.isFinite(v) ? v <= TARGETS.longTasksMs : null)]);
  add('  … their count', (t) => t.longTasks?.tasks.length, String, () => ['—', '']);
  const peerJs = initialJs[peer];
  rows.push(['initial JS (gzip -9)', kB(initialJs.ours), kB(peerJs), times(ratio(initialJs.ours, peerJs)), '≤ 120.0 kB', verdict(initialJs.ours <= 120_000)]);
  return rows;
}

/** The long tasks of the run with the median total, target by target: when each started and how long it took. */
export function longTaskNotes(runs, names) {
  return names.map((name) => {
    const all = runs.map((run) => run[name]?.longTasks).filter(Boolean).sort((a, b) => a.total - b.total);
    const mid = all[Math.floor((all.length - 1) / 2)];
    if (!mid) return `${name}: no long tasks measured`;
    const list = mid.tasks.map((task) => `${Math.round(task.start)}+${Math.round(task.duration)}`).join(', ');
    return `${name} (run with the median total, ${Math.round(mid.total)} ms): ${list || 'none'} (start+duration, ms)`;
  });
}

export function printPeer(runs, options) {
  console.log(`\nAgainst the peer (shadcn-admin, ../shared/peers/), same run, medians of ${runs.length} cold runs\n`);
  console.log(formatTable(['figure', 'ours', 'peer', 'ratio', 'target', 'status'], peerRows(runs, options)));
  console.log(`\nLong tasks of the first 10 s (PerformanceObserver, phone, ${CPU_SLOWDOWN}× CPU):\n  ${longTaskNotes(runs, [...options.ours, options.peer]).join('\n  ')}`);
}

/** `npm run bench -- --only=peer`: the comparison alone. */
export async function main({ ensureBuild, preparePublished, launchBrowser }) {
  const runsWanted = Math.max(1, Number(process.env.BENCH_RUNS || 5));
  const demoDir = await ensureBuild('demo');
  const demo = await startStaticServer({ root: demoDir, basePath: '/yudongnan/demo/' });
  const published = await preparePublished({ demoDir });
  const peer = await startPeer();
  const browser = await launchBrowser();
  const runs = [];
  try {
    for (let i = 1; i <= runsWanted; i++) {
      runs.push(await peerRun({ browser, targets: { demo: demo.url, published: published.url, peer: peer.url } }));
      process.stderr.write(`peer run ${i}/${runsWanted} done\n`);
    }
  } finally {
    await browser.close();
    await Promise.all([demo.close(), published.close(), peer.close()]);
  }
  printPeer(runs, { ours: ['demo', 'published'], peer: 'peer', initialJs: { ours: measureInitialJs(demoDir).gzip, peer: measureInitialJs(PEER_DIR).gzip } });
}
