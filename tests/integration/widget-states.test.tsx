/**
 * Every KPI tile handles its own loading, error, empty and data states. A leader must never see a blank
 * strip because one service call failed, and must always be able to retry just the part that failed.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { resolveRequest } from '../../mocks/demo-server';
import { CooperationKpi } from '../../src/features/cooperation/cooperation-kpi';
import { EnergyKpi } from '../../src/features/energy/energy-kpi';
import { KpiTile } from '../../src/components/kpi-tile';
import { FundsDetailLines, FundsKpi } from '../../src/features/funds/funds-kpi';
import { InvestmentKpi } from '../../src/features/investment/investment-kpi';
import { PipelineKpi } from '../../src/features/pipeline/pipeline-kpi';
import { PolicyKpi } from '../../src/features/policy/policy-kpi';

interface TileCase {
  name: string;
  title: string;
  path: string;
  /** A documented figure the tile shows once its data is in. */
  figure: string;
}

const TILES: TileCase[] = [
  { name: 'FundsKpi', title: '基金', path: '/funds', figure: '50亿元' },
  { name: 'InvestmentKpi', title: '达成合作投资总额', path: '/investment', figure: '300亿元以上' },
  { name: 'PipelineKpi', title: '总投资', path: '/projects', figure: '319.3亿元' },
  { name: 'EnergyKpi', title: '能源项目（来函未给总量）', path: '/energy-projects', figure: '200台套' },
  { name: 'PolicyKpi', title: '政策任务', path: '/policy-tasks', figure: '63项' },
  { name: 'CooperationKpi', title: '签约深度合作', path: '/cooperation', figure: '19' },
];

function renderStrip() {
  // retry off: the error state must appear at once, not after the client's back-off.
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <NuqsAdapter><QueryClientProvider client={client}>
      <FundsKpi /><InvestmentKpi /><PipelineKpi /><EnergyKpi /><PolicyKpi /><CooperationKpi />
    </QueryClientProvider></NuqsAdapter>,
  );
}

const tile = (title: string) => screen.getByRole('heading', { level: 3, name: title }).closest('article')!;
const shows = (t: TileCase) => within(tile(t.title)).findByRole('button', { name: t.figure });

/** Serve one resource as the demo server does under ?scenario=…, so tests and the demo fail the same way. */
function scenario(path: string, name: 'error' | 'malformed' | 'empty') {
  server.use(http.get(`*/api/v1${path}`, () => {
    const res = resolveRequest(path, new URLSearchParams({ scenario: name }));
    return new HttpResponse(res.text, { status: res.status, headers: { 'content-type': res.contentType } });
  }));
}

async function expectOthersFine(except: TileCase) {
  for (const t of TILES.filter((x) => x !== except)) {
    expect(await shows(t)).toBeInTheDocument();
    expect(within(tile(t.title)).queryByRole('alert')).not.toBeInTheDocument();
  }
}

describe('KPI tiles: loading', () => {
  it('shows a skeleton with role=status in every tile until its data arrives', async () => {
    renderStrip();
    const skeletons = screen.getAllByRole('status', { name: '加载中…' });
    expect(skeletons).toHaveLength(TILES.length);
    for (const t of TILES) expect(within(tile(t.title)).getByRole('status')).toHaveAttribute('aria-busy', 'true');
    for (const t of TILES) expect(await shows(t)).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('keeps one slow tile loading while the others render', async () => {
    server.use(http.get('*/api/v1/energy-projects', async () => {
      await delay('infinite');
      return HttpResponse.json({});
    }));
    const view = renderStrip();
    const energy = TILES.find((t) => t.name === 'EnergyKpi')!;
    await expectOthersFine(energy);
    expect(within(tile(energy.title)).getByRole('status')).toBeInTheDocument();
    view.unmount();
  });
});

describe('KPI tiles: data', () => {
  it('FundsKpi shows the letter\'s sizes unmarked; the detail lines the total 65亿元 with the 计算值 mark and its formula', async () => {
    renderStrip();
    const funds = tile('基金');
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(<NuqsAdapter><QueryClientProvider client={client}><KpiTile title="明细"><FundsDetailLines /></KpiTile></QueryClientProvider></NuqsAdapter>);
    const total = await within(tile('明细')).findByRole('button', { name: '65亿元' });
    expect(total.closest('.kpi-line')).toHaveTextContent(/^基金合计/);
    const figure = total.closest<HTMLElement>('.figure')!;
    expect(figure).toHaveAttribute('data-provenance', 'derived');
    expect(within(figure).getByText('计算值', { selector: '.badge' })).toHaveClass('badge-derived');
    expect(total).toHaveAccessibleDescription(/计算值：650,000万元.*算式：50亿元 \+ 15亿元/);
    // The two sizes are the letter's own figures: no mark.
    for (const size of ['50亿元', '15亿元']) {
      const own = within(funds).getByRole('button', { name: size }).closest<HTMLElement>('.figure')!;
      expect(own).toHaveAttribute('data-provenance', 'documented');
      expect(own.querySelector('.badge')).toBeNull();
    }
  });
});

describe.each(TILES)('$name: error and retry', (t) => {
  it('shows role=alert with 重试 on a 500, leaves the other tiles up, and recovers on retry', async () => {
    scenario(t.path, 'error');
    renderStrip();
    const alert = await within(tile(t.title)).findByRole('alert');
    expect(alert).toHaveTextContent('此部分数据加载失败');
    expect(alert).toHaveTextContent('数据服务返回错误。');
    await expectOthersFine(t);
    expect(screen.getAllByRole('alert')).toHaveLength(1);

    server.resetHandlers();
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await shows(t)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows role=alert on a body that is not JSON, and recovers on retry', async () => {
    server.use(http.get(`*/api/v1${t.path}`, () =>
      new HttpResponse('{"asOf": "2024-05-30", ', { status: 200, headers: { 'content-type': 'application/json' } })));
    renderStrip();
    const alert = await within(tile(t.title)).findByRole('alert');
    expect(alert).toHaveTextContent('数据服务返回的不是数据');
    server.resetHandlers();
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await shows(t)).toBeInTheDocument();
  });

  it('refuses JSON that breaks the contract rather than showing it', async () => {
    scenario(t.path, 'malformed');
    renderStrip();
    expect(await within(tile(t.title)).findByRole('alert')).toHaveTextContent('数据格式与约定不符');
    await expectOthersFine(t);
  });
});

describe('KPI tiles: empty payload (scenario=empty)', () => {
  it.each(TILES.filter((t) => ['FundsKpi', 'EnergyKpi', 'CooperationKpi'].includes(t.name)))(
    '$name says 暂无数据 when its list is empty, and the others stay up',
    async (t) => {
      scenario(t.path, 'empty');
      renderStrip();
      expect(await within(tile(t.title)).findByText('暂无数据')).toBeInTheDocument();
      expect(within(tile(t.title)).queryByRole('button', { name: t.figure })).not.toBeInTheDocument();
      await expectOthersFine(t);
    },
  );

  // These tiles lead with a figure the letter states (not derived from the list), so an empty list keeps it.
  it.each(TILES.filter((t) => ['InvestmentKpi', 'PipelineKpi', 'PolicyKpi'].includes(t.name)))(
    '$name keeps the letter\'s own figure when its list is empty',
    async (t) => {
      scenario(t.path, 'empty');
      renderStrip();
      expect(await shows(t)).toBeInTheDocument();
      await waitFor(() => expect(within(tile(t.title)).queryByRole('status')).not.toBeInTheDocument());
      expect(within(tile(t.title)).queryByRole('alert')).not.toBeInTheDocument();
    },
  );

  it('every tile survives scenario=empty at once', async () => {
    for (const t of TILES) scenario(t.path, 'empty');
    renderStrip();
    await waitFor(() => expect(screen.queryByRole('status')).not.toBeInTheDocument());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getAllByText('暂无数据')).toHaveLength(3);
  });
});
