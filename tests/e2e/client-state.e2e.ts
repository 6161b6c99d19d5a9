// Journey: a planner narrows the project charts. The list is fetched once and filtered in the browser, so
// typing in the search box asks the server nothing; the filters live in the URL (nuqs), a choice is a history
// entry, and Back and Forward bring the earlier view back, charts included.
//  - Request count on the dev server: there MSW answers real fetches to /api/v1, which the browser reports
//    (the demo and scenarios builds answer in-process, so they have no request to count).
//  - Back and Forward on the production demo build, served from a sub-path.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import dataset from '../../seeds/dataset.json';
import { filterProjects } from '../../src/contract/project-filter';
import type { Project, ProjectFilters } from '../../src/contract/schemas';
import { startDevServer, type DevServer } from './lib/dev-server.mjs';
import { chosenIn, openFilters, toggleFilter } from './lib/filters';
import { openJourney, unexpectedProblems } from './lib/page';
import { useBrowser } from './lib/steps';

const COPY = {
  search: '搜索项目',
  category: '类别',
  stage: '阶段',
  industryAcademia: '产学研',
  construction: '在建',
  panels: ['项目：按类别与阶段', '计划与完成投资（累计）'],
} as const;
// Vite's own dev-time behaviour, not the app's (as in dev-server.e2e.ts).
const DEV_NOISE = [/net::ERR_ABORTED/, /Outdated Optimize Dep/, /HTTP 504/];

const PROJECTS = dataset.projects.items as unknown as Project[];
const count = (filters: ProjectFilters) => filterProjects(PROJECTS, filters).length;

const panels = (page: Page): Locator[] => COPY.panels.map((name) => page.getByRole('region', { name, exact: true }));
const panelTexts = (page: Page) => Promise.all(panels(page).map((panel) => panel.evaluate((el) => el.textContent ?? '')));
const searchParams = (page: Page) => new URL(page.url()).searchParams.toString();

/** Both project charts drawn, with the stage chart saying it plots `n` projects ("N个项目中…"). */
async function chartsShow(page: Page, n: number): Promise<string[]> {
  for (const panel of panels(page)) await panel.scrollIntoViewIfNeeded();
  await expect.poll(async () => (await panelTexts(page))[0]?.match(/(\d+)个项目中/)?.[1], { timeout: 20_000 }).toBe(String(n));
  // Settled: the same text twice in a row, in both panels (the progress chart follows in the same render).
  let last = '';
  await expect.poll(async () => {
    const now = JSON.stringify(await panelTexts(page));
    const same = now === last;
    last = now;
    return same;
  }, { timeout: 10_000, interval: 150 }).toBe(true);
  return JSON.parse(last) as string[];
}

describe('client state: the list is filtered in the browser, the filters live in the URL', () => {
  const browser = useBrowser();

  describe('on the dev server (MSW answers real /api/v1 requests)', () => {
    let server: DevServer | undefined;
    beforeAll(async () => { server = await startDevServer(); });
    afterAll(async () => { await server?.stop(); });

    it('typing 10 characters in the search box sends no /projects request', async () => {
      if (!server) throw new Error('dev server not started');
      let answered = 0;
      const journey = await openJourney(browser(), server.url, undefined, {
        beforeLoad: async (context) => {
          context.on('requestfinished', (request) => { if (new URL(request.url()).pathname === '/api/v1/projects') answered += 1; });
        },
      });
      const { page } = journey;
      const projectRequests = () => journey.requests.filter((url) => new URL(url).pathname === '/api/v1/projects');
      await chartsShow(page, 26);
      // Dev only: StrictMode mounts twice and React Query aborts the first fetch, so one request is answered.
      await expect.poll(() => answered, { message: 'answered /projects requests' }).toBe(1);
      expect(projectRequests().every((url) => new URL(url).search === ''), 'no filter in the request').toBe(true);
      const onLoad = projectRequests().length;

      await openFilters(page);
      const box = page.getByRole('searchbox', { name: COPY.search, exact: true });
      await box.pressSequentially('pilot plan', { delay: 80 }); // ten keystrokes, at a typist's pace
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('pilot plan');
      await chartsShow(page, count({ q: 'pilot plan' }));
      expect(count({ q: 'pilot plan' })).toBe(3);
      await page.waitForTimeout(500);
      expect(projectRequests().length - onLoad, 'requests for /projects while typing').toBe(0);
      expect(answered).toBe(1);
      expect(unexpectedProblems(journey.problems, DEV_NOISE)).toEqual([]);
      await journey.close();
    });
  });

  it('Back after two filter changes restores the first, in the URL and the charts; Forward the second', async () => {
    const journey = await openJourney(browser(), inject('demoUrl'));
    const { page } = journey;
    await chartsShow(page, 26);
    await toggleFilter(page, COPY.category, COPY.industryAcademia);
    await expect.poll(() => searchParams(page)).toBe('category=industry-academia');
    const first = await chartsShow(page, count({ category: 'industry-academia' }));
    await toggleFilter(page, COPY.stage, COPY.construction);
    await expect.poll(() => searchParams(page)).toBe('category=industry-academia&stage=construction');
    const second = await chartsShow(page, count({ category: 'industry-academia', stage: 'construction' }));
    expect(second).not.toEqual(first);

    await page.goBack();
    await expect.poll(() => searchParams(page)).toBe('category=industry-academia');
    expect(await chartsShow(page, count({ category: 'industry-academia' }))).toEqual(first);
    expect(await chosenIn(page, COPY.stage)).toBe('全部');
    expect(await chosenIn(page, COPY.category)).toBe(COPY.industryAcademia);

    await page.goForward();
    await expect.poll(() => searchParams(page)).toBe('category=industry-academia&stage=construction');
    expect(await chartsShow(page, count({ category: 'industry-academia', stage: 'construction' }))).toEqual(second);
    expect(await chosenIn(page, COPY.stage)).toBe(COPY.construction);
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });

  it('a shared link with park=moon says it ignored it and drops it from the URL', async () => {
    const url = new URL(inject('demoUrl'));
    url.search = '?park=moon&stage=construction';
    const journey = await openJourney(browser(), url.toString());
    const { page } = journey;
    await page.getByText('链接中的筛选条件无效，已忽略：park=moon', { exact: true }).waitFor();
    await expect.poll(() => searchParams(page)).toBe('stage=construction');
    await chartsShow(page, count({ stage: 'construction' }));
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });
});
