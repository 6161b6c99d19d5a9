/**
 * A money chart names one unit and its ticks read in it: the unit comes from the largest value the chart
 * actually plots (after filters), so a small selection reads in 万元 rather than under a fixed 亿元.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { NuqsTestingAdapter } from 'nuqs/adapters/testing';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import dataset from '../../seeds/dataset.json';
import { server } from '../../mocks/node';
import { createQueryClient } from '../../src/api/query-client';
import { projectsSchema } from '../../src/contract/schemas';
import { PipelineProgressChart } from '../../src/features/pipeline/pipeline-progress-chart';
import { PipelineStageChart } from '../../src/features/pipeline/pipeline-stage-chart';

function renderWithClient(ui: ReactNode) {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retry: false } });
  // The charts read their filters from the URL through nuqs; no filter here, so an empty one.
  return render(<NuqsTestingAdapter><QueryClientProvider client={client}>{ui}</QueryClientProvider></NuqsTestingAdapter>);
}

/** Two projects under construction, 5000万 and 3000万 in one category: the longest bar is 8000万. */
function smallSelection() {
  const projects = projectsSchema.parse(dataset.projects);
  const [a, b] = projects.items.filter((p) => p.stage === 'construction');
  const items = [{ ...a!, category: 'new-engineering' as const, plannedWan: 5_000, completedWan: 2_000 }, { ...b!, category: 'new-engineering' as const, plannedWan: 3_000, completedWan: 1_000 }];
  server.use(http.get('*/api/v1/projects', () => HttpResponse.json({ ...projects, items, total: items.length })));
}

const unitLine = async (title: string) => (await screen.findByRole('region', { name: title })).querySelector('.panel-meta');

async function stageChartInMoney() {
  const panel = await screen.findByRole('region', { name: '项目：按类别与阶段' });
  await within(panel).findByText(/个项目中/);
  await userEvent.click(within(panel).getByRole('button', { name: '投资额' }));
  return panel;
}

describe('money chart units follow the plotted data', () => {
  it('stage chart in money, whole pipeline: 亿元', async () => {
    renderWithClient(<PipelineStageChart />);
    await stageChartInMoney();
    expect(await unitLine('项目：按类别与阶段')).toHaveTextContent('单位：亿元');
  });

  it('stage chart in money, a selection up to 8000万: 万元', async () => {
    smallSelection();
    renderWithClient(<PipelineStageChart />);
    await stageChartInMoney();
    expect(await unitLine('项目：按类别与阶段')).toHaveTextContent('单位：万元');
  });

  it('progress chart: 亿元 for the whole pipeline, 万元 for a small selection', async () => {
    const { unmount } = renderWithClient(<PipelineProgressChart />);
    const title = '计划与完成投资（累计）';
    await within(await screen.findByRole('region', { name: title })).findByText(/^截至数据日/);
    expect(await unitLine(title)).toHaveTextContent('单位：亿元');
    unmount();
    smallSelection();
    renderWithClient(<PipelineProgressChart />);
    await within(await screen.findByRole('region', { name: title })).findByText(/^截至数据日/);
    expect(await unitLine(title)).toHaveTextContent('单位：万元');
  });
});
