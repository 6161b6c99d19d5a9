/**
 * A planner filters the project charts and shares the link. The filters live in the URL (nuqs, plain-React
 * adapter, jsdom's real location and history); the list is fetched once and filtered in memory.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { afterEach, describe, expect, it } from 'vitest';
import dataset from '../../seeds/dataset.json';
import { server } from '../../mocks/node';
import { createQueryClient } from '@/api/query-client';
import { filterProjects } from '@/contract/project-filter';
import type { Project, ProjectFilters } from '@/contract/schemas';
import { PipelineFilters } from '@/features/pipeline/pipeline-filters';
import { PipelineStageChart } from '@/features/pipeline/pipeline-stage-chart';
import { FilteredProjectsProvider } from '@/stores/filtered-projects';

const PROJECTS = dataset.projects.items as Project[];
const count = (filters: ProjectFilters) => filterProjects(PROJECTS, filters).length;
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
    const category = screen.getByRole('combobox', { name: '类别 推断' });
    await within(category).findByRole('option', { name: '新工科' });
    await userEvent.selectOptions(category, '新工科');
    await waitFor(() => expect(search()).toBe('?category=new-engineering'));
    expect(await within(chart).findByText(summary(count({ category: 'new-engineering' })))).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '清除筛选' }));
    await waitFor(() => expect(search()).toBe(''));
    expect(await within(chart).findByText(summary(26))).toBeInTheDocument();
    expect(projectRequests.map((url) => new URL(url).search)).toEqual(['']);
  });

  it('opens a shared link with its filters applied', async () => {
    // 5 projects are 在建 and 3 are 中试基地; both together leave 2 (P13, P19), which only an AND can give.
    const chart = renderAt(`?stage=construction&q=${encodeURIComponent('中试基地')}`);
    expect(screen.getByRole('combobox', { name: '阶段' })).toHaveValue('construction');
    expect(screen.getByRole('searchbox', { name: '搜索项目' })).toHaveValue('中试基地');
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
    expect(screen.getByRole('combobox', { name: '园区 示例数据' })).toHaveValue('');
  });

  it('typing replaces the history entry, throttled, and asks the server nothing', async () => {
    const chart = renderAt('');
    expect(await within(chart).findByText(summary(26))).toBeInTheDocument();
    const entries = window.history.length;
    // Ten keystrokes; the English names match too ("Sample project 13 · pilot plant").
    await userEvent.type(screen.getByRole('searchbox', { name: '搜索项目' }), 'pilot plan');
    await waitFor(() => expect(new URLSearchParams(search()).get('q')).toBe('pilot plan'));
    expect(count({ q: 'pilot plan' })).toBe(3);
    expect(await within(chart).findByText(summary(3))).toBeInTheDocument();
    expect(window.history.length).toBe(entries);
    expect(projectRequests).toHaveLength(1);
  });

  it('Back after two filter changes restores the first, in the URL and the chart', async () => {
    const chart = renderAt('');
    expect(await within(chart).findByText(summary(26))).toBeInTheDocument();
    const category = screen.getByRole('combobox', { name: '类别 推断' });
    await within(category).findByRole('option', { name: '产学研' });
    await userEvent.selectOptions(category, 'industry-academia');
    await waitFor(() => expect(search()).toBe('?category=industry-academia'));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '阶段' }), 'construction');
    await waitFor(() => expect(search()).toBe('?category=industry-academia&stage=construction'));
    expect(await within(chart).findByText(summary(count({ category: 'industry-academia', stage: 'construction' })))).toBeInTheDocument();

    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    expect(search()).toBe('?category=industry-academia');
    expect(await within(chart).findByText(summary(count({ category: 'industry-academia' })))).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '阶段' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: '类别 推断' })).toHaveValue('industry-academia');
  });
});
