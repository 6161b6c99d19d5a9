// The meeting-room part of `npm run bench` (issue 14), on the demo build and the 10,000-project scenario:
// - print: how long the page's beforeprint listeners take (the synchronous render that puts every section and
//   chart on paper; the browser lays out the pages only after they return), at 2 s after the KPIs show, on a
//   normal and a 4× slower CPU, and how long page.pdf() then takes and how many pages it gives;
// - the projects view at 10,000: the same beforeprint time with its first 500 rows rendered for paper;
// - big screen: navigation → the first panel's charts drawn, and a → key → the next panel's charts drawn.
const KPI_VALUE = '319.3亿元';
const CHART = 'svg.recharts-surface .recharts-bar-rectangle, svg.recharts-surface .recharts-line-curve, svg.chart-surface .chart-bar, svg.chart-surface .chart-line';

/** In the page: the big-screen panel shown is `panel`, and it has drawn chart marks. */
const drawnIn = ({ panel, marks }) => (document.querySelector(`[data-panel="${panel}"]`)?.querySelectorAll(marks).length ?? 0) > 0;

/** Milliseconds the beforeprint listeners take, dispatched in the page as the browser does before printing. */
const timeBeforeprint = (page) => page.evaluate(() => {
  const started = performance.now();
  window.dispatchEvent(new Event('beforeprint'));
  const took = performance.now() - started;
  window.dispatchEvent(new Event('afterprint'));
  return took;
});

/** A fresh context at `url`, 2 s after `ready` (default: the overview's total investment) is visible. */
async function openAt(browser, url, viewport, cpu, ready = KPI_VALUE) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  if (cpu > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.goto(url, { waitUntil: 'load' });
  await page.getByText(ready).first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(2000);
  return { context, page };
}

/** One cold run of each measure; null where a step did not get there. */
export async function presenterRun({ browser, url, scenariosUrl, viewport }) {
  const result = { printMs: null, printSlowMs: null, pdfMs: null, pages: null, projectsPrintMs: null, screenFirstMs: null, screenNextMs: null };
  const step = async (name, run) => {
    try { await run(); } catch (error) { process.stderr.write(`presenter run, ${name}: ${error instanceof Error ? error.message : error}\n`); }
  };
  await step('print', async () => {
    const { context, page } = await openAt(browser, url, viewport, 1);
    result.printMs = await timeBeforeprint(page);
    const started = performance.now();
    const pdf = await page.pdf({ preferCSSPageSize: true });
    result.pdfMs = performance.now() - started;
    result.pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    await context.close();
  });
  await step('print, 4× CPU', async () => {
    const { context, page } = await openAt(browser, url, viewport, 4);
    result.printSlowMs = await timeBeforeprint(page);
    await context.close();
  });
  await step('projects print', async () => {
    const target = new URL(scenariosUrl);
    for (const [key, value] of [['scenario', 'scale'], ['n', '10000'], ['view', 'projects']]) target.searchParams.set(key, value);
    const { context, page } = await openAt(browser, target.toString(), viewport, 1, /^显示 10,000 \/ 10,000 个项目$/);
    result.projectsPrintMs = await timeBeforeprint(page);
    await context.close();
  });
  await step('big screen', async () => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    const target = new URL(url);
    target.searchParams.set('mode', 'screen');
    const started = performance.now();
    await page.goto(target.toString());
    await page.waitForFunction(drawnIn, { panel: 'overview', marks: CHART }, { timeout: 60_000 });
    result.screenFirstMs = performance.now() - started;
    const next = performance.now();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(drawnIn, { panel: 'funds', marks: CHART }, { timeout: 60_000 });
    result.screenNextMs = performance.now() - next;
    await context.close();
  });
  return result;
}
