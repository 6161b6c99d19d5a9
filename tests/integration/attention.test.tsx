/**
 * What a leader sees in "需关注": the red and amber items worst first, each with status in words, its unit,
 * how far behind and the figures behind that number; the rule itself; and each list failing on its own.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import dataset from '../../seeds/dataset.json';
import { server } from '../../mocks/node';
import { AttentionPanel } from '../../src/features/attention/attention-panel';
import { useLanguageStore } from '../../src/stores/language-store';

function renderPanel() {
  // retry off: a failed request must show its error at once, not after the client's back-off.
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  // The plain-React nuqs adapter: the panel links to the projects view, an address in the URL.
  return render(<NuqsAdapter><QueryClientProvider client={client}><AttentionPanel /></QueryClientProvider></NuqsAdapter>);
}

const group = (name: string) => screen.getByRole('group', { name });
const PROJECTS = '项目';
const TASKS = '政策任务（第一批）';

afterEach(() => {
  act(() => useLanguageStore.getState().setLang('zh'));
  vi.useRealTimers();
});

describe('AttentionPanel', () => {
  it('is a labelled section that states its rule with the thresholds and the as-of date', async () => {
    renderPanel();
    const region = screen.getByRole('region', { name: '需关注' });
    expect(within(region).getByRole('heading', { level: 2, name: '需关注' })).toBeInTheDocument();
    expect(await within(region).findByText(/落后超过15个百分点或已逾期/)).toHaveTextContent(/落后5–15个百分点/);
    expect(await within(region).findByText(/按数据截至日2024年5月30日计算，非系统时间/)).toBeInTheDocument();
  });

  it('lists red and amber tasks, red first and furthest behind first, with unit, lag and its basis', async () => {
    renderPanel();
    const tasks = group(TASKS);
    const items = await within(tasks).findAllByRole('listitem');
    expect(items).toHaveLength(5);
    expect(within(tasks).getByText('■ 滞后3项，▲ 预警2项')).toBeInTheDocument();

    const first = items[0]!;
    expect(first).toHaveTextContent('示例任务34');
    expect(first).toHaveTextContent('■ 滞后'); // icon and word, never colour alone
    // T34: 2024-02-10 → 2024-09-13, 111 of 217 days gone by the end of 2024-05-30 (51.2%), 23% done.
    expect(first).toHaveTextContent('落后序时进度28.2个百分点');
    expect(first).toHaveTextContent(/完成\d+\.\d%，时间进度51\.2%/);
    expect(first).toHaveTextContent(/责任单位：\S+/);
    // Said once, in the panel's note, not on every row (issue 13).
    expect(within(first).queryByRole('img', { name: '示例数据' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: '需关注' })).getAllByText(/示例数据/)).toHaveLength(1);

    const order = items.map((li) => li.textContent?.match(/示例任务\d+/)?.[0]);
    expect(order).toEqual(['示例任务34', '示例任务23', '示例任务31', '示例任务18', '示例任务02']);
    expect(items[2]).toHaveTextContent('■ 滞后');
    expect(items[3]).toHaveTextContent('▲ 预警');
  });

  it('lists the red and amber projects by lag and leaves green ones out', async () => {
    renderPanel();
    const projects = group(PROJECTS);
    const items = await within(projects).findAllByRole('listitem');
    // One red project leads (P13, 15.7 points behind), then the three amber ones by lag; the rest are green or not started.
    expect(items.map((li) => li.textContent?.match(/示例项目\d+/)?.[0])).toEqual(['示例项目13', '示例项目10', '示例项目03', '示例项目14']);
    expect(items[0]).toHaveTextContent('■ 滞后');
    expect(items[0]).toHaveTextContent('落后序时进度15.7个百分点');
    for (const li of items.slice(1)) expect(li).toHaveTextContent('▲ 预警');
    expect(items[1]).toHaveTextContent('落后序时进度13.1个百分点');
    expect(within(projects).queryByText(/信阳师范学院理工学院/)).not.toBeInTheDocument();
  });

  it('computes at the data date, not the system clock', async () => {
    // Only Date is faked so MSW and Testing Library keep their real timers.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-01-01T00:00:00Z'));
    renderPanel();
    const items = await within(group(TASKS)).findAllByRole('listitem');
    expect(items).toHaveLength(5);
    expect(items[0]).toHaveTextContent('落后序时进度28.2个百分点');
  });

  it('keeps the tasks when the projects request fails, and recovers on 重试', async () => {
    server.use(http.get('*/api/v1/projects', () => HttpResponse.json({ error: { code: 'x', message: 'down' } }, { status: 500 })));
    renderPanel();
    const alert = await within(group(PROJECTS)).findByRole('alert');
    expect(within(alert).getByText('此部分数据加载失败')).toBeInTheDocument();
    expect(await within(group(TASKS)).findAllByRole('listitem')).toHaveLength(5);

    server.resetHandlers();
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await within(group(PROJECTS)).findAllByRole('listitem')).toHaveLength(4);
    expect(within(group(PROJECTS)).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the projects when the tasks come back malformed', async () => {
    server.use(http.get('*/api/v1/policy-tasks', () => HttpResponse.json({ asOf: 'yesterday', tasks: 'oops' })));
    renderPanel();
    expect(await within(group(TASKS)).findByRole('alert')).toHaveTextContent('数据格式与约定不符');
    expect(await within(group(PROJECTS)).findAllByRole('listitem')).toHaveLength(4);
  });

  it('says nothing needs attention when every item is on schedule, and 暂无数据 when there are none', async () => {
    const onTrack = dataset.policyTasks.tasks.map((t) => ({ ...t, progress: 100 }));
    server.use(
      http.get('*/api/v1/policy-tasks', () => HttpResponse.json({ ...dataset.policyTasks, tasks: onTrack })),
      http.get('*/api/v1/projects', () => HttpResponse.json({ ...dataset.projects, total: 0, items: [] })),
    );
    renderPanel();
    expect(await within(group(TASKS)).findByText('目前没有需要关注的政策任务')).toBeInTheDocument();
    expect(within(group(TASKS)).queryByRole('listitem')).not.toBeInTheDocument();
    expect(await within(group(PROJECTS)).findByText('暂无数据')).toBeInTheDocument();
  });

  it('follows the language', async () => {
    act(() => useLanguageStore.getState().setLang('en'));
    renderPanel();
    expect(screen.getByRole('region', { name: 'Needs attention' })).toBeInTheDocument();
    const items = await within(group('Policy tasks (first batch)')).findAllByRole('listitem');
    expect(items[0]).toHaveTextContent('28.2 pts behind schedule');
    expect(items[0]).toHaveTextContent(/\d+\.\d% done vs 51\.2% of time elapsed/);
    expect(items[0]).toHaveTextContent('■ Behind');
    expect(screen.getByText(/more than 15 pts behind schedule, or overdue/)).toHaveTextContent(/30 May 2024, not today's date/);
  });

  it('links to the projects view filtered by status = at risk and behind, and nothing else', async () => {
    window.history.replaceState(null, '', '/?category=new-engineering&lang=en');
    act(() => useLanguageStore.getState().setLang('en'));
    renderPanel();
    const link = screen.getByRole('link', { name: 'See every at-risk and behind project in the project list' });
    // The language stays; the other filters go, so the list is exactly what the link says.
    expect(decodeURIComponent(link.getAttribute('href') ?? '')).toBe('/?lang=en&view=projects&status=at-risk,behind');
    await userEvent.click(link);
    await waitFor(() => expect(decodeURIComponent(window.location.search)).toBe('?lang=en&view=projects&status=at-risk,behind'));
    window.history.replaceState(null, '', '/');
  });
});
