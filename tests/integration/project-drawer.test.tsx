/**
 * A project's own page (`?project=P09`), a drawer over the current view, through the whole app and MSW: opened
 * from a link or a name in the table, what it shows (title, fields, the rule applied with its numbers, the
 * timeline's as-of line), how it closes (Esc, the button, Back) and where focus goes, and its states: a bad
 * id, an unknown id, loading, and a payload that breaks the contract.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import dataset from '../../seeds/dataset.json';
import { server } from '../../mocks/node';
import type { Projects } from '@/contract/schemas';
import { ruleSentence } from '@/features/project-detail/detail-logic';
import { formatMoneyWan } from '@/lib/format';
import { MESSAGES } from '@/lib/i18n';
import { DETAIL_MESSAGES } from '@/lib/i18n/detail';
import { STATUS_ICON } from '@/lib/status-labels';
import { assessProject } from '../../src/projects/selection/select';
import { renderAppAt, withTallLayout } from './lib/app';

const DATA = dataset.projects as unknown as Projects;
const P09 = DATA.items.find((p) => p.id === 'P09')!;
const P10 = DATA.items.find((p) => p.id === 'P10')!;

withTallLayout();


afterEach(async () => {
  await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
  window.history.replaceState(null, '', '/');
});

const search = () => decodeURIComponent(window.location.search);
const text = (el: Element) => (el.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
const dialogNamed = (name: string) => screen.findByRole('dialog', { name }, { timeout: 15_000 });
const gone = () => waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 3000 });
const back = () => act(async () => {
  const moved = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  window.history.back();
  await moved;
});

describe('a project\'s page, as a drawer', () => {
  it('opens from a shared link with the name, fields, the rule applied with its numbers and the as-of line', async () => {
    await renderAppAt('?view=projects&project=P09');
    const dialog = await dialogNamed('示例项目09·道路工程');
    const d = within(dialog);
    // Focus is in the drawer.
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    expect(await d.findByText('数据截至 2024年5月30日')).toBeInTheDocument();
    for (const field of ['P09', '新基建', '示例园区乙', '在建', '示例责任单位己', formatMoneyWan(100900, 'zh'), formatMoneyWan(63010, 'zh')]) {
      expect(d.getByText(field)).toBeInTheDocument();
    }
    expect(d.getByText('10.09亿元')).toBeInTheDocument();
    // The rule applied: checked by hand (709 of 1,158 days = 61.23 %, 63,010 / 100,900 = 62.45 %), and by the pure function.
    const applied = dialog.querySelector('.rule-applied')!;
    expect(text(applied)).toBe('时间进度 61.2% − 完成进度 62.4% = 领先1.2个百分点 → ● 正常');
    const status = assessProject(P09, DATA.asOf).status;
    expect(text(applied)).toBe(ruleSentence(P09, DATA.asOf, DETAIL_MESSAGES.zh, MESSAGES.zh.status, 'zh')
      .replace(' → ', ` → ${STATUS_ICON[status]} `));
    expect(d.getByText(/落后超过5个百分点为预警，超过15个百分点为滞后/)).toBeInTheDocument();
    // The milestones as text, in order, each with its date and state.
    const list = d.getByRole('list', { name: '里程碑（按日期）' });
    expect(within(list).getAllByRole('listitem').map(text)).toEqual([
      '✔2022年6月22日 开工：已完成', '◇2024年9月9日 主体完工：未完成', '◇2025年8月22日 竣工投用：未完成',
    ]);
    // Illustrative, once for the panel, and every digit under a data-provenance.
    expect(d.getAllByText(/示例数据/)).toHaveLength(1);
    const walker = document.createTreeWalker(dialog, NodeFilter.SHOW_TEXT);
    const unmarked: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (/\d/.test(n.textContent ?? '') && !n.parentElement?.closest('[data-provenance]')) unmarked.push(n.textContent ?? '');
    }
    expect(unmarked).toEqual([]);

    // The list behind it is in (hidden from the accessibility tree while the modal is open).
    expect(await screen.findByRole('link', { name: P09.name.zh, hidden: true }, { timeout: 5000 })).toBeInTheDocument();
    // Esc closes it and takes project= out of the URL, keeping the view; focus lands on the project's name link.
    await userEvent.keyboard('{Escape}');
    await gone();
    await waitFor(() => expect(search()).toBe('?view=projects'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('link', { name: P09.name.zh })));
  });

  it('speaks English with ?lang=en', async () => {
    await renderAppAt('?view=projects&project=P09&lang=en');
    const dialog = await dialogNamed(P09.name.en!);
    expect(await within(dialog).findByText('Data as of 30 May 2024')).toBeInTheDocument();
    expect(text(dialog.querySelector('.rule-applied')!)).toBe('Time elapsed 61.2% − invested 62.4% = 1.2 pts ahead → ● On track');
    expect(within(dialog).getByText(/more than 5 pts behind is At risk, more than 15 pts behind is Behind/)).toBeInTheDocument();
  });

  it('opens from a name in the table; Esc, the close button and Back close it, and focus returns to the name', async () => {
    await renderAppAt('?view=projects&stage=construction');
    const link = await screen.findByRole('link', { name: P10.name.zh }, { timeout: 5000 });
    expect(link).toHaveAttribute('href', '/?view=projects&stage=construction&project=P10');

    await userEvent.click(link);
    const dialog = await dialogNamed(P10.name.zh);
    await waitFor(() => expect(search()).toBe('?view=projects&stage=construction&project=P10'));
    await waitFor(() => expect(within(dialog).getByRole('button', { name: '关闭' })).toHaveFocus());
    expect(text(dialog.querySelector('.rule-applied')!)).toBe('时间进度 59.4% − 完成进度 46.3% = 落后13.1个百分点 → ▲ 预警');
    await userEvent.keyboard('{Escape}');
    await gone();
    // Opened here, so closing went Back: the filters are as they were, and Forward would reopen it.
    await waitFor(() => expect(search()).toBe('?view=projects&stage=construction'));
    await waitFor(() => expect(screen.getByRole('link', { name: P10.name.zh })).toHaveFocus());

    await userEvent.click(screen.getByRole('link', { name: P10.name.zh }));
    await userEvent.click(within(await dialogNamed(P10.name.zh)).getByRole('button', { name: '关闭' }));
    await gone();
    await waitFor(() => expect(search()).toBe('?view=projects&stage=construction'));
    await waitFor(() => expect(screen.getByRole('link', { name: P10.name.zh })).toHaveFocus());

    await userEvent.click(screen.getByRole('link', { name: P10.name.zh }));
    await dialogNamed(P10.name.zh);
    await waitFor(() => expect(search()).toContain('project=P10'));
    await back();
    await gone();
    expect(search()).toBe('?view=projects&stage=construction');
    await waitFor(() => expect(screen.getByRole('link', { name: P10.name.zh })).toHaveFocus());
  });

  it('quotes a very long project value cut at 40 characters, never half an emoji', async () => {
    await renderAppAt(`?project=${encodeURIComponent(`${'甲'.repeat(39)}😀${'x'.repeat(5000)}`)}`);
    const dialog = await dialogNamed('链接中的项目编号无效');
    expect(within(dialog).getByText(`链接中的编号为：${'甲'.repeat(39)}…`)).toBeInTheDocument();
  });

  it('shows a project value that is not an id as text, never as HTML', async () => {
    await renderAppAt(`?project=${encodeURIComponent('<script>alert(1)</script>')}`);
    const dialog = await dialogNamed('链接中的项目编号无效');
    expect(within(dialog).getByText('链接中的编号为：<script>alert(1)</script>')).toBeInTheDocument();
    expect(document.querySelector('script')).toBeNull();
    // Closed from a link with no name link on the page (the overview): focus goes to the main content.
    await userEvent.click(within(dialog).getByRole('button', { name: '关闭' }));
    await gone();
    await waitFor(() => expect(search()).toBe(''));
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus());
  });

  it('says when no project has the id', async () => {
    await renderAppAt('?view=projects&project=P99');
    const dialog = await dialogNamed('没有编号为 P99 的项目');
    expect(within(dialog).getByText('项目清单中找不到这个编号，链接可能有误或已过时。')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: '关闭' })).toBeInTheDocument();
  });

  it('shows a skeleton while the list loads', async () => {
    server.use(http.get('*/api/v1/projects', async () => { await delay('infinite'); return HttpResponse.json({}); }));
    await renderAppAt('?project=P09');
    const dialog = await dialogNamed('项目详情');
    expect(within(dialog).getByRole('status', { name: '加载中…' })).toBeInTheDocument();
  });

  it('a payload that breaks the contract shows the error in the drawer, with Retry that recovers', async () => {
    server.use(http.get('*/api/v1/projects', () => HttpResponse.json({ asOf: '2024-05-30', items: 'not a list' })));
    await renderAppAt('?view=projects&project=P09');
    const dialog = await dialogNamed('项目详情');
    const alert = await within(dialog).findByRole('alert', undefined, { timeout: 5000 });
    expect(alert).toHaveTextContent('数据格式与约定不符，已停止显示以免误导。');
    expect(within(dialog).getByRole('button', { name: '关闭' })).toBeInTheDocument();
    server.resetHandlers();
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await dialogNamed(P09.name.zh)).toBeInTheDocument();
  });
});
