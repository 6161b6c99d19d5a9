/**
 * The projects view on paper (issue 14): the table and the cards draw only the rows near the viewport, so when
 * printing starts they must put the list's first rows (500 at most) in the DOM at once, in the order of the
 * screen, before startPrinting() returns (the printer lays the pages out then); a longer list gets a note that
 * it is cut, and afterprint brings the virtualised list back. The PDF itself: tests/e2e/print-projects.e2e.ts.
 */
import { act, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import dataset from '../../seeds/dataset.json';
import { server } from '../../mocks/node';
import { syntheticProjects } from '../../mocks/synthetic-projects';
import type { Projects } from '@/contract/schemas';
import { viewProjects } from '../../src/projects/selection/sort';
import { renderAppAt, settleAndResetUrl } from './lib/app';

const DATA = dataset.projects as unknown as Projects;
const MANY = syntheticProjects(800);
const PRINT_ROWS = 500;
const CAP_NOTE = '打印清单只含前500个项目（共800个）；完整清单请用「下载 CSV」。';

// jsdom lays nothing out: a 400 px box (and window) with 40 px rows draws about 20 rows, fewer than the demo's 26.
const saved = ['clientHeight', 'offsetHeight'].map((key) => [key, Object.getOwnPropertyDescriptor(HTMLElement.prototype, key)] as const);
const savedInnerHeight = window.innerHeight;
const realMatchMedia = window.matchMedia;
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 400 });
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: () => 40 });
  window.innerHeight = 400;
});
afterAll(() => {
  for (const [key, d] of saved) if (d) Object.defineProperty(HTMLElement.prototype, key, d);
  window.innerHeight = savedInnerHeight;
});
afterEach(async () => {
  window.matchMedia = realMatchMedia;
  const { stopPrinting } = await import('@/stores/print-store');
  act(() => stopPrinting());
  await settleAndResetUrl(50);
});

const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
/** Outside act, as the browser calls it: act would flush later work and hide a row that comes too late. */
function withoutAct(run: () => void) {
  const was = actEnvironment.IS_REACT_ACT_ENVIRONMENT;
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
  try { run(); } finally { actEnvironment.IS_REACT_ACT_ENVIRONMENT = was; }
}

/** The app at `search`, the list answered with `items`; resolves with the print store's switches once the count shows. */
async function openList(search: string, items: Projects['items'] = DATA.items) {
  server.use(http.get('*/api/v1/projects', () => HttpResponse.json({ ...DATA, total: items.length, items })));
  await renderAppAt(search);
  const n = items.length;
  await screen.findByText(search.includes('lang=en') ? `Showing ${n} of ${n} projects` : `显示 ${n} / ${n} 个项目`, undefined, { timeout: 5000 });
  return import('@/stores/print-store');
}

const list = () => screen.getByRole('table', { name: '项目清单，点击列标题排序' });
const rowIds = (root: HTMLElement) => [...root.querySelectorAll('[data-row-id]')].map((el) => el.getAttribute('data-row-id'));
const ordered = (items: Projects['items'], key: 'name' | 'plannedWan', dir: 'asc' | 'desc') =>
  viewProjects(items, { filters: {}, sort: { key, dir }, lang: 'zh', asOf: DATA.asOf, categories: DATA.categories, parks: DATA.parks }).map((p) => p.id);

describe('printing the projects view', () => {
  it('puts all 26 demo rows in the table at once, as table rows with no spacer, and no cap note', async () => {
    const { startPrinting, stopPrinting } = await openList('?view=projects');
    const onScreen = rowIds(list()).length;
    expect(onScreen).toBeGreaterThan(0);
    expect(onScreen, 'virtualised before the print').toBeLessThan(26);

    withoutAct(() => startPrinting());
    expect(rowIds(list())).toEqual(DATA.items.map((p) => p.id));
    const rows = list().querySelectorAll(':scope > tbody > tr');
    expect(rows).toHaveLength(26);
    expect([...rows].map((tr) => tr.getAttribute('aria-rowindex'))).toEqual(DATA.items.map((_, i) => String(i + 2)));
    expect(screen.queryByText(/^打印清单只含/)).toBeNull();

    act(() => stopPrinting());
    expect(rowIds(list()).length).toBe(onScreen);
  });

  it('prints the first 500 of 800 rows in the sort of the screen, says so, and is virtualised again after the print', async () => {
    const { startPrinting, stopPrinting } = await openList('?view=projects&sort=plannedWan.desc', MANY);
    expect(rowIds(list()).length).toBeLessThan(100);
    expect(screen.queryByText(CAP_NOTE)).toBeNull();

    withoutAct(() => startPrinting());
    expect(rowIds(list())).toEqual(ordered(MANY, 'plannedWan', 'desc').slice(0, PRINT_ROWS));
    expect(list().querySelectorAll(':scope > tbody > tr.spacer')).toHaveLength(0);
    expect(list().querySelector(':scope > tbody > tr [style]')).toBeNull();
    expect(screen.getByText(CAP_NOTE)).toHaveAttribute('data-provenance', 'illustrative');

    act(() => stopPrinting());
    expect(rowIds(list()).length).toBeLessThan(100);
    expect(list().querySelectorAll(':scope > tbody > tr.spacer').length).toBeGreaterThan(0);
    expect(screen.queryByText(CAP_NOTE)).toBeNull();
  });

  it('on a phone prints the first 500 cards in flow (no transform, no height) and the note', async () => {
    window.matchMedia = (query: string) => ({ ...realMatchMedia(query), matches: query.includes('max-width: 599.98px') });
    const { startPrinting, stopPrinting } = await openList('?view=projects&sort=name.asc', MANY);
    const cards = () => screen.getByRole('list', { name: '项目清单，点击列标题排序' });
    /** Cards placed by a transform, as the virtualiser places them. */
    const moved = () => [...cards().querySelectorAll('li')].filter((li) => li.style.transform).length;
    expect(rowIds(cards()).length).toBeLessThan(100);

    withoutAct(() => startPrinting());
    expect(rowIds(cards())).toEqual(ordered(MANY, 'name', 'asc').slice(0, PRINT_ROWS));
    expect(cards().style.height).toBe('');
    expect(moved()).toBe(0);
    expect(screen.getByText(CAP_NOTE)).toBeInTheDocument();

    act(() => stopPrinting());
    expect(rowIds(cards()).length).toBeLessThan(100);
    expect(moved()).toBeGreaterThan(0);
  });

  it('words the note in English', async () => {
    const { startPrinting } = await openList('?view=projects&lang=en', MANY);
    withoutAct(() => startPrinting());
    expect(screen.getByText('The printed list has the first 500 projects only (of 800); for the whole list, use “Download CSV”.')).toBeInTheDocument();
  });
});
