/**
 * The four subject panels against the real contract (MSW): each is a named region with its data-generated
 * summary, its table shows the same numbers as the summary, and a broken resource fails only its own panel.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { createQueryClient } from '../../src/api/query-client';
import { EnergyChart } from '../../src/features/energy/energy-chart';
import { FundsChart } from '../../src/features/funds/funds-chart';
import { InvestmentChart } from '../../src/features/investment/investment-chart';
import { PolicyChart } from '../../src/features/policy/policy-chart';
import { useLanguageStore } from '../../src/stores/language-store';
import { spaced } from '../lib/spaces';

function renderWithClient(ui: ReactNode) {
  const client = createQueryClient();
  // No retries: an error must show at once, not after back-off.
  client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retry: false } });
  return render(<NuqsAdapter><QueryClientProvider client={client}>{ui}</QueryClientProvider></NuqsAdapter>);
}

const region = (name: string) => screen.findByRole('region', { name });

async function openTable(panel: HTMLElement) {
  const button = within(panel).getByRole('button', { name: '表格' });
  expect(button).toHaveAttribute('aria-pressed', 'false');
  await userEvent.click(button);
  expect(button).toHaveAttribute('aria-pressed', 'true');
  return within(panel).getByRole('table');
}

afterEach(() => useLanguageStore.setState({ lang: 'zh' }));

describe('overview chart panels', () => {
  it('funds: sizes and latest deployment in the summary and the table', async () => {
    renderWithClient(<FundsChart />);
    const panel = await region('基金规模与累计投放');
    expect(await within(panel).findByText(/2支基金规模为战略新型产业投资基金50亿元和基础设施投资基金15亿元/)).toBeInTheDocument();
    // May 2024: strategic 127,600万元 of 500,000万元 (25.5%), infrastructure 20,200万元 of 150,000万元 (13.5%).
    expect(within(panel).getByText(/12\.76亿元（占规模25\.5%）.*2\.02亿元（占规模13\.5%）（投放为示例数据）/)).toBeInTheDocument();
    expect(within(panel).getByText(/分项按来函总数生成/)).toBeInTheDocument();
    // Sizes are documented, deployment illustrative: a mixed panel, so no panel note, a glyph on each deployed value.
    expect(within(panel).getAllByText(/示例数据/)).toHaveLength(1);
    // The summary doubles as the chart's description (jsdom has no layout, so recharts itself draws nothing here).
    expect(within(panel).getByRole('figure')).toHaveAccessibleDescription(/2支基金规模为/);
    const table = await openTable(panel);
    expect(within(table).getByRole('columnheader', { name: '战略新型产业投资基金（50亿元）' })).toBeInTheDocument();
    const may = within(table).getByRole('row', { name: /2024年5月/ });
    expect(within(within(may).getByRole('cell', { name: /^12\.76亿元/ })).getByRole('img', { name: '示例数据' })).toBeInTheDocument();
    expect(within(may).getByRole('cell', { name: /^2\.02亿元/ })).toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 8);
  });

  it('investment: the documented total keeps its "over"; the table has the same top industry', async () => {
    renderWithClient(<InvestmentChart />);
    const panel = await region('分产业招商引资：签约与落地');
    expect(await within(panel).findByText(/来函称达成合作投资总额300亿元以上/)).toBeInTheDocument();
    expect(within(panel).getByText(/“2\+1\+X”分组为推断/)).toBeInTheDocument();
    const table = await openTable(panel);
    const row = within(table).getByRole('row', { name: /高端装备制造/ });
    // 高端装备制造: agreed 1,025,000万元, landed 209,000万元 — the largest agreed, as the summary says.
    expect(within(panel).getByText(/签约额最高的是高端装备制造（签约102\.5亿元，已落地20\.9亿元/)).toBeInTheDocument();
    // Every value here is illustrative: the panel's note says so once, the cells carry no mark of their own.
    expect(within(panel).getByText('示例数据')).toBeInTheDocument();
    expect(within(row).getByRole('cell', { name: /102\.5亿元/ })).not.toHaveTextContent('※');
    expect(within(row).getByRole('cell', { name: /20\.9亿元/ })).toBeInTheDocument();
    // The grouping is our reading: one 推断 mark for the whole column, on its header, and a bare group in the cell.
    expect(within(table).getByRole('columnheader', { name: /^“2\+1\+X”分组\s*推断$/ })).toBeInTheDocument();
    expect(within(row).getByRole('cell', { name: /^2$/ })).toBeInTheDocument();
  });

  it('energy: each project in its own unit, no total, the hydrogen line in the table', async () => {
    renderWithClient(<EnergyChart />);
    const panel = await region('能源项目规模与阶段');
    // The letter's own word for all four is “正在推进”; nothing finer is claimed.
    const summary = await within(panel).findByText(/来函列出的4个能源项目均“正在推进”：/);
    expect(summary).toHaveTextContent('化学储能3 GW');
    expect(summary).toHaveTextContent('来函未给出合计');
    expect(within(panel).queryByText(/分项按来函总数生成/)).not.toBeInTheDocument();
    const table = await openTable(panel);
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 4);
    for (const [name, own] of [['化学储能', '3 GW'], ['压缩空气储能', '300 MW'], ['五岳抽水蓄能', '1000 MW'], ['制氢装备生产线', '200台套']]) {
      const row = within(table).getByRole('row', { name: new RegExp(name!) });
      expect(within(row).getByRole('cell', { name: spaced(own!) })).toBeInTheDocument();
      expect(within(row).getByRole('cell', { name: '正在推进' })).toBeInTheDocument();
    }
    expect(table).not.toHaveTextContent('3000');
  });

  it('policy: status counts from the schedule rule, in words, in summary and table', async () => {
    renderWithClient(<PolicyChart />);
    const panel = await region('第一批政策任务进度');
    expect(await within(panel).findByText('63项任务中，已完成0项，正常26项，预警2项，滞后3项，未开始32项。')).toBeInTheDocument();
    expect(within(panel).getAllByText(/示例数据/)).toHaveLength(1);
    const table = await openTable(panel);
    for (const [label, count] of [['● 正常', '26项'], ['▲ 预警', '2项'], ['■ 滞后', '3项'], ['○ 未开始', '32项'], ['✔ 已完成', '0项']]) {
      const row = within(table).getByRole('row', { name: new RegExp(label!) });
      expect(within(row).getByRole('cell', { name: new RegExp(`^${count}$`) })).toBeInTheDocument();
    }
    await userEvent.click(within(panel).getByRole('button', { name: '表格' }));
    expect(within(panel).queryByRole('table')).not.toBeInTheDocument();
  });

  it('follows the language', async () => {
    useLanguageStore.setState({ lang: 'en' });
    renderWithClient(<PolicyChart />);
    const panel = await region('First-batch policy tasks by status');
    expect(await within(panel).findByText('Of 63 tasks, 0 done, 26 on track, 2 at risk, 3 behind and 32 not started.')).toBeInTheDocument();
    expect(within(panel).getByText(/breakdown generated/)).toBeInTheDocument();
    expect(within(panel).getByText('Illustrative')).toBeInTheDocument();
    await userEvent.click(within(panel).getByRole('button', { name: 'Table' }));
    expect(within(panel).getByRole('cell', { name: spaced(/^26 items$/) })).toBeInTheDocument();
  });

  it('English table headers use ASCII brackets (the Chinese header is checked above)', async () => {
    useLanguageStore.setState({ lang: 'en' });
    renderWithClient(<FundsChart />);
    const panel = await region('Funds: size and cumulative deployment');
    await within(panel).findByText(/There are 2 funds/);
    await userEvent.click(within(panel).getByRole('button', { name: 'Table' }));
    const table = within(panel).getByRole('table');
    expect(within(table).getByRole('columnheader', { name: spaced('Strategic emerging industries investment fund (CNY 5 bn)') })).toBeInTheDocument();
    expect(table).not.toHaveTextContent(/[（）]/);
  });

  it('a malformed funds response fails only the funds panel, with a retry', async () => {
    server.use(http.get('*/api/v1/funds', () => HttpResponse.json({ bad: 1 })));
    renderWithClient(<><FundsChart /><EnergyChart /></>);
    const funds = await region('基金规模与累计投放');
    const alert = await within(funds).findByRole('alert');
    expect(within(alert).getByRole('button', { name: '重试' })).toBeInTheDocument();
    const energy = await region('能源项目规模与阶段');
    expect(await within(energy).findByText(/来函列出的4个能源项目/)).toBeInTheDocument();
    expect(within(energy).queryByRole('alert')).not.toBeInTheDocument();
  });
});
