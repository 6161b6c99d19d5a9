/**
 * The presenter's export menu on a chart panel (issue 12), against the real contract (MSW). jsdom draws no
 * recharts and rasterises nothing, so this covers the menu itself: keyboard use, the CSV of the chart's own
 * numbers, WeChat's browser, and a browser with no image clipboard. The pictures: tests/e2e/presenter.e2e.ts.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NuqsAdapter } from 'nuqs/adapters/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import dataset from '../../seeds/dataset.json';
import { createQueryClient } from '@/api/query-client';
import { DownloadsProvider } from '@/components/downloads';
import { FundsChart } from '@/features/funds/funds-chart';
import { PipelineStageChart } from '@/features/pipeline/pipeline-stage-chart';
import { FilteredProjectsProvider } from '../../src/projects/state/filtered';

const FUNDS = '基金规模与累计投放';
const ITEMS = ['PNG 图片（2倍）', 'PNG 幻灯片（1920×1080）', 'SVG 矢量图', '复制图片', 'CSV 数据'];

function renderPanel(ui: ReactNode, search = '') {
  window.history.replaceState(null, '', `/${search}`);
  render(
    <NuqsAdapter>
      <QueryClientProvider client={createQueryClient()}>
        <DownloadsProvider>
          <FilteredProjectsProvider>{ui}</FilteredProjectsProvider>
        </DownloadsProvider>
      </QueryClientProvider>
    </NuqsAdapter>,
  );
}

/** The panel's export button, once its data is in (the button shows only then). */
const exportButton = (title: string) => screen.findByRole('button', { name: `导出：${title}` }, { timeout: 3000 });

/** The text of a blob (jsdom's Blob has no text()), BOM included. */
const textOf = (blob: Blob) => new Promise<string>((resolve, reject) => {
  const reader = new FileReader();
  // ignoreBOM: keep the BOM in the text (a plain TextDecoder swallows it), so the test can see it.
  reader.onload = () => resolve(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array(reader.result as ArrayBuffer)));
  reader.onerror = () => reject(reader.error);
  reader.readAsArrayBuffer(blob);
});

/** Catches what downloadBlob saves: the blob behind the object URL and the <a download> name. */
function catchDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (b: Blob) => { blobs.push(b); return 'blob:x'; }, revokeObjectURL: () => {} }));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { names.push(this.download); });
  return { blobs, names };
}

afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  window.history.replaceState(null, '', '/');
});

describe('a chart panel\'s export menu', () => {
  it('opens from the keyboard with its five items, moves with the arrows, and Escape closes it back onto its button', async () => {
    renderPanel(<FundsChart />);
    const button = await exportButton(FUNDS);
    button.focus();
    await userEvent.keyboard('{Enter}');
    const menu = await screen.findByRole('menu', {}, { timeout: 3000 });
    expect(within(menu).getAllByRole('menuitem').map((item) => item.textContent)).toEqual(ITEMS);
    // Opened by a key: focus is on the first item, and the arrows move it.
    await waitFor(() => expect(within(menu).getByRole('menuitem', { name: ITEMS[0] })).toHaveFocus());
    await userEvent.keyboard('{ArrowDown}');
    expect(within(menu).getByRole('menuitem', { name: ITEMS[1] })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
    const again = screen.getByRole('button', { name: `导出：${FUNDS}` });
    expect(again).toHaveFocus();
    expect(again).toHaveAttribute('aria-expanded', 'false');
  });

  it('CSV 数据 saves the chart\'s own numbers: raw 万元 under headers that say so, a BOM, and every row marked illustrative', async () => {
    const { blobs, names } = catchDownloads();
    renderPanel(<FundsChart />);
    await userEvent.click(await exportButton(FUNDS));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'CSV 数据' }, { timeout: 3000 }));
    await waitFor(() => expect(names).toHaveLength(1));
    expect(names[0]).toBe('豫东南高新区-基金规模与累计投放-20240530.csv');
    const panel = screen.getByRole('region', { name: FUNDS });
    expect(within(panel).getByRole('status')).toHaveTextContent(`已下载 ${names[0]}`);

    const text = await textOf(blobs[0]!);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = text.slice(1).split('\r\n').filter(Boolean);
    expect(header).toBe('月份,战略新型产业投资基金（万元）,基础设施投资基金（万元）,数据性质');
    const months = [...new Set(dataset.funds.deployment.map((p) => p.month))].sort();
    const cell = (month: string, fund: string) => String(dataset.funds.deployment.find((p) => p.month === month && p.fundId === fund)?.cumulativeWan ?? '');
    expect(rows).toEqual(months.map((month) => `${month},${cell(month, 'strategic')},${cell(month, 'infrastructure')},示例数据`));
  });

  it('a project chart names the active filters in the file name', async () => {
    const { names } = catchDownloads();
    renderPanel(<PipelineStageChart />, '?category=new-infrastructure&stage=construction');
    await userEvent.click(await exportButton('项目：按类别与阶段'));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'CSV 数据' }, { timeout: 3000 }));
    await waitFor(() => expect(names).toEqual(['豫东南高新区-项目：按类别与阶段-新基建-在建-20240530.csv']));
  });

  it('in WeChat, CSV and SVG say to open the page in the system browser instead of a download that cannot work', async () => {
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue('Mozilla/5.0 (iPhone) MicroMessenger/8.0.47');
    const { names } = catchDownloads();
    renderPanel(<FundsChart />);
    await userEvent.click(await exportButton(FUNDS));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'CSV 数据' }, { timeout: 3000 }));
    const status = within(screen.getByRole('region', { name: FUNDS })).getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('在浏览器打开'));
    await userEvent.click(screen.getByRole('button', { name: `导出：${FUNDS}` }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'SVG 矢量图' }));
    expect(status).toHaveTextContent('在浏览器打开');
    expect(names).toEqual([]);
  });

  it('with no image clipboard (plain HTTP, old browsers), Copy says so and offers the PNG download in the status line', async () => {
    // jsdom has neither navigator.clipboard.write nor ClipboardItem: the page served over plain HTTP.
    expect('ClipboardItem' in window).toBe(false);
    renderPanel(<FundsChart />);
    await userEvent.click(await exportButton(FUNDS));
    await userEvent.click(await screen.findByRole('menuitem', { name: '复制图片' }, { timeout: 3000 }));
    const status = within(screen.getByRole('region', { name: FUNDS })).getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('此浏览器不支持复制图片（页面不是通过 HTTPS 打开时即如此），请改用下载'));
    expect(within(status).getByRole('button', { name: '下载 PNG 图片' })).toBeInTheDocument();
  });
});
