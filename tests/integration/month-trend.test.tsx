/**
 * The month trend against the real contract (MSW): with two or more published months the second lead chart is the
 * trend of their published totals, a derived figure with its formula; with one month (or none) the illustrative
 * progress curve shows instead, still marked, and nothing claims a change.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { NuqsTestingAdapter } from 'nuqs/adapters/testing';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import dataset from '../../seeds/dataset.json';
import { server } from '../../mocks/node';
import { createQueryClient } from '../../src/api/query-client';
import { ProgressOrTrend } from '../../src/app/progress-or-trend';
import type { MonthEntry, Provenance } from '../../src/contract/schemas';
import { MonthTrendChart } from '../../src/features/trend/month-trend-chart';
import { useLanguageStore } from '../../src/stores/language-store';
import { spaced } from '../lib/spaces';

const TREND = '逐月累计完成投资与项目状态';
const PROGRESS = '计划与完成投资（累计）';

function renderWithClient(ui: ReactNode) {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retry: false } });
  return render(<NuqsTestingAdapter><QueryClientProvider client={client}>{ui}</QueryClientProvider></NuqsTestingAdapter>);
}

function month(id: string, asOf: string, completedWan: number, behind: number, file?: string): MonthEntry {
  return {
    month: id, asOf, source: { ...dataset.projects.source, kind: 'ledger', date: asOf }, ...(file ? { file } : {}),
    totals: {
      count: 26, plannedWan: 3_193_000, completedWan, annualPlanWan: 0, annualCompletedWan: 0,
      status: { 'not-started': 4, 'on-track': 14 - behind, 'at-risk': 3, behind, done: 5 },
    },
  };
}

/** The projects of the newest month, with every published month's totals; newest first, as the contract lists them. */
function serve(months: MonthEntry[], provenance: Provenance = 'documented') {
  const items = dataset.projects.items.map((p) => ({ ...p, provenance }));
  const body = { ...dataset.projects, items, month: months[0]?.month, months };
  server.use(http.get('*/api/v1/projects', () => HttpResponse.json(body)));
}

// September names its snapshot file; July was not published.
const THREE = [
  month('2026-10', '2026-10-31', 900_000, 3),
  month('2026-09', '2026-09-30', 800_000, 2, '2026-09.json'),
  month('2026-06', '2026-06-30', 500_000, 1),
];

const region = (name: string) => screen.findByRole('region', { name });

afterEach(() => useLanguageStore.setState({ lang: 'zh' }));

describe('the month trend', () => {
  it('with published months: the trend replaces the illustrative curve, derived, dated as the newest month', async () => {
    serve(THREE);
    renderWithClient(<ProgressOrTrend />);
    const panel = await region(TREND);
    expect(within(panel).getByRole('heading', { level: 3, name: TREND })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: PROGRESS })).not.toBeInTheDocument();
    // One sentence from the first and the last month, amounts in 亿元 from the one formatter.
    expect(await within(panel).findByText('2026年6月至2026年10月的3个已发布月份中，累计完成投资从50亿元到90亿元（完成率15.7%→28.2%），滞后项目从1个到3个。')).toBeInTheDocument();
    // Derived, with its formula in words; not illustrative.
    expect(within(panel).getByText('计算值')).toBeInTheDocument();
    expect(within(panel).getByText(/各项目「总投资」「累计完成」之和/)).toBeInTheDocument();
    expect(within(panel).queryByText(/示例数据/)).not.toBeInTheDocument();
    expect(panel).toHaveAttribute('data-provenance', 'derived');
    // The gap is named, not filled.
    expect(within(panel).getByText(/未发布的月份（2026年7月和2026年8月）/)).toBeInTheDocument();
    expect(panel.querySelector('.panel-meta')).toHaveTextContent(/单位：亿元 · 数据截至 2026年10月31日/);
    // jsdom lays nothing out, so recharts draws no ticks here: the summary is the figure's description.
    expect(within(panel).getByRole('figure')).toHaveAccessibleDescription(/2026年6月至2026年10月/);
  });

  it('its table lists each month with figures in 亿元, each with its formula', async () => {
    serve(THREE);
    renderWithClient(<MonthTrendChart />);
    const panel = await region(TREND);
    await userEvent.click(within(panel).getByRole('button', { name: '表格' }));
    const table = await within(panel).findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 3);
    // The month after the gap carries the axis's mark and says what it means.
    const september = within(table).getByRole('row', { name: /⋯2026年9月（此前2个月未发布）/ });
    const completed = within(september).getByRole('button', { name: '80亿元' });
    expect(completed).toHaveAccessibleDescription(/算式：2026年9月已发布台账（data\/2026-09\.json）中各项目「累计完成」之和/);
    expect(within(table).getByRole('columnheader', { name: /滞后/ })).toHaveTextContent('计算值');
  });

  it('switches to the projects by status, counted in 个', async () => {
    serve(THREE);
    renderWithClient(<MonthTrendChart />);
    const panel = await region(TREND);
    await within(panel).findByText(/已发布月份中/);
    const status = within(panel).getByRole('button', { name: '项目状态' });
    await userEvent.click(status);
    expect(status).toHaveAttribute('aria-pressed', 'true');
    expect(panel.querySelector('.panel-meta')).toHaveTextContent('单位：个');
  });

  it('reads in English', async () => {
    useLanguageStore.setState({ lang: 'en' });
    serve(THREE);
    renderWithClient(<MonthTrendChart />);
    const panel = await region('Month by month: investment to date and project status');
    expect(await within(panel).findByText(spaced(/^Over 3 published months \(Jun 2026 to Oct 2026\), investment to date went from CNY 5 bn to CNY 9 bn/))).toBeInTheDocument();
    expect(within(panel).getByText('derived', { exact: false, selector: '.badge' })).toBeInTheDocument();
  });

  it('records that are a guess make the trend one too: marked 示例数据, not 计算值', async () => {
    serve(THREE, 'illustrative');
    renderWithClient(<MonthTrendChart />);
    const panel = await region(TREND);
    await within(panel).findByText(/已发布月份中/);
    expect(panel).toHaveAttribute('data-provenance', 'illustrative');
    expect(within(panel).queryByText('计算值')).not.toBeInTheDocument();
  });
});

describe('one month claims no change', () => {
  it('with one published month the illustrative curve shows, marked, and no trend', async () => {
    serve(THREE.slice(0, 1));
    renderWithClient(<ProgressOrTrend />);
    const panel = await region(PROGRESS);
    expect(within(panel).getByText('示例数据')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: TREND })).not.toBeInTheDocument();
  });

  it('with no months at all (the demo) the illustrative curve shows', async () => {
    renderWithClient(<ProgressOrTrend />);
    expect(await region(PROGRESS)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: TREND })).not.toBeInTheDocument();
  });

  it('the trend panel alone, given one month, draws nothing', async () => {
    serve(THREE.slice(0, 1));
    renderWithClient(<MonthTrendChart />);
    const panel = await region(TREND);
    expect(await within(panel).findByText('暂无数据')).toBeInTheDocument();
    expect(within(panel).queryByText(/已发布月份中/)).not.toBeInTheDocument();
  });
});
