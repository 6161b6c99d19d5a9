/**
 * A planner filters the project charts and shares the link. The filters live in the URL (nuqs, plain-React
 * adapter, jsdom's real location and history); the list is fetched once and filtered in memory.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { afterEach, describe, expect, it } from 'vitest';
import { chosen, filterButton, toggle } from './lib/filters';
import dataset from '../../seeds/dataset.json';
import { server } from '../../mocks/node';
import { createQueryClient } from '@/api/query-client';
import { filterProjects } from '@/contract/project-filter';
import type { Project, ProjectFilters } from '@/contract/schemas';
import { PipelineFilters } from '@/features/pipeline/pipeline-filters';
import { PipelineStageChart } from '@/features/pipeline/pipeline-stage-chart';
import { selectProjects, type ProjectSelection } from '../../src/projects/selection/select';
import { FilteredProjectsProvider } from '../../src/projects/state/filtered';

const PROJECTS = dataset.projects.items as Project[];
const count = (filters: ProjectFilters) => filterProjects(PROJECTS, filters).length;
const countOf = (selection: ProjectSelection) => selectProjects(PROJECTS, selection, dataset.projects.asOf).length;
/** The stage chart's generated summary starts with the number of projects it plots. */
const summary = (n: number) => new RegExp(`^${n}个项目中`);

/** Every /projects request the page makes, through MSW. */
const projectRequests: string[] = [];
server.events.on('request:start', ({ request }) => {
  if (new URL(request.url).pathname.endsWith('/projects')) projectRequests.push(request.url);
});

function renderAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  projectRequests.length = 0;
  render(
    <NuqsAdapter>
      <QueryClientProvider client={createQueryClient()}>
        <FilteredProjectsProvider>
          <PipelineFilters />
          <PipelineStageChart />
        </FilteredProjectsProvider>
      </QueryClientProvider>
    </NuqsAdapter>,
  );
  return screen.getByRole('region', { name: '项目：按类别与阶段' });
}

const search = () => window.location.search;

afterEach(async () => {
  // Let nuqs write what it still has queued (typing is throttled) before the next case sets its own URL.
  await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
  window.history.replaceState(null, '', '/');
});

describe('a planner filters the project charts and shares the link', () => {
  it('narrows the chart to a category and writes it to the URL, with no new request', async () => {
    const chart = renderAt('');
    expect(await within(chart).findByText(summary(26))).toBeInTheDocument();
    // Category names come from the data (and are our reading, so the field carries one 推断 mark).
    expect(await filterButton('类别')).toHaveAccessibleName('类别 推断 全部');
    await toggle('类别', '新工科');
    await waitFor(() => expect(search()).toBe('?category=new-engineering'));
    expect(await within(chart).findByText(summary(count({ category: 'new-engineering' })))).toBeInTheDocument();
    // A second category widens the selection (any of), written as a comma list.
    await toggle('类别', '新基建');
    await waitFor(() => expect(search()).toBe('?category=new-engineering,new-infrastructure'));
    expect(await chosen('类别')).toBe('新工科、新基建');
    const both = countOf({ category: ['new-engineering', 'new-infrastructure'] });
    expect(both).toBe(count({ category: 'new-engineering' }) + count({ category: 'new-infrastructure' }));
    expect(await within(chart).findByText(summary(both))).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '全部清除' }));
    await waitFor(() => expect(search()).toBe(''));
    expect(await within(chart).findByText(summary(26))).toBeInTheDocument();
    expect(projectRequests.map((url) => new URL(url).search)).toEqual(['']);
  });

  it('opens a shared link with its filters applied', async () => {
    // 5 projects are 在建 and 3 are 中试基地; both together leave 2 (P13, P19), which only an AND can give.
    const chart = renderAt(`?stage=construction&q=${encodeURIComponent('中试基地')}`);
    expect(await chosen('阶段')).toBe('在建');
    expect(await screen.findByRole('searchbox', { name: '搜索项目' })).toHaveValue('中试基地');
    expect(await within(chart).findByText(/^2个项目中，在建2个；/)).toBeInTheDocument();
  });

  it('says which filters of a hostile link it ignored, drops them from the URL, and shows every project', async () => {
    const q101 = 'x'.repeat(101);
    const chart = renderAt(`?stage=${encodeURIComponent('../../etc')}&park=${encodeURIComponent('<script>')}&category=x&q=${q101}&keep=1`);
    expect(await within(chart).findByText(summary(26))).toBeInTheDocument();
    const notice = (await screen.findByText(/^链接中的筛选条件无效，已忽略：/)).textContent;
    expect(notice).toBe(`链接中的筛选条件无效，已忽略：category=x，stage=../../etc，park=<script>，q=${'x'.repeat(40)}…`);
    expect(document.querySelector('script')).toBeNull();
    await waitFor(() => expect(search()).toBe('?keep=1'));
  });

  it('checks a link against the data: park=moon has a valid form but no such park, so it is reported and dropped', async () => {
    const chart = renderAt('?park=moon&stage=construction');
    const entries = window.history.length;
    expect(await within(chart).findByText(summary(count({ stage: 'construction' })))).toBeInTheDocument();
    expect(await screen.findByText('链接中的筛选条件无效，已忽略：park=moon')).toBeInTheDocument();
    await waitFor(() => expect(search()).toBe('?stage=construction'));
    // Not a new history entry: Back must not lead to the broken link again.
    expect(window.history.length).toBe(entries);
    expect(await chosen('园区')).toBe('全部');
  });

  it('filters the charts by status and by the planned-investment range typed in 亿元, stored in 万元', async () => {
    const chart = renderAt('?status=at-risk,behind');
    const late = countOf({ status: ['at-risk', 'behind'] });
    expect(late).toBeGreaterThan(0);
    expect(late).toBeLessThan(26);
    expect(await within(chart).findByText(summary(late))).toBeInTheDocument();
    expect(await chosen('状态')).toBe('预警、滞后');
    await userEvent.type(await screen.findByRole('textbox', { name: '计划投资下限（亿元）' }), '10');
    await waitFor(() => expect(new URLSearchParams(search()).get('min')).toBe('100000'));
    expect(await within(chart).findByText(summary(countOf({ status: ['at-risk', 'behind'], min: 100_000 })))).toBeInTheDocument();
  });

  it('typing replaces the history entry, throttled, and asks the server nothing', async () => {
    const chart = renderAt('');
    expect(await within(chart).findByText(summary(26))).toBeInTheDocument();
    const box = await screen.findByRole('searchbox', { name: '搜索项目' });
    const entries = window.history.length;
    // Ten keystrokes; the English names match too ("Sample project 13 · pilot plant").
    await userEvent.type(box, 'pilot plan');
    await waitFor(() => expect(new URLSearchParams(search()).get('q')).toBe('pilot plan'));
    expect(count({ q: 'pilot plan' })).toBe(3);
    expect(await within(chart).findByText(summary(3))).toBeInTheDocument();
    expect(window.history.length).toBe(entries);
    expect(projectRequests).toHaveLength(1);
  });

  it('Back after two filter changes restores the first, in the URL and the chart', async () => {
    const chart = renderAt('');
    expect(await within(chart).findByText(summary(26))).toBeInTheDocument();
    await toggle('类别', '产学研');
    await waitFor(() => expect(search()).toBe('?category=industry-academia'));
    await toggle('阶段', '在建');
    await waitFor(() => expect(search()).toBe('?category=industry-academia&stage=construction'));
    expect(await within(chart).findByText(summary(count({ category: 'industry-academia', stage: 'construction' })))).toBeInTheDocument();

    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    expect(search()).toBe('?category=industry-academia');
    expect(await within(chart).findByText(summary(count({ category: 'industry-academia' })))).toBeInTheDocument();
    expect(await chosen('阶段')).toBe('全部');
    expect(await chosen('类别')).toBe('产学研');
  });
});
