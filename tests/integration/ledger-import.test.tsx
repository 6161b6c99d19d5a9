/**
 * A planner loads this month's ledger (here a small CSV, as WPS saves it) through 导入台账: the dialog shows
 * what was read and what is wrong by row, the import makes the ledger the projects' source everywhere, a
 * broken file changes nothing, and one button brings the demo back. jsdom has no Worker and no IndexedDB, so
 * the read runs in-thread and the page says the ledger will not be kept: both real paths of the product.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import dataset from '../../seeds/dataset.json';
import { withTallLayout } from './lib/app';

withTallLayout();

const FILE = '重点项目台账-2026年10月.csv';
const LINES = [
  '豫东南高新区重点项目建设进度台账（2026年1-10月）,,,,,,,,,,',
  '填报单位：高新区经济发展局,,,,单位：万元,,,,,,',
  '项目名称,建设性质,项目类型,所属园区,总投资,累计完成投资,计划开工时间,计划竣工时间,形象进度,责任单位,存在问题',
  '测试光伏项目,续建,新能源,东区,"30,000",12000,2025年3月,2027年12月,主体完工,测试能源公司,并网手续待批',
  '测试数据中心,新建,数字经济,西区,约3亿,5000,2026.5,2028-06,土方开挖,测试数字公司,',
  '测试装备园,前期,装备制造,东区,待定,0,2026年,2029年,,测试装备公司,',
  '测试物流港,竣工,现代服务,西区,8000,8000,2023/3/1,2025/12/31,已投运,测试物流公司,',
  '合计,,,,68000,25000,,,,,',
];
const CSV = `\ufeff${LINES.join('\r\n')}\r\n`;

/** The app as main.tsx composes it: MSW answers, and a local ledger answers for the projects. */
async function openApp(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  vi.resetModules();
  const { setTransport, defaultTransport } = await import('@/api/client');
  const { withLocalLedger } = await import('@/api/local-ledger');
  setTransport(withLocalLedger(defaultTransport));
  const { App } = await import('@/app/app');
  return render(<App />);
}

const SLOW = { timeout: 10_000 };

async function loadLedger(user: ReturnType<typeof userEvent.setup>, file: File) {
  await user.click(await screen.findByRole('button', { name: '导入台账' }, SLOW));
  // The dialog is a lazy chunk: on a busy machine its import takes longer than findBy's default second.
  const dialog = await screen.findByRole('dialog', { name: '导入台账' }, SLOW);
  await user.upload(within(dialog).getByLabelText('选择台账文件'), file);
  return dialog;
}

afterEach(async () => {
  await act(() => new Promise((resolve) => setTimeout(resolve, 200)));
  window.history.replaceState(null, '', '/');
});

describe('a planner loads the zone’s ledger', () => {
  it('sees what was read and what is wrong by row, imports, and every part of the page reads the ledger', async () => {
    const user = userEvent.setup();
    await openApp();
    const dialog = await loadLedger(user, new File([CSV], FILE, { type: 'text/csv' }));
    expect(await within(dialog).findByRole('heading', { name: '列的对应' }, SLOW)).toBeInTheDocument();
    expect(within(dialog).getByRole('status')).toHaveTextContent('可导入 3 个项目；1 行有错误，不导入；');
    const report = within(dialog).getByRole('table', { name: '检查结果' });
    const rows = within(report).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(rows.find((r) => r[0] === '6' && r[3] === '错误')).toEqual(['6', '总投资', '待定', '错误', expect.stringContaining('第6行「总投资」：“待定”')]);
    expect(rows.some((r) => r[0] === '8' && r[3] === '说明')).toBe(true);
    expect(rows.some((r) => r[0] === '5' && r[3] === '提醒')).toBe(true);
    expect(within(dialog).getByLabelText('数据截至')).toHaveValue('2026-10-31');

    await user.click(within(dialog).getByRole('button', { name: '导入 3 个项目' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const header = screen.getByRole('banner');
    await waitFor(() => expect(within(header).getByRole('note')).toHaveTextContent(`项目数据来自本机导入的台账「${FILE}」`));
    await waitFor(() => expect(header).toHaveTextContent(`本地台账 ${FILE}`));
    expect(header.querySelector('.as-of')?.textContent).toMatch(/^数据截至 2026年10月31日/);
    expect(header).toHaveTextContent('这个浏览器不能保存台账');
    // The ledger's figures are documented, and what is computed from them is derived: no 示例数据 mark on them.
    const tile = (title: string) => screen.getByRole('heading', { name: title, level: 3 }).closest('article') as HTMLElement;
    await waitFor(() => expect(within(tile('年度投资完成率')).getAllByText('计算值')).toHaveLength(2));
    for (const title of ['总投资', '年度投资完成率']) {
      expect(within(tile(title)).queryAllByRole('img', { name: '示例数据' })).toEqual([]);
      expect(tile(title).querySelector('[data-provenance="illustrative"]')).toBeNull();
    }

    // The stage chart sums the ledger's own rows: derived, under the ledger's category names, with no reading of a letter.
    const stageChart = await screen.findByRole('region', { name: '项目：按类别与阶段' });
    await waitFor(() => expect(stageChart).toHaveAttribute('data-provenance', 'derived'));
    expect(stageChart).toHaveTextContent('按各项目记录汇总');
    expect(stageChart).not.toHaveTextContent('来函');

    await user.click(screen.getByRole('link', { name: '项目清单' }));
    expect(await screen.findByText('显示 3 / 3 个项目')).toBeInTheDocument();
    expect(screen.getByText('约3亿元')).toBeInTheDocument();
    expect(screen.queryByText('测试装备园')).not.toBeInTheDocument();
  });

  it('a file that is not a spreadsheet gets a clear message, and the dashboard keeps what it showed', async () => {
    const user = userEvent.setup();
    await openApp('?view=projects');
    const total = String((dataset.projects as { total: number }).total);
    expect(await screen.findByText(new RegExp(`显示 [\\d,]+ / ${Number(total).toLocaleString('zh-CN')} 个项目`))).toBeInTheDocument();
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const dialog = await loadLedger(user, new File([png], '台账.xlsx'));
    expect(await within(dialog).findByRole('alert', {}, SLOW)).toHaveTextContent('这个文件不是表格');
    await user.keyboard('{Escape}');
    expect(screen.getByText(new RegExp(`/ ${Number(total).toLocaleString('zh-CN')} 个项目`))).toBeInTheDocument();
  });

  it('移除本地台账 brings the demo back', async () => {
    const user = userEvent.setup();
    await openApp('?view=projects');
    const dialog = await loadLedger(user, new File([CSV], FILE, { type: 'text/csv' }));
    await user.click(await within(dialog).findByRole('button', { name: '导入 3 个项目' }, SLOW));
    expect(await screen.findByText('显示 3 / 3 个项目')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: '移除本地台账' }));
    expect(await screen.findByText('已移除本地台账，恢复显示示例数据。')).toBeInTheDocument();
    const total = (dataset.projects as { total: number }).total.toLocaleString('zh-CN');
    expect(await screen.findByText(new RegExp(`/ ${total} 个项目`))).toBeInTheDocument();
    const sources = [...screen.getByRole('banner').querySelectorAll('.source')].map((e) => e.textContent).join(' ');
    expect(sources).not.toContain('本地台账');
    expect(screen.queryByRole('button', { name: '移除本地台账' })).not.toBeInTheDocument();
  });
});
