// Journey: a leader asks "what is in that bar?". On the overview they click a segment of the stage chart:
// the page filters to its category and stage (URL, filter bar, the other chart), the chart keeps the rest
// drawn, faded, and says what is selected; its link opens the project list with exactly those rows; the
// same segment again clears it; Enter on a focused segment does what a click does.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import dataset from '../../seeds/dataset.json';
import { rowNames } from './lib/planner';
import { DESKTOP, openJourney, unexpectedProblems } from './lib/page';
import { drawnMarks, useBrowser } from './lib/steps';

const DATA = dataset.projects;
const PANEL = '项目：按类别与阶段';
const inSegment = DATA.items.filter((p) => p.category === 'new-infrastructure' && p.stage === 'construction');
const SEGMENT = `新基建·在建：${inSegment.length}个，按此筛选`;
const params = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

describe('cross-filtering from the overview stage chart', () => {
  const browser = useBrowser();

  it('a click on a stage segment filters the page, its link lists those projects, a second click clears it', async () => {
    expect(inSegment.length).toBeGreaterThan(0);
    const journey = await openJourney(browser(), inject('demoUrl'), DESKTOP);
    const { page } = journey;
    const panel = page.getByRole('region', { name: PANEL, exact: true });
    await panel.scrollIntoViewIfNeeded();
    const segment = panel.getByRole('button', { name: SEGMENT, exact: true });
    await segment.waitFor({ timeout: 20_000 });
    const marksBefore = (await drawnMarks(page))[PANEL];
    await segment.click();
    await expect.poll(() => params(page)).toMatchObject({ category: 'new-infrastructure', stage: 'construction' });
    await expect.poll(() => segment.getAttribute('aria-pressed')).toBe('true');
    await panel.getByText(`已选：新基建 · 在建（${inSegment.length}个项目）`, { exact: true }).waitFor();
    // The selection is shown in its context: every segment is still drawn.
    expect((await drawnMarks(page))[PANEL]).toBe(marksBefore);
    // The other project chart follows the filter (its summary counts the selection).
    await panel.getByRole('link', { name: '在项目清单中查看' }).click();
    await expect.poll(() => params(page).view).toBe('projects');
    const names = await rowNames(page.getByRole('region', { name: '项目清单，点击列标题排序' }));
    expect(names.sort()).toEqual(inSegment.map((p) => p.name.zh).sort());
    await page.goBack();
    await expect.poll(() => params(page).view).toBeUndefined();
    const again = page.getByRole('region', { name: PANEL, exact: true }).getByRole('button', { name: SEGMENT, exact: true });
    await again.click();
    await expect.poll(() => params(page).stage).toBeUndefined();
    expect(params(page).category).toBeUndefined();
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });

  it('Enter on a focused segment selects it', async () => {
    const journey = await openJourney(browser(), inject('demoUrl'), DESKTOP);
    const { page } = journey;
    const panel = page.getByRole('region', { name: PANEL, exact: true });
    await panel.scrollIntoViewIfNeeded();
    const segment = panel.getByRole('button', { name: SEGMENT, exact: true });
    await segment.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => params(page)).toMatchObject({ category: 'new-infrastructure', stage: 'construction' });
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });
});
