import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/api/query-client';

// The store reads the URL when its module loads, so each case loads the modules fresh at that URL.
async function renderAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  vi.resetModules();
  const [{ PipelineFilters }, { PipelineStageChart }] = await Promise.all([
    import('@/features/pipeline/pipeline-filters'),
    import('@/features/pipeline/pipeline-stage-chart'),
  ]);
  render(
    <QueryClientProvider client={createQueryClient()}>
      <PipelineFilters />
      <PipelineStageChart />
    </QueryClientProvider>,
  );
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('a planner filters the project charts and shares the link', () => {
  it('narrows the chart to a category and mirrors it in the URL', async () => {
    await renderAt('');
    const chart = screen.getByRole('region', { name: '项目：按类别与阶段' });
    expect(await within(chart).findByText(/^26个项目中/)).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '类别' }), '新工科');
    expect(window.location.search).toBe('?category=new-engineering');
    expect(await within(chart).findByText(/^2个项目中/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '清除筛选' }));
    expect(window.location.search).toBe('');
    expect(await within(chart).findByText(/^26个项目中/)).toBeInTheDocument();
  });

  it('opens a shared link with its filters applied', async () => {
    await renderAt('?stage=construction&q=%E7%A4%BA%E4%BE%8B');
    expect(screen.getByRole('combobox', { name: '阶段' })).toHaveValue('construction');
    expect(screen.getByRole('searchbox', { name: '搜索项目' })).toHaveValue('示例');
    const chart = screen.getByRole('region', { name: '项目：按类别与阶段' });
    expect(await within(chart).findByText(/^2个项目中/)).toBeInTheDocument();
  });

  it('says which filters of a garbage link it ignored, and still shows every project', async () => {
    await renderAt('?stage=%3Cscript%3E&park=moon');
    expect(screen.getByText(/筛选条件无效/).textContent).toContain('stage=<script>');
    expect(window.location.search).toBe('');
    const chart = screen.getByRole('region', { name: '项目：按类别与阶段' });
    expect(await within(chart).findByText(/^26个项目中/)).toBeInTheDocument();
  });
});
