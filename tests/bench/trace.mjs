// Where the first seconds go (issue 24): a Chromium trace of the first 5 s at a 4× slower CPU, of the demo build
// (built with source maps, so every CPU sample is put down to the module it ran) and of the published build, on a
// phone's screen and at 1440×900. Prints, as Markdown for docs/performance.md, each long task (over 50 ms) with
// what it ran, and the requests of those 5 s (the critical chain). `npm run bench -- --only=trace`.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { cleanEnv, ROOT, TMP } from '../e2e/lib/build.mjs';
import { launchBrowser } from '../e2e/lib/chromium.mjs';
import { startStaticServer } from '../e2e/lib/static-server.mjs';

const WINDOW_MS = 5_000;
const CPU_SLOWDOWN = 4;
const LONG_MS = 50;
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute',
  'disabled-by-default-v8.cpu_profiler', 'blink.user_timing', 'loading'];
/** Trace event names that say what a task did, besides the script it ran. */
const ACTIVITIES = { Layout: 'layout', UpdateLayoutTree: 'style', Paint: 'paint', ParseHTML: 'HTML parse',
  MajorGC: 'GC', MinorGC: 'GC', 'V8.GC_SCAVENGER': 'GC', 'v8.compile': 'compile', 'v8.compileModule': 'compile',
  'V8.CompileCode': 'compile', 'v8.parseOnBackground': 'compile', PrePaint: 'paint', Layerize: 'paint' };

/** The demo build with source maps, in its own folder (the suites' build has none). */
async function buildWithMaps() {
  const outDir = join(TMP, 'trace-demo');
  await new Promise((resolve, reject) => {
    const child = spawn('npx', ['vite', 'build', '--sourcemap', '--outDir', outDir, '--emptyOutDir'], { cwd: ROOT, env: cleanEnv(), stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build exited ${code}`))));
  });
  return outDir;
}

/** A module name for a position in a built file: the npm package, or the path under src/ (first two levels). */
function sourceMapper(dir) {
  const maps = new Map();
  const mapFor = (file) => {
    if (!maps.has(file)) {
      const path = join(dir, 'assets', file);
      maps.set(file, existsSync(`${path}.map`) ? new TraceMap(readFileSync(`${path}.map`, 'utf8')) : null);
    }
    return maps.get(file);
  };
  return (frame) => {
    const file = frame.url ? new URL(frame.url).pathname.split('/').pop() : '';
    if (!frame.url) return frame.functionName ? `(${frame.functionName})` : '(native)';
    const map = /\.js$/.test(file) ? mapFor(file) : null;
    if (!map) return file || frame.url;
    // A frame past the map's last line (a worker's wrapper, an inline bootstrap) has no source: name the file.
    let source;
    try {
      source = originalPositionFor(map, { line: frame.lineNumber + 1, column: Math.max(0, frame.columnNumber) }).source ?? '';
    } catch {
      return file;
    }
    const npm = source.match(/node_modules\/((@[^/]+\/)?[^/]+)/);
    if (npm) return npm[1];
    const local = source.match(/(src|mocks|seeds)\/(.*)$/);
    if (!local) return file;
    const parts = local[2].split('/');
    return [local[1], ...parts.slice(0, parts.length > 2 ? 2 : parts.length)].join('/');
  };
}

/** The renderer's main thread, its tasks over 50 ms, and the CPU samples in each, put down to modules. */
function analyse(events, mapFrame) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain'
    && events.some((x) => x.pid === e.pid && x.name === 'navigationStart'));
  if (!main) return { tasks: [], navigationStart: 0 };
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const navigationStart = Math.min(...events.filter((e) => e.pid === main.pid && e.name === 'navigationStart').map((e) => e.ts));
  // CPU samples: nodes and time deltas arrive in chunks, all in the profile's own (trace) clock.
  const nodes = new Map();
  const samples = [];
  let time = null;
  // Only the main thread's profile: a worker's runs in the same process under its own profile id, and its
  // samples are not the page's long tasks.
  const mainProfiles = new Set(events.filter((x) => x.pid === main.pid && x.tid === main.tid && x.name === 'Profile').map((x) => x.id));
  for (const e of events.filter((x) => x.pid === main.pid && mainProfiles.has(x.id) && (x.name === 'Profile' || x.name === 'ProfileChunk'))) {
    if (e.name === 'Profile') { time = e.args.data.startTime; continue; }
    const { cpuProfile = {}, timeDeltas = [] } = e.args.data ?? {};
    for (const node of cpuProfile.nodes ?? []) nodes.set(node.id, node);
    (cpuProfile.samples ?? []).forEach((id, i) => { time += timeDeltas[i] ?? 0; samples.push({ ts: time, id }); });
  }
  const moduleOf = new Map();
  const leafModule = (id) => {
    if (!moduleOf.has(id)) {
      let node = nodes.get(id);
      // The deepest frame that is code of the page (not the engine's own idle, program or GC pseudo-frames).
      while (node && !node.callFrame?.url && node.parent) node = nodes.get(node.parent);
      moduleOf.set(id, node ? mapFrame(node.callFrame ?? {}) : '(unknown)');
    }
    return moduleOf.get(id);
  };
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur / 1000 > LONG_MS
    && (e.ts - navigationStart) / 1000 < WINDOW_MS).map((task) => {
    const end = task.ts + task.dur;
    const inside = onMain.filter((e) => e.ts >= task.ts && e.ts < end && e.ph === 'X' && e !== task);
    const scripts = [...new Set(inside.filter((e) => e.name === 'EvaluateScript' || e.name === 'v8.evaluateModule' || e.name === 'FunctionCall')
      .map((e) => e.args?.data?.url ?? e.args?.data?.functionName).filter(Boolean).map((u) => String(u).split('/').pop()))].slice(0, 3);
    const activity = {};
    for (const e of inside) if (ACTIVITIES[e.name]) activity[ACTIVITIES[e.name]] = (activity[ACTIVITIES[e.name]] ?? 0) + e.dur / 1000;
    const counts = {};
    const mine = samples.filter((s) => s.ts >= task.ts && s.ts < end);
    for (const s of mine) { const m = leafModule(s.id); counts[m] = (counts[m] ?? 0) + 1; }
    const top = Object.entries(counts).filter(([m]) => !/^\((idle|program|garbage collector)\)$/.test(m))
      .sort((a, b) => b[1] - a[1]).slice(0, 5).map(([m, n]) => `${m} ${Math.round((100 * n) / Math.max(1, mine.length))}%`);
    return {
      start: (task.ts - navigationStart) / 1000, duration: task.dur / 1000, scripts,
      activity: Object.entries(activity).filter(([, v]) => v >= 5).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${Math.round(v)} ms`),
      modules: top,
    };
  });
  return { tasks, navigationStart };
}

async function traceOne(browser, url, viewport, mapFrame) {
  const context = await browser.newContext({ viewport, ...(viewport.width < 600 ? { isMobile: true, hasTouch: true, deviceScaleFactor: 1.75 } : {}) });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction((ms) => performance.now() >= ms, WINDOW_MS, { timeout: WINDOW_MS + 30_000, polling: 250 });
    const requests = await page.evaluate((ms) => performance.getEntriesByType('resource').filter((r) => r.startTime < ms)
      .map((r) => ({ name: new URL(r.name).pathname.split('/').pop(), type: r.initiatorType, start: r.startTime, end: r.responseEnd, bytes: r.transferSize })), WINDOW_MS);
    const chartAt = await page.evaluate(() => {
      const drawn = document.querySelector('.recharts-surface :is(path, rect):not(defs *), svg.chart-surface :is(path, rect):not(defs *)');
      return drawn ? 'drawn' : 'not drawn';
    });
    const buffer = await browser.stopTracing();
    const { traceEvents } = JSON.parse(buffer.toString('utf8'));
    return { ...analyse(traceEvents, mapFrame), requests, chartAt };
  } finally {
    await context.close();
  }
}

const fmt = (n) => String(Math.round(n));

/** Markdown: the long tasks and the requests of one trace. */
export function traceMarkdown(title, trace) {
  const total = trace.tasks.reduce((sum, t) => sum + t.duration, 0);
  const lines = [`#### ${title}: ${trace.tasks.length} long tasks, ${fmt(total)} ms in all (blocking ${fmt(trace.tasks.reduce((s, t) => s + Math.max(0, t.duration - 50), 0))} ms); a chart ${trace.chartAt} at 5 s`, '',
    '| starts at | takes | scripts | what it ran (CPU samples, by module) | besides script |', '|---|---|---|---|---|'];
  for (const t of trace.tasks) lines.push(`| ${fmt(t.start)} ms | ${fmt(t.duration)} ms | ${t.scripts.join(', ') || '—'} | ${t.modules.join(', ') || '—'} | ${t.activity.join(', ') || '—'} |`);
  lines.push('', 'Requests of the first 5 s (start → end, ms; transfer size):', '');
  for (const r of trace.requests) lines.push(`- ${r.name} (${r.type}): ${fmt(r.start)} → ${fmt(r.end)}, ${(r.bytes / 1000).toFixed(1)} kB`);
  return lines.join('\n');
}

export async function main({ preparePublished }) {
  const dir = await buildWithMaps();
  const mapFrame = sourceMapper(dir);
  const demo = await startStaticServer({ root: dir, basePath: '/yudongnan/demo/' });
  const published = await preparePublished({ demoDir: dir });
  const browser = await launchBrowser();
  const out = [];
  try {
    for (const [name, url] of [['demo', demo.url], ['published', published.url]]) {
      for (const viewport of [{ width: 412, height: 823 }, { width: 1440, height: 900 }]) {
        out.push(traceMarkdown(`${name} build, ${viewport.width}×${viewport.height}, ${CPU_SLOWDOWN}× CPU`, await traceOne(browser, url, viewport, mapFrame)));
      }
    }
  } finally {
    await browser.close();
    await Promise.all([demo.close(), published.close()]);
  }
  console.log(out.join('\n\n'));
}
