/**
 * "What is in that bar?": a leader clicks a segment of the stage chart (or presses Enter on it) and the page
 * filters to that category and stage; the chart keeps drawing the rest, faded, and says what is selected,
 * with a link to the list; choosing the segment again clears it.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { afterEach, describe, expect, it } from 'vitest';
import dataset from '../../seeds/dataset.json';
import { createQueryClient } from '@/api/query-client';
import type { Project } from '@/contract/schemas';
import { PipelineFilters } from '@/features/pipeline/pipeline-filters';
import { PipelineStageChart } from '@/features/pipeline/pipeline-stage-chart';
import { FilteredProjectsProvider } from '../../src/projects/state/filtered';
import { chosen } from './lib/filters';

const PROJECTS = dataset.projects.items as Project[];
const inSegment = (category: string, stage: string) => PROJECTS.filter((p) => p.category === category && p.stage === stage).length;
const search = () => new URLSearchParams(window.location.search);

function renderAt(query: string, { filterBar = true } = {}) {
  window.history.replaceState(null, '', `/${query}`);
  render(
    <NuqsAdapter>
      <QueryClientProvider client={createQueryClient()}>
        <FilteredProjectsProvider>
          {filterBar ? <PipelineFilters /> : null}
          <PipelineStageChart />
        </FilteredProjectsProvider>
      </QueryClientProvider>
    </NuqsAdapter>,
  );
  return screen.getByRole('region', { name: '项目：按类别与阶段' });
}

afterEach(async () => {
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  window.history.replaceState(null, '', '/');
});

describe('cross-filtering from the stage chart (the clicks themselves: tests/e2e/cross-filter.e2e.ts, jsdom draws no bars)', () => {
  const n = inSegment('new-infrastructure', 'construction');

  it('without a selection, says how to make one', async () => {
    const chart = renderAt('');
    expect(await within(chart).findByText(/点击或按回车选择图中一段/)).toBeInTheDocument();
    expect(within(chart).queryByRole('button', { name: '清除选择' })).toBeNull();
  });

  it('a link with a selection says what is selected, links to those projects, and Clear removes it', async () => {
    expect(n).toBeGreaterThan(0);
    const chart = renderAt('?category=new-infrastructure&stage=construction&lang=zh');
    expect(await within(chart).findByText(`已选：新基建 · 在建（${n}个项目）`)).toBeInTheDocument();
    // The summary counts the selection, like every other view of the list.
    expect(await within(chart).findByText(new RegExp(`^${n}个项目中`))).toBeInTheDocument();
    expect(await chosen('阶段')).toBe('在建');
    const href = new URL(within(chart).getByRole('link', { name: '在项目清单中查看' }).getAttribute('href') ?? '', 'http://x');
    expect(Object.fromEntries(href.searchParams)).toMatchObject({ view: 'projects', category: 'new-infrastructure', stage: 'construction' });
    const entries = window.history.length;
    await userEvent.click(within(chart).getByRole('button', { name: '清除选择' }));
    await waitFor(() => expect(search().get('category')).toBeNull());
    expect(search().get('stage')).toBeNull();
    expect(search().get('lang')).toBe('zh');
    expect(window.history.length).toBe(entries + 1);
    expect(await within(chart).findByText(/点击或按回车选择图中一段/)).toBeInTheDocument();
  });

  it('names only what the data knows: a bad value in the link is never echoed as the selection', async () => {
    // Without the filter bar, which would drop the bad value from the URL: the chart alone must not echo it.
    const chart = renderAt(`?stage=${encodeURIComponent('<b>x</b>')}`, { filterBar: false });
    expect(await within(chart).findByText(/^26个项目中/)).toBeInTheDocument();
    expect(await within(chart).findByText(/点击或按回车选择图中一段/)).toBeInTheDocument();
    expect(within(chart).queryByText(/<b>/)).toBeNull();
  });
});

describe('the segment names read as words in English too', () => {
  it('counts with a space and a plural', async () => {
    const { MESSAGES } = await import('@/lib/i18n');
    const { plural } = await import('@/lib/i18n');
    const m = MESSAGES.en.pipeline.stageChart;
    expect(plural(2, m.countValue, 'en')('2')).toBe('2 projects');
    expect(plural(1, m.countValue, 'en')('1')).toBe('1 project');
    expect(plural(2, MESSAGES.zh.pipeline.stageChart.countValue, 'zh')('2')).toBe('2个');
  });
});
