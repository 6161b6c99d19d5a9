/**
 * The verdict line at the top of the overview, through MSW: a heading a screen reader lands on, opening with
 * the 示例数据 mark for the demo's records, following the language; the tab title with documented figures only;
 * and a failed list that empties the verdict's slot with a message while the rest of the page stays.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveRequest } from '../../mocks/demo-server';
import { server } from '../../mocks/node';
import { renderAppAt } from './lib/app';

const ZH = '示例数据 截至2024年5月30日：26个项目中在建5个；年度投资完成率27.7%，落后序时进度13.6个百分点（▲ 预警）；需关注项目4个、政策任务5项';
const EN = 'Illustrative As of 30 May 2024: 5 of 26 projects under construction; annual investment 27.7% complete, '
  + '13.6 points behind time elapsed (▲ At risk); needing attention: 4 projects, 5 policy tasks';
/** No-break spaces keep numbers with their words on screen; a reader hears plain spaces. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
const slow = { timeout: 5000 };
const verdictHeading = (start: RegExp) => screen.findByRole('heading', { level: 2, name: (name) => start.test(plain(name)) }, slow);

/** Text nodes with a digit and no [data-provenance] above them: the honest-figures rule, on this slot alone. */
function unmarkedDigits(root: Element): string[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (/\d/.test(n.textContent ?? '') && !n.parentElement?.closest('[data-provenance]')) out.push(n.textContent ?? '');
  }
  return out;
}

afterEach(async () => {
  await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
  window.history.replaceState(null, '', '/');
});

describe('the verdict line', () => {
  it('is a labelled region whose heading is the sentence, opening with the illustrative mark', async () => {
    await renderAppAt('');
    const heading = await verdictHeading(/^示例数据/);
    expect(plain(heading.textContent)).toBe(ZH);
    const region = screen.getByRole('region', { name: (name) => plain(name) === ZH });
    expect(region).toHaveAttribute('data-provenance', 'illustrative');
    expect(within(heading).getByText('示例数据')).toBeVisible();
    // Status in words and icon, coloured by the shared status class.
    expect(within(heading).getByText('▲ 预警')).toHaveClass('status-amber');
    expect(unmarkedDigits(region)).toEqual([]);
  });

  it('follows the language', async () => {
    await renderAppAt('');
    await verdictHeading(/^示例数据/);
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    const heading = await verdictHeading(/^Illustrative/);
    expect(plain(heading.textContent)).toBe(EN);
  });
});

describe('the document title', () => {
  it('carries the letter\'s figures and no illustrative one, in the reader\'s language', async () => {
    await renderAppAt('');
    await waitFor(() => expect(document.title).toContain('319.3亿元'), slow);
    expect(document.title).toBe('豫东南高新区建设进展看板｜26个项目 总投资319.3亿元｜数据截至2024年5月30日');
    // The verdict's own figures are illustrative: none may reach a tab or a share card, which drop the mark.
    await verdictHeading(/^示例数据/);
    for (const guess of ['27.7', '13.6', '示例']) expect(document.title).not.toContain(guess);

    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() => expect(plain(document.title)).toBe(
      'Yudongnan High-tech Zone progress dashboard | 26 projects, CNY 31.93 bn total investment | data as of 30 May 2024',
    ), slow);
  });
});

describe('a failed list', () => {
  it('puts a message in the verdict\'s slot, and the rest of the page stays', async () => {
    server.use(http.get('*/api/v1/policy-tasks', () => {
      const res = resolveRequest('/policy-tasks', new URLSearchParams({ scenario: 'malformed' }));
      return new HttpResponse(res.text, { status: res.status, headers: { 'content-type': res.contentType } });
    }));
    await renderAppAt('');
    const heading = await screen.findByRole('heading', { level: 2, name: '总体判断暂不可用：所需数据加载失败。' }, slow);
    const region = screen.getByRole('region', { name: '总体判断暂不可用：所需数据加载失败。' });
    expect(within(region).getByRole('alert')).toContainElement(heading);
    expect(within(region).getByText('数据格式与约定不符，已停止显示以免误导。')).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: '重试' })).toBeEnabled();
    // The projects still load: the KPI strip keeps its figures and the title its documented ones.
    const kpis = screen.getByRole('region', { name: '关键指标' });
    expect(await within(kpis).findByRole('button', { name: '319.3亿元' }, slow)).toBeInTheDocument();
    await waitFor(() => expect(document.title).toContain('319.3亿元'), slow);
    // The 需关注 tile keeps the project count it has and says the task count failed, rather than dropping it.
    const tile = screen.getByRole('heading', { level: 3, name: '需关注' }).closest('article') as HTMLElement;
    expect(await within(tile).findByRole('alert')).toHaveTextContent('此部分数据加载失败');
    expect(within(tile).getByText(/项目4个/)).toBeInTheDocument();
  });
});
