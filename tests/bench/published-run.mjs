// The published-build part of `npm run bench`: the demo build, unchanged, with a data/ folder beside index.html
// (24 monthly snapshots of 2,000 projects, tests/bench/snapshots.mjs) on the same plain static host. Cold runs,
// a fresh browser context each:
//   - navigation → first chart on the newest month, and the demo build's (no data/ on its host) in the same run;
//   - month switch → both project charts show the month, once that month's snapshot is cached (target ≤ 100 ms);
//   - the data requests (data/… or /api/…) made before the first chart: exactly data/index.json and the newest
//     snapshot.
// Part of tests/bench/run.mjs; alone: node tests/bench/published-run.mjs (BENCH_RUNS=n for more than 5 runs;
// E2E_TMP=.e2e-tmp-x for a build of its own).
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ensureBuild, TMP } from '../e2e/lib/build.mjs';
import { launchBrowser, requireChromium } from '../e2e/lib/chromium.mjs';
import { startStaticServer } from '../e2e/lib/static-server.mjs';
import { formatTable, kB, median } from '../e2e/lib/table.mjs';
import { installProbe } from './probe.mjs';
import { writeSnapshots } from './snapshots.mjs';

export const PUBLISHED = { months: 24, projects: 2000 };
const BASE_PATH = '/yudongnan/published/';
/** The month picker in the header: a <select> named 月份, option values YYYY-MM ('' = the newest). */
const MONTH_PICKER = '月份';
/** The lead charts' region, and its stage chart, drawn from the projects of the month shown. */
const LEAD_CHARTS = '进展图表';
const STAGE_CHART = '项目：按类别与阶段';
/** No KPI figure is waited for here (the published months have their own); only the charts are timed. */
const NO_KPI = { region: '关键指标', values: ['\u0000'] };
/** Cached switches per run, alternating between the other month and the newest. */
const CACHED_SWITCHES = 4;

/**
 * A copy of the demo build with a fresh data/ folder, served under its own sub-path.
 * @param {{ demoDir: string, months?: number, projects?: number }} options
 */
export async function preparePublished({ demoDir, months = PUBLISHED.months, projects = PUBLISHED.projects }) {
  const root = join(TMP, 'bench-published');
  rmSync(root, { recursive: true, force: true });
  cpSync(demoDir, root, { recursive: true });
  // A data/ the build brings (from public/) is replaced whole: these months are the only ones published here.
  const buildData = existsSync(join(root, 'data')) ? readdirSync(join(root, 'data')) : [];
  const data = await writeSnapshots(join(root, 'data'), { months, projects });
  const newest = data.manifest.months[0];
  const server = await startStaticServer({ root, basePath: BASE_PATH });
  return {
    url: server.url,
    close: server.close,
    manifest: data.manifest,
    months,
    projects,
    newestBytes: data.sizes[newest.file],
    newestGzip: gzipSync(readFileSync(join(root, 'data', newest.file)), { level: 9 }).length,
    manifestBytes: data.sizes['index.json'],
    generatedMs: data.builtMs + data.verifiedMs,
    buildData,
  };
}

/** In the page, before any app code: when the stage chart (the projects of the month) first has marks drawn. */
function installPanelProbe(name) {
  window.__panel = { at: null };
  const drawn = () => [...document.querySelectorAll('section[aria-labelledby]')].some((s) =>
    document.getElementById(s.getAttribute('aria-labelledby'))?.textContent === name
    && s.querySelector('.recharts-surface :is(path, rect):not(defs *), svg.chart-surface :is(path, rect)'));
  const observer = new MutationObserver(() => {
    if (!drawn()) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__panel.at ??= performance.now(); }));
  });
  const start = () => observer.observe(document.documentElement, { childList: true, subtree: true });
  if (document.documentElement) start(); else document.addEventListener('readystatechange', start, { once: true });
}

/**
 * A one-shot "month chosen → the lead charts show it" (as armViewProbe in probe.mjs, which starts on input events
 * only): start is the picker's input/change, or the popstate of a URL change when there is no picker; end is the
 * mutation after which every panel is drawn (has its summary sentence, .panel-summary, computed from the same
 * list as its chart in the same render) and each panel in `mustChange` has a sentence that differs from before;
 * `frame` is the first frame after it (layout and paint included).
 */
function armSwitchProbe({ lead, names, mustChange }) {
  // By title each time, inside the lead charts' region: a panel waiting for its month may be a new element.
  const summaries = () => names.map((name) => [...lead.querySelectorAll('section[aria-labelledby]')]
    .find((s) => document.getElementById(s.getAttribute('aria-labelledby'))?.textContent === name)
    ?.querySelector('.panel-summary')?.textContent ?? '');
  const before = summaries();
  const probe = { start: null, text: null, frame: null };
  const types = ['input', 'change', 'popstate'];
  const onEvent = (event) => { probe.start ??= event.timeStamp; };
  for (const type of types) window.addEventListener(type, onEvent, true);
  const observer = new MutationObserver(() => {
    if (probe.start === null || probe.text !== null) return;
    const now = summaries();
    if (!now.every((text, i) => text !== '' && (!mustChange[i] || text !== before[i]))) return;
    probe.text = performance.now() - probe.start;
    observer.disconnect();
    for (const type of types) window.removeEventListener(type, onEvent, true);
    requestAnimationFrame(() => setTimeout(() => { probe.frame = performance.now() - probe.start; }));
  });
  observer.observe(lead, { childList: true, subtree: true, characterData: true });
  window.__switchProbe = probe;
}

/** Data requests (data/… or /api/…) the page has made, with when they started (ms since navigation). */
function dataRequests() {
  return performance.getEntriesByType('resource')
    .filter((entry) => /\/data\/|\/api\//.test(new URL(entry.name).pathname))
    .map((entry) => ({ url: entry.name, start: entry.startTime, end: entry.responseEnd, bytes: entry.transferSize || entry.encodedBodySize }));
}

/** The demo build: navigation → first chart, and the stage chart, in a cold context. */
async function demoFirstChart(browser, url, viewport) {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    await page.addInitScript(installProbe, NO_KPI);
    await page.addInitScript(installPanelProbe, STAGE_CHART);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench.chartAt !== null && window.__panel.at !== null, null, { timeout: 30_000 }).catch(() => {});
    return { chartAt: await page.evaluate(() => window.__bench.chartAt), panelAt: await page.evaluate(() => window.__panel.at) };
  } finally {
    await context.close();
  }
}

/**
 * One cold run: the demo's first chart, then the published build's, its data requests, and month switches.
 * @param {{ browser: import('playwright-core').Browser, url: string, demoUrl: string, viewport: { width: number, height: number }, manifest: { months: { month: string, file: string }[] } }} options
 */
export async function publishedRun({ browser, url, demoUrl, viewport, manifest }) {
  const demo = await demoFirstChart(browser, demoUrl, viewport);
  const newest = manifest.months[0].month;
  // A year back: not the month the comparison with the previous one loads anyway, so its first switch is uncached.
  const other = (manifest.months[12] ?? manifest.months.at(-1)).month;
  const result = {
    demoChartAt: demo.chartAt, demoPanelAt: demo.panelAt, chartAt: null, panelAt: null, before: [], after: [],
    failed: [], picker: null, newest, other, firstSwitch: null, cached: [], problems: [],
  };
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    page.on('requestfailed', (request) => {
      if (/\/data\/|\/api\//.test(new URL(request.url()).pathname)) result.failed.push(`${request.url()} (${request.failure()?.errorText})`);
    });
    await page.addInitScript(installProbe, NO_KPI);
    await page.addInitScript(installPanelProbe, STAGE_CHART);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench.chartAt !== null && window.__panel.at !== null, null, { timeout: 30_000 }).catch(() => {});
    result.chartAt = await page.evaluate(() => window.__bench.chartAt);
    result.panelAt = await page.evaluate(() => window.__panel.at);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const requests = await page.evaluate(dataRequests);
    const cut = result.chartAt ?? Infinity;
    const rel = (request) => ({ ...request, url: request.url.slice(url.length) });
    result.before = requests.filter((r) => r.start <= cut).map(rel);
    result.after = requests.filter((r) => r.start > cut).map(rel);
    if (result.chartAt === null) return result;

    // The lead charts (进展图表: the stage chart, then the progress curve or, with published months, the trend),
    // drawn with their summaries; they sit in lazily revealed panels.
    const lead = page.getByRole('region', { name: LEAD_CHARTS, exact: true });
    await lead.scrollIntoViewIfNeeded();
    await page.waitForFunction(({ name, stage }) => {
      const section = [...document.querySelectorAll('section[aria-labelledby]')]
        .find((s) => document.getElementById(s.getAttribute('aria-labelledby'))?.textContent === name);
      const panels = section ? [...section.querySelectorAll('section[aria-labelledby]')] : [];
      return panels.length >= 2 && panels.every((p) => p.querySelector('.panel-summary'))
        && panels.some((p) => document.getElementById(p.getAttribute('aria-labelledby'))?.textContent === stage);
    }, { name: LEAD_CHARTS, stage: STAGE_CHART }, { timeout: 30_000 });
    const leadHandle = await lead.elementHandle();
    result.panels = await lead.evaluate((section) => [...section.querySelectorAll('section[aria-labelledby]')]
      .map((p) => document.getElementById(p.getAttribute('aria-labelledby'))?.textContent ?? ''));
    const summaries = () => lead.evaluate((section, names) => names.map((name) => [...section.querySelectorAll('section[aria-labelledby]')]
      .find((s) => document.getElementById(s.getAttribute('aria-labelledby'))?.textContent === name)
      ?.querySelector('.panel-summary')?.textContent ?? ''), result.panels);
    // Until the first switch shows which lead charts draw the month shown, the stage chart is the one that must.
    let mustChange = result.panels.map((name) => name === STAGE_CHART);
    const picker = page.getByRole('combobox', { name: MONTH_PICKER, exact: true });
    result.picker = (await picker.count()) ? 'select' : 'url';
    /** The picker when there is one; else the URL, as Back and Forward change it (nuqs follows popstate). */
    const choose = async (month) => {
      if (result.picker === 'select') return picker.first().selectOption(month === newest ? '' : month);
      return page.evaluate((value) => {
        const next = new URL(location.href);
        if (value) next.searchParams.set('month', value); else next.searchParams.delete('month');
        history.pushState(history.state, '', next);
        window.dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
      }, month === newest ? '' : month);
    };
    const measure = async (month) => {
      await page.evaluate(armSwitchProbe, { lead: leadHandle, names: result.panels, mustChange });
      await choose(month);
      await page.waitForFunction(() => window.__switchProbe.frame !== null, null, { timeout: 10_000 }).catch(() => {});
      const { text, frame } = await page.evaluate(() => window.__switchProbe);
      const shown = await page.evaluate(() => new URL(location.href).searchParams.get('month'));
      if (text === null) result.problems.push(`switch to ${month}: the charts did not show it within 10 s`);
      if ((shown ?? newest) !== month) result.problems.push(`switch to ${month}: the URL reads ?month=${shown}`);
      // Whatever the switch set off (the comparison with the month before it, prefetches) settles first.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(400);
      return { month, text, frame };
    };
    const atNewest = await summaries();
    result.firstSwitch = await measure(other);
    const atOther = await summaries();
    // From now on every lead chart whose sentence differs between the two months must show the switch.
    mustChange = atNewest.map((text, i) => text !== atOther[i]);
    if (!mustChange.some(Boolean)) {
      result.problems.push(`no lead chart's sentence differs between ${newest} and ${other}: the cached switches are timed on the stage chart anyway`);
      mustChange = result.panels.map((name) => name === STAGE_CHART);
    }
    result.changing = result.panels.filter((_, i) => mustChange[i]);
    for (let i = 0; i < CACHED_SWITCHES; i++) result.cached.push(await measure(i % 2 === 0 ? newest : other));
    const all = await page.evaluate(dataRequests);
    result.snapshotsRead = [...new Set(all.map((r) => new URL(r.url).pathname.split('/').pop()))];
  } catch (error) {
    result.problems.push(String(error?.message ?? error).split('\n')[0]);
  } finally {
    await context.close();
  }
  return result;
}

const ms = (value) => `${Math.round(value)} ms`;
const pick = (runs, key) => runs.map((run) => run[key]).filter((value) => typeof value === 'number' && Number.isFinite(value));
const row = (label, values, format, target) => {
  if (values.length === 0) return [label, 'not reached', target ? `≤ ${format(target)}` : '—', ''];
  const value = median(values);
  return [label, format(value), target ? `≤ ${format(target)}` : '—', target ? (value <= target ? 'ok' : 'over') : ''];
};
/** data/2026-10.json?v=… → 2026-10.json */
const fileOf = (request) => request.url.replace(/^data\//, '').replace(/\?.*$/, '');
const expectedBefore = (prepared) => ['index.json', prepared.manifest.months[0].file];
const sameList = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The bench's rows for these runs (the columns of run.mjs's table: measure, median, target, status). */
export function publishedRows(runs, prepared) {
  const label = `${prepared.months} months × ${prepared.projects.toLocaleString('en')} projects`;
  const expected = expectedBefore(prepared);
  const right = runs.filter((run) => sameList(run.before.map(fileOf).sort(), [...expected].sort())).length;
  const counts = runs.map((run) => run.before.length);
  const cached = runs.flatMap((run) => run.cached);
  const first = runs.map((run) => run.firstSwitch).filter(Boolean);
  const numbers = (list, field) => list.map((s) => s[field]).filter((v) => typeof v === 'number');
  const other = runs.find((run) => run.other)?.other ?? '?';
  return [
    row(`published build (${label}): navigation → first chart drawn, newest month`, pick(runs, 'chartAt'), ms),
    row('  demo build, same runs: navigation → first chart drawn', pick(runs, 'demoChartAt'), ms, 400),
    row('  published: navigation → stage chart drawn (the month\'s projects)', pick(runs, 'panelAt'), ms),
    row('  demo build, same runs: navigation → stage chart drawn', pick(runs, 'demoPanelAt'), ms),
    row(`published: month switch, snapshot cached → the lead charts show the month (summary text; ${other} ⇄ newest)`, numbers(cached, 'text'), ms, 100),
    row('  … to the next frame (layout and paint included)', numbers(cached, 'frame'), ms),
    row(`  first switch to ${other} (not loaded yet: fetch, hash check, parse) → the lead charts show it`, numbers(first, 'text'), ms),
    [`published: data requests before the first chart (${runs.length ? `${right}/${runs.length} runs exactly` : 'no runs'} ${expected.join(' + ')})`,
      runs.length ? String(median(counts)) : 'not reached', `2 (${expected.join(', ')})`, runs.length && right === runs.length ? 'ok' : 'over'],
  ];
}

/** What the rows cannot say: the requests themselves, sizes, how the switch was made, anything that went wrong. */
export function publishedNotes(runs, prepared) {
  const notes = [];
  const expected = expectedBefore(prepared);
  const pickers = [...new Set(runs.map((run) => run.picker).filter(Boolean))];
  notes.push(`Published build: data/ of ${prepared.months} snapshots × ${prepared.projects.toLocaleString('en')} projects, newest `
    + `${(prepared.newestBytes / 1e6).toFixed(2)} MB (${kB(prepared.newestGzip)} gzip), index.json ${kB(prepared.manifestBytes)}; `
    + `generated and checked against the contract in ${Math.round(prepared.generatedMs)} ms. Month switched with `
    + `${pickers.length ? pickers.map((p) => (p === 'select' ? `the ${MONTH_PICKER} picker (<select>)` : `the URL (?month=, popstate: no ${MONTH_PICKER} picker found)`)).join(' / ') : 'nothing (no run got that far)'}.`);
  if (prepared.buildData.length) {
    notes.push(`  The build ships data/${prepared.buildData.join(', data/')} of its own (public/data/): the demo host serves that; `
      + 'the published copy has data/ replaced whole by the months above.');
  }
  const timed = (list) => list.map((r) => `${fileOf(r)} ${Math.round(r.start)}–${Math.round(r.end)} ms`).join(', ') || 'none';
  runs.forEach((run, i) => {
    const before = run.before.map(fileOf);
    const wrong = !sameList([...before].sort(), [...expected].sort());
    notes.push(`  run ${i + 1}: before the first chart (${run.chartAt === null ? 'never drawn' : ms(run.chartAt)}): ${timed(run.before)}`
      + `${wrong ? `  ← expected exactly ${expected.join(' + ')}` : ''}; after it, until the network was idle: ${timed(run.after)}`
      + `${run.failed.length ? `; failed: ${run.failed.join(', ')}` : ''}`);
    if (run.panels) {
      notes.push(`    lead charts: ${run.panels.join(' / ')}; showing the month (sentence differs ${run.newest} vs ${run.other}): `
        + `${run.changing?.join(' / ') || 'none'}; switches (ms to summary): first ${run.firstSwitch?.text == null ? '—' : Math.round(run.firstSwitch.text)}, `
        + `cached ${run.cached.map((c) => (c.text == null ? '—' : `${Math.round(c.text)}`)).join(' ')}; files read by the end: ${run.snapshotsRead?.join(', ') ?? '—'}`);
    }
    for (const problem of run.problems) notes.push(`    problem: ${problem}`);
  });
  return notes;
}

/** This part alone: `node tests/bench/published-run.mjs`, or `npm run bench -- --only=published`. */
export async function main() {
  requireChromium();
  const RUNS = Math.max(5, Number(process.env.BENCH_RUNS || 5));
  const VIEWPORT = { width: 1440, height: 900 };
  const demoDir = await ensureBuild('demo');
  const demo = await startStaticServer({ root: demoDir, basePath: '/yudongnan/demo/' });
  const prepared = await preparePublished({ demoDir });
  const browser = await launchBrowser();
  const chromiumVersion = browser.version();
  const runs = [];
  try {
    for (let run = 1; run <= RUNS; run++) {
      runs.push(await publishedRun({ browser, url: prepared.url, demoUrl: demo.url, viewport: VIEWPORT, manifest: prepared.manifest }));
      process.stderr.write(`run ${run}/${RUNS} done\n`);
    }
  } finally {
    await browser.close();
    await Promise.all([demo.close(), prepared.close()]);
  }
  console.log(`\nBench (published build) — Chromium ${chromiumVersion}, ${RUNS} cold runs, medians, ${VIEWPORT.width}×${VIEWPORT.height}\n`);
  console.log(formatTable(['measure', 'median', 'target', 'status'], publishedRows(runs, prepared)));
  console.log(`\n${publishedNotes(runs, prepared).join('\n')}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
