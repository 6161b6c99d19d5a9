/**
 * Every panel fails alone. Code that throws, a chart chunk that did not download, a refetch that failed:
 * each costs its own panel at most, says so in the panel's language, and a Retry in that panel recovers it.
 */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { Suspense, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { fundsQuery } from '../../src/api/queries';
import { ChartPanel } from '../../src/components/chart-panel';
import { KpiTile } from '../../src/components/kpi-tile';
import { PanelBoundary } from '../../src/components/panel-boundary';
import { Reveal } from '../../src/components/reveal';
import { FundsChart } from '../../src/features/funds/funds-chart';
import { FundsKpi } from '../../src/features/funds/funds-kpi';
import { PipelineKpi } from '../../src/features/pipeline/pipeline-kpi';
import { retryableLazy } from '../../src/lib/retryable-lazy';
import { useLanguageStore } from '../../src/stores/language-store';

// The real line chart's chunk, made to fail to download as many times as a test asks. A module loads once per
// file, so no test before the real-chart one may draw a line chart (its load count would say so).
const chunk = vi.hoisted(() => ({ failures: 0, loads: 0 }));
vi.mock('../../src/components/charts/line-chart-view', async (importOriginal) => {
  chunk.loads += 1;
  if (chunk.failures > 0) {
    chunk.failures -= 1;
    throw new TypeError('Failed to fetch dynamically imported module: line-chart-view.js');
  }
  return importOriginal();
});

function renderWithClient(ui: ReactNode) {
  // retry off: an error must show at once, not after the client's back-off.
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return { client, ...render(<NuqsAdapter><QueryClientProvider client={client}>{ui}</QueryClientProvider></NuqsAdapter>) };
}

const kpiTile = (title: string) => screen.getByRole('heading', { level: 3, name: title }).closest('article')!;

beforeEach(() => {
  // React reports every error a boundary catches on console.error; here they are the point of the test.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  useLanguageStore.setState({ lang: 'zh' });
  chunk.failures = 0;
});

describe('a panel whose code throws', () => {
  const bug = { on: true };
  function Buggy() {
    if (bug.on) throw new Error('a bug in one chart');
    return <p>drawn again</p>;
  }
  function BuggyPanel() {
    const query = useQuery(fundsQuery());
    return (
      <ChartPanel title="会出错的图表" unit="亿元" provenance="documented" query={query}
        build={() => ({ summary: '摘要', chart: <Buggy />, table: <p>表格内容</p> })} />
    );
  }

  it('shows the fallback in that panel only; the KPI beside it keeps its figure; Retry draws it again', async () => {
    bug.on = true;
    renderWithClient(<><FundsKpi /><BuggyPanel /></>);
    const panel = await screen.findByRole('region', { name: '会出错的图表' });
    const alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent('此部分未能显示');
    expect(alert).toHaveTextContent('页面其他部分不受影响');
    // The panel's frame survives: its title and its table switch are still there.
    expect(within(panel).getByRole('button', { name: '表格' })).toBeInTheDocument();
    expect(await within(kpiTile('基金')).findByText('50亿元')).toBeInTheDocument();
    expect(screen.getAllByRole('alert')).toHaveLength(1);

    bug.on = false;
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await within(panel).findByText('drawn again')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('switching a broken chart to its table tries the panel again', async () => {
    bug.on = true;
    renderWithClient(<BuggyPanel />);
    const panel = await screen.findByRole('region', { name: '会出错的图表' });
    await within(panel).findByRole('alert');
    await userEvent.click(within(panel).getByRole('button', { name: '表格' }));
    expect(await within(panel).findByText('表格内容')).toBeInTheDocument();
    expect(within(panel).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('a KPI tile that throws keeps its heading, says so in English, and the other tiles keep their figures', async () => {
    useLanguageStore.setState({ lang: 'en' });
    bug.on = true;
    renderWithClient(<><KpiTile title="Broken tile"><Buggy /></KpiTile><PipelineKpi /></>);
    const alert = within(kpiTile('Broken tile')).getByRole('alert');
    expect(alert).toHaveTextContent('This section could not be displayed');
    expect(await within(kpiTile('Total investment')).findByText('CNY 31.93 bn')).toBeInTheDocument();
    bug.on = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(within(kpiTile('Broken tile')).getByText('drawn again')).toBeInTheDocument();
  });

  it('a revealed section that is no chart panel fails alone too; Retry shows it', async () => {
    bug.on = true;
    renderWithClient(<><Reveal minHeight={100}><section aria-label="需关注"><Buggy /></section></Reveal><FundsKpi /></>);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('此部分未能显示');
    expect(await within(kpiTile('基金')).findByText('50亿元')).toBeInTheDocument();
    bug.on = false;
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect(within(screen.getByRole('region', { name: '需关注' })).getByText('drawn again')).toBeInTheDocument();
  });
});

describe('a chart chunk that fails to download', () => {
  it('retryableLazy: the error shows in the panel, and Retry calls the factory again and draws', async () => {
    const factory = vi.fn<() => Promise<{ default: () => ReactNode }>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue({ default: () => <p>chart drawn</p> });
    const { Component } = retryableLazy(factory);
    renderWithClient(<PanelBoundary><Suspense fallback={<p>loading</p>}><Component /></Suspense></PanelBoundary>);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('此部分的程序文件未能下载');
    expect(alert).toHaveTextContent('网络可能不稳定');
    expect(factory).toHaveBeenCalledTimes(1);

    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await screen.findByText('chart drawn')).toBeInTheDocument();
    expect(factory).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('the real funds chart: its chunk fails, the panel says so with Retry, and Retry loads the chunk and draws', async () => {
    chunk.failures = 1;
    const loadsBefore = chunk.loads;
    const { container } = renderWithClient(<><FundsKpi /><FundsChart /></>);
    const panel = await screen.findByRole('region', { name: '基金规模与累计投放' });
    const alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent('此部分的程序文件未能下载');
    // The panel's summary is part of its body, so it goes with the chart; the KPIs are untouched.
    expect(await within(kpiTile('基金')).findByText('50亿元')).toBeInTheDocument();
    expect(container.querySelector('.recharts-responsive-container')).toBeNull();

    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await within(panel).findByRole('figure')).toHaveAccessibleDescription(/2支基金规模为/);
    // The first real import transforms recharts, which takes a while under vitest. jsdom has no layout, so
    // recharts draws no marks here; its container in the figure shows the real chunk loaded and rendered.
    await vi.waitFor(() => expect(panel.querySelector('figure .recharts-responsive-container')).not.toBeNull(), { timeout: 15_000 });
    expect(within(panel).queryByRole('alert')).not.toBeInTheDocument();
    expect(chunk.loads - loadsBefore, 'the chunk was requested again, not served from a cached failure').toBe(2);
  }, 30_000);
});

describe('a refetch that fails after a good load', () => {
  // Only Date is faked, so the fetch time is known; MSW and the query client keep real timers.
  const FETCHED_AT = new Date(2030, 0, 2, 9, 5);

  async function loadThenFailRefetch(lang: 'zh' | 'en') {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(FETCHED_AT);
    useLanguageStore.setState({ lang });
    const view = renderWithClient(<FundsKpi />);
    const tile = kpiTile(lang === 'zh' ? '基金' : 'Funds');
    const figure = lang === 'zh' ? '50亿元' : 'CNY 5 bn';
    expect(await within(tile).findByText(figure)).toBeInTheDocument();
    vi.setSystemTime(new Date(2030, 0, 2, 11, 45));
    server.use(http.get('*/api/v1/funds', () => HttpResponse.json({ error: { code: 'down', message: 'down' } }, { status: 503 })));
    await act(() => view.client.refetchQueries());
    return { tile, figure };
  }

  it('keeps the figures and says when they were fetched (zh), then Retry clears the notice', async () => {
    const { tile, figure } = await loadThenFailRefetch('zh');
    const notice = await within(tile).findByRole('status');
    expect(notice).toHaveTextContent('更新失败，显示的是 09:05 获取的数据');
    expect(within(tile).getByText(figure)).toBeInTheDocument();
    expect(within(tile).queryByRole('alert')).not.toBeInTheDocument();

    server.resetHandlers();
    await userEvent.click(within(notice).getByRole('button', { name: '重试' }));
    await vi.waitFor(() => expect(within(tile).queryByRole('status')).not.toBeInTheDocument());
    expect(within(tile).getByText(figure)).toBeInTheDocument();
  });

  it('says it in English too', async () => {
    const { tile, figure } = await loadThenFailRefetch('en');
    expect(await within(tile).findByRole('status')).toHaveTextContent('Update failed; showing data fetched at 09:05');
    expect(within(tile).getByText(figure)).toBeInTheDocument();
  });
});
