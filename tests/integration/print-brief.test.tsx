/**
 * The printed brief's frame and the print button (issue 14), through MSW: the menu's two orientations, the page
 * rule each one sets before the print dialog opens, and the header's filters and as-of date when printing starts.
 * The pages themselves (bands, numbers, breaks) are checked on a real PDF: tests/e2e/print-layout.e2e.ts.
 */
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveRequest } from '../../mocks/demo-server';
import { server } from '../../mocks/node';
import { renderAppAt, settleAndResetUrl } from './lib/app';

/** Every @page rule in the document, as the print engine would read them. */
const pageRules = () => [...document.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n').match(/@page\s*\{[^}]*\}/g) ?? [];

afterEach(async () => {
  vi.restoreAllMocks();
  await settleAndResetUrl(50);
});

describe('the print button', () => {
  it('offers both orientations; landscape sets the page rule first, then prints; the next print is portrait again', async () => {
    await renderAppAt('');
    const rulesAtPrint: string[][] = [];
    const print = vi.spyOn(window, 'print').mockImplementation(() => { rulesAtPrint.push(pageRules()); });
    expect(pageRules()).toEqual([expect.stringMatching(/size:\s*A4 portrait/)]);

    await userEvent.click(screen.getByRole('button', { name: '打印简报' }));
    const items = await screen.findAllByRole('menuitem', {}, { timeout: 5000 });
    expect(items.map((item) => item.textContent)).toEqual(['打印简报（A4 纵向）', '打印简报（A4 横向）']);
    // Opening the menu prints nothing.
    expect(print).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('menuitem', { name: '打印简报（A4 横向）' }));
    expect(print).toHaveBeenCalledTimes(1);
    // The rule was already landscape when the dialog opened: the browser lays the pages out from it.
    expect(rulesAtPrint[0]).toEqual([expect.stringMatching(/size:\s*A4 landscape/)]);
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());

    // The browser says the print is over: a later Ctrl+P, with nothing chosen, prints portrait.
    act(() => { window.dispatchEvent(new Event('afterprint')); });
    expect(pageRules()).toEqual([expect.stringMatching(/size:\s*A4 portrait/)]);
  });

  it('opened from the keyboard, puts focus on the first orientation', async () => {
    await renderAppAt('');
    screen.getByRole('button', { name: '打印简报' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('menuitem', { name: '打印简报（A4 纵向）' })).toHaveFocus());
  });
});

describe('the printed header and footer', () => {
  it('name the filters of the link and the data\'s as-of date once printing starts, and are not on screen before', async () => {
    // The projects say a date no build carries, so the header can only have it from the response; the other
    // parts keep the letter's date, and the header names them with it.
    const body = JSON.parse(resolveRequest('/projects', new URLSearchParams()).text) as { asOf: string };
    server.use(http.get('*/api/v1/projects', () => HttpResponse.json({ ...body, asOf: '2024-06-28' })));
    await renderAppAt('?category=new-infrastructure&stage=construction&min=10000');
    const { startPrinting, stopPrinting } = await import('@/stores/print-store');
    const dated = /^数据截至 2024年6月28日；概况、基金、招商、能源、政策任务、合作、平台数据截至 2024年5月30日$/;
    await screen.findByText(dated, undefined, { timeout: 8000 });
    // The names come from the projects' data, as the charts and the list name them.
    await screen.findByRole('region', { name: '项目：按类别与阶段' });
    expect(screen.queryByText(/^筛选条件/)).toBeNull();
    expect(screen.queryByText(/^来源：/)).not.toBeNull();
    expect(screen.queryByText('第 1 页')).toBeNull();

    act(() => startPrinting());
    expect(screen.getByText('筛选条件：新基建、在建、计划投资 ≥ 1亿元')).toBeInTheDocument();
    // The app's own header and the printed one: both from the response.
    expect(screen.getAllByText(dated)).toHaveLength(2);
    expect(screen.getAllByText(/^来源：信阳市人民政府对政协提案第1320177号的答复/)).toHaveLength(2);
    expect(screen.getByText('第 1 页')).toBeInTheDocument();
    expect(screen.getByText('第 40 页')).toBeInTheDocument();

    act(() => stopPrinting());
    expect(screen.queryByText(/^筛选条件/)).toBeNull();
  });

  it('say so when the link carries no filters', async () => {
    await renderAppAt('');
    const { startPrinting } = await import('@/stores/print-store');
    await screen.findByText('数据截至 2024年5月30日');
    act(() => startPrinting());
    expect(screen.getByText('筛选条件：未筛选（全部项目）')).toBeInTheDocument();
  });
});
