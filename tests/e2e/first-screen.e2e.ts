// Journey: a leader opens the overview and reads it without scrolling. At 1920×1080 and 1440×900 the first
// screen holds the verdict, the headline figures and the two pipeline charts, drawn; at 390×844 the verdict,
// the four headline figures and the 需关注 count with its link. At 1280×720 the panels further down arrive by
// themselves within a few seconds (when the browser is idle), with no scroll and no fixed 8 s wait; their charts
// draw when the reader comes near them (issue 24).
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import dataset from '../../seeds/dataset.json';
import type { PolicyTask, Project } from '../../src/contract/schemas';
import { projectsNeedingAttention, tasksNeedingAttention } from '../../src/features/attention/attention-logic';
import { pipelineStats } from '../../src/features/pipeline/pipeline-logic';
import { TASK_STATUS_ORDER, tasksByStatus } from '../../src/features/policy/policy-logic';
import { assessRate } from '../../src/lib/schedule';
import { STATUS_ICON } from '../../src/lib/status-labels';
import { expectAccessible } from './lib/axe';
import { openJourney, unexpectedProblems } from './lib/page';
import { drawnMarks, useBrowser } from './lib/steps';

const LEAD_CHARTS = ['项目：按类别与阶段', '计划与完成投资（累计）'];
const BELOW_CHARTS = ['基金规模与累计投放', '分产业招商引资：签约与落地', '能源项目规模与阶段', '第一批政策任务进度'];
const HEADLINES = ['319.3亿元', '50亿元', '15亿元', '300亿元以上'];
const PROJECTS = projectsNeedingAttention(dataset.projects.items as unknown as Project[], dataset.projects.asOf).length;
const TASKS = tasksNeedingAttention(dataset.policyTasks.tasks as unknown as PolicyTask[], dataset.policyTasks.asOf).length;
// 年度投资完成率 against 序时进度, by the projects' rule: the words the rate tile must show (▲ 预警 · 落后13.6个百分点).
const STATS = pipelineStats(dataset.projects.items as unknown as Project[], dataset.projects.asOf);
const RATE = assessRate(STATS.annualRate, STATS.timeShare);
const RATE_WORDS: Record<string, string> = { 'on-track': '正常', 'at-risk': '预警', behind: '滞后' };
const TASK_COUNTS = tasksByStatus(dataset.policyTasks.tasks as unknown as PolicyTask[], dataset.policyTasks.asOf);
const TASK_WORDS: Record<string, string> = { done: '已完成', 'on-track': '正常', 'at-risk': '预警', behind: '滞后', 'not-started': '未开始' };

const SCREENS = [
  { width: 1920, height: 1080, charts: true },
  { width: 1440, height: 900, charts: true },
  { width: 390, height: 844, charts: false },
];

/** Exact text, but a no-break space (or any space) may sit anywhere in it: 319.3亿元 matches "319.3\u00a0亿元". */
const spread = (text: string) => [...text].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\u00a0\\u202f]*');
const loose = (text: string) => new RegExp(`^${spread(text)}$`);
/** The same, anywhere in an element's text. */
const inText = (text: string) => new RegExp(spread(text));
/** Text compared with every kind of space taken out. */
const bare = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, '');

type Box = { x: number; y: number; width: number; height: number };

/** The element is on screen and its whole box inside the viewport (never scrolled to: boundingBox does not scroll). */
async function onScreen(target: Locator, what: string, viewport: { width: number; height: number }): Promise<Box> {
  await target.waitFor({ state: 'visible', timeout: 15_000 });
  const box = await target.boundingBox();
  expect(box, `${what}: has a box`).not.toBeNull();
  const b = box as Box;
  expect.soft(b.y, `${what}: top inside the viewport`).toBeGreaterThanOrEqual(0);
  expect.soft(b.x, `${what}: left inside the viewport`).toBeGreaterThanOrEqual(0);
  expect.soft(b.y + b.height, `${what}: bottom inside the viewport`).toBeLessThanOrEqual(viewport.height);
  expect.soft(b.x + b.width, `${what}: right inside the viewport`).toBeLessThanOrEqual(viewport.width);
  return b;
}

/** Each panel's drawn marks (bars, dots, curves) that lie partly or wholly outside the viewport. */
const marksOffScreen = (page: Page, panel: string) => page.evaluate((name) => {
  const section = [...document.querySelectorAll('section[aria-labelledby]')].find((s) =>
    (s.getAttribute('aria-labelledby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent?.trim()).includes(name));
  if (!section) return -1;
  const marks = section.querySelectorAll('.recharts-bar-rectangle path, .recharts-line-dot, .recharts-line-curve, svg.chart-surface .chart-bar, svg.chart-surface .chart-line');
  return [...marks].filter((m) => {
    const r = m.getBoundingClientRect();
    return r.width + r.height > 0 && (r.top < 0 || r.left < 0 || r.bottom > window.innerHeight || r.right > window.innerWidth);
  }).length;
}, panel);

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

/**
 * Before the page loads: note which chart panels are already in the document when the KPI strip's heading first
 * appears. Drawn at once, the first-screen charts come in the same render as the strip; put off (behind a
 * reveal-on-approach), they come a render later, however soon.
 */
const watchFirstRender = (context: BrowserContext, panels: string[]) => context.addInitScript((names) => {
  const seen = window as unknown as { chartsWithKpis?: string[] };
  const headings = () => [...document.querySelectorAll('h2, h3')].map((h) => h.textContent?.trim() ?? '');
  const observer = new MutationObserver(() => {
    const present = headings();
    if (!present.includes('关键指标')) return;
    seen.chartsWithKpis = names.filter((name) => present.includes(name));
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}, panels);
const chartsWithKpis = (page: Page) => page.evaluate(() => (window as unknown as { chartsWithKpis?: string[] }).chartsWithKpis);

describe('first screens, no scrolling', () => {
  const browser = useBrowser();

  it('the attention counts this journey expects are not vacuous', () => {
    expect(PROJECTS).toBeGreaterThan(0);
    expect(TASKS).toBeGreaterThan(0);
  });

  for (const viewport of SCREENS) {
    const label = `${viewport.width}×${viewport.height}`;

    it(`at ${label}: the verdict, the headline figures${viewport.charts ? ' and both pipeline charts, drawn' : ' and what needs attention'}`, async () => {
      const journey = await openJourney(browser(), inject('demoUrl'), viewport, {
        beforeLoad: async (context) => { await watchFirstRender(context, LEAD_CHARTS); },
      });
      const { page } = journey;

      const verdict = await onScreen(page.getByRole('heading', { level: 2, name: /截至2024年5月30日/ }), 'verdict', viewport);
      const kpis = page.getByRole('region', { name: '关键指标', exact: true });
      const boxes: Box[] = [];
      for (const figure of HEADLINES) boxes.push(await onScreen(kpis.getByRole('button', { name: loose(figure) }), figure, viewport));
      await onScreen(kpis.getByRole('heading', { name: '年度投资完成率', exact: true }), '年度投资完成率', viewport);
      await onScreen(kpis.getByText('序时进度', { exact: true }), '序时进度', viewport);
      // The rate's status, as a project's: icon and words, and the lag in points.
      expect(RATE.lagPts, 'the seed rate lags 序时进度 (the status is not vacuous)').toBeGreaterThan(5);
      await onScreen(kpis.getByText(`${STATUS_ICON[RATE.status]} ${RATE_WORDS[RATE.status]}`, { exact: true }), 'rate status', viewport);
      await onScreen(kpis.getByText(inText(`落后${RATE.lagPts}个百分点`)), 'rate lag', viewport);

      // 需关注: the counts the schedule rule gives, and the way to the list of those projects.
      const counts = kpis.getByText(loose(`项目${PROJECTS}个`));
      await onScreen(counts, '需关注: projects', viewport);
      await onScreen(kpis.getByText(loose(`政策任务${TASKS}项`)), '需关注: tasks', viewport);
      const link = kpis.getByRole('link', { name: '查看预警和滞后的项目' });
      const linkBox = await onScreen(link, '需关注: link', viewport);
      expect(new URL(await link.getAttribute('href') ?? '', page.url()).searchParams.get('status')).toBe('at-risk,behind');

      // Read top to bottom: the verdict first, then the figures, then what needs attention.
      expect(boxes.every((b) => b.y > verdict.y), 'the figures come under the verdict').toBe(true);
      if (!viewport.charts) expect(boxes.every((b) => b.y < linkBox.y), 'the 需关注 link comes under the figures').toBe(true);

      if (viewport.charts) {
        expect(await chartsWithKpis(page), 'the charts render with the KPI strip, not after it').toEqual(LEAD_CHARTS);
        for (const panel of LEAD_CHARTS) {
          await expect.poll(async () => (await drawnMarks(page))[panel] ?? 0, { message: `${panel}: drawn`, timeout: 10_000 }).toBeGreaterThan(0);
          expect.soft(await marksOffScreen(page, panel), `${panel}: marks outside the viewport`).toBe(0);
        }
      }

      expect(await scrollY(page), 'the page never scrolled').toBe(0);
      await expectAccessible(page, `first screen ${label}`);
      expect(unexpectedProblems(journey.problems)).toEqual([]);
      await journey.close();
    });
  }

  it('policy tasks read as progress: a bar with, in words, each status that has tasks and how many, and no zero line', async () => {
    const journey = await openJourney(browser(), inject('demoUrl'));
    const { page } = journey;
    const list = page.getByRole('region', { name: '更多指标', exact: true }).getByRole('list', { name: '按进度状态' });
    const want = TASK_STATUS_ORDER.filter((s) => TASK_COUNTS[s] > 0).map((s) => `${STATUS_ICON[s]} ${TASK_WORDS[s]} ${TASK_COUNTS[s]}项`);
    expect(TASK_STATUS_ORDER.some((s) => TASK_COUNTS[s] === 0), 'the seed has a status with no task').toBe(true);
    await expect.poll(async () => (await list.getByRole('listitem').allInnerTexts()).map(bare)).toEqual(want.map(bare));
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });

  it('at 1280×720 the panels below the fold arrive within a few seconds with no scroll (idle), and their charts draw as the reader comes to them', async () => {
    const journey = await openJourney(browser(), inject('demoUrl'), { width: 1280, height: 720 });
    const { page } = journey;
    const started = Date.now();
    await page.waitForLoadState('load');
    // Their words (the summary sentence, the table) are in the page for find-in-page and a screen reader…
    const panel = (name: string) => page.getByRole('region', { name, exact: true });
    await expect.poll(async () => {
      const missing = [];
      for (const name of BELOW_CHARTS) if (!(await panel(name).locator('.panel-summary').count())) missing.push(name);
      return missing;
    }, { message: 'panels below the fold not in the page yet', timeout: 6_000, interval: 200 }).toEqual([]);
    const took = Date.now() - started;
    expect(took, `below-the-fold panels in the page after ${took} ms`).toBeLessThan(6_000);
    await page.getByRole('region', { name: '需关注', exact: true }).waitFor({ timeout: 2_000 });
    expect(await scrollY(page), 'the page never scrolled').toBe(0);
    // …but a drawing nobody has reached is not made: that is a long task on a phone for nothing.
    const far = BELOW_CHARTS.at(-1)!;
    expect((await drawnMarks(page))[far] ?? 0, `${far}: not drawn before the reader reaches it`).toBe(0);
    for (const name of BELOW_CHARTS) {
      await panel(name).scrollIntoViewIfNeeded();
      await expect.poll(async () => (await drawnMarks(page))[name] ?? 0, { message: `${name}: drawn on approach`, timeout: 10_000 }).toBeGreaterThan(0);
    }
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });
});
