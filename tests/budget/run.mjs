// `npm run budget`: deterministic budgets fail the run (initial JS size, MSW in production,
// Lighthouse accessibility and best-practices = 100, no web fonts, no other hosts);
// Lighthouse performance is printed as a median of 3 runs but never fails (noisy machines).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireChromium } from '../e2e/lib/chromium.mjs';
import { ensureBuild } from '../e2e/lib/build.mjs';
import { startStaticServer } from '../e2e/lib/static-server.mjs';
import { formatTable, kB, median } from '../e2e/lib/table.mjs';
import { INITIAL_JS_LIMIT, measureInitialJs } from './initial-js.mjs';
import { runLighthouse } from './lighthouse.mjs';

requireChromium();
process.env.CHROME_PATH ||= '/usr/bin/chromium';
const RUNS = Number(process.env.BUDGET_RUNS || 3);

const dist = process.env.BUDGET_DIST || await ensureBuild('demo');
const failures = [];
const rows = [];

// 1. Initial JS.
const js = measureInitialJs(dist);
for (const file of js.files) rows.push(['  ' + file.src, kB(file.gzip), '', file.msw ? 'MSW CODE' : '']);
rows.push(['initial JS (gzip -9)', kB(js.gzip), `≤ ${kB(INITIAL_JS_LIMIT)}`, js.problems.length ? 'FAIL' : 'ok']);
failures.push(...js.problems);

// 1b. The ledger import stays out of it: its dialog, the model, SheetJS and papaparse load only when a planner opens it.
const LEDGER_MARKERS = [['SheetJS', /SheetJS/], ['papaparse', /papaparse|Papa\.parse/], ['the import dialog', /列的对应/]];
const initialCode = js.files.filter((f) => !f.external).map((f) => readFileSync(join(dist, f.src.replace(/^\.?\//, '').split(/[?#]/)[0]), 'utf8')).join('\n');
const inInitial = LEDGER_MARKERS.filter(([, re]) => re.test(initialCode)).map(([name]) => name);
rows.push(['ledger import in the initial JS', inInitial.length ? inInitial.join(', ') : 'none', 'none', inInitial.length ? 'FAIL' : 'ok']);
if (inInitial.length) failures.push(`the ledger import reached the initial JS: ${inInitial.join(', ')}`);

// 2. Lighthouse, mobile and desktop, against the build under a sub-path.
const server = await startStaticServer({ root: dist, basePath: '/yudongnan/demo/' });
try {
  for (const formFactor of ['mobile', 'desktop']) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await runLighthouse(server.url, formFactor));
    for (const category of ['accessibility', 'best-practices']) {
      const worst = Math.min(...runs.map((run) => run.scores[category]));
      const ok = worst === 100;
      rows.push([`lighthouse ${formFactor} ${category}`, String(worst), '= 100', ok ? 'ok' : 'FAIL']);
      if (!ok) failures.push(`${formFactor} ${category} = ${worst}: ${[...new Set(runs.flatMap((run) => run.failing.filter((line) => line.startsWith(category))))].join('; ')}`);
    }
    const performance = runs.map((run) => run.scores.performance);
    rows.push([`lighthouse ${formFactor} performance`, `${median(performance)} (runs ${performance.join(', ')})`, 'printed only', 'info']);
    const m = (key) => median(runs.map((run) => run.metrics[key]));
    rows.push([`  ${formFactor} FCP / LCP / TBT / CLS`, `${Math.round(m('fcp'))} / ${Math.round(m('lcp'))} / ${Math.round(m('tbt'))} ms / ${m('cls').toFixed(3)}`, 'printed only', 'info']);
    const fonts = [...new Set(runs.flatMap((run) => run.fonts))];
    const foreign = [...new Set(runs.flatMap((run) => run.foreign))];
    rows.push([`web font requests (${formFactor})`, String(fonts.length), '= 0', fonts.length ? 'FAIL' : 'ok']);
    rows.push([`requests to other hosts (${formFactor})`, String(foreign.length), '= 0', foreign.length ? 'FAIL' : 'ok']);
    if (fonts.length) failures.push(`web fonts requested: ${fonts.join(', ')}`);
    if (foreign.length) failures.push(`requests to other hosts: ${foreign.join(', ')}`);
  }
} finally {
  await server.close();
}

console.log(`\nBudget — demo build served at ${server.url}\n`);
console.log(formatTable(['check', 'result', 'budget', 'status'], rows));
if (failures.length) {
  console.log(`\n${failures.length} budget(s) broken:\n  - ${failures.join('\n  - ')}`);
  process.exit(1);
}
console.log('\nAll budgets met.');
