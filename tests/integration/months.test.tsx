/**
 * A leader's month-to-month questions, through MSW, as a service (or the published snapshots) would answer:
 * two published months, the changes since last month on the overview (each a link to exactly its projects),
 * the 较上月 column, the month picker showing the older month as it was, and nothing claimed with one month.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import type { MonthEntry, Project } from '../../src/contract/schemas';
import { monthTotals } from '../../src/projects/months/totals';
import { DONE, OCT, project, projectsResponse, SEP } from '../lib/months-fixture';
import { renderAppAt, withTallLayout } from './lib/app';

withTallLayout();
const SLOW = { timeout: 10_000 };
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

// September → October: 甲 invests 200 more and 丁 150 (丁 recovers), 乙 starts (审批 → 在建), 丙 falls back and
// turns behind (a correction: 累计完成 less), 戊 is new, 己 is gone.
const september: Project[] = [
  project('a', { name: '甲项目', completedWan: 750, stage: 'construction' }),
  project('b', { name: '乙项目', completedWan: DONE.sep['on-track'], stage: 'approval' }),
  project('c', { name: '丙项目', completedWan: DONE.sep['on-track'] }),
  project('d', { name: '丁项目', completedWan: DONE.sep['at-risk'] }),
  project('f', { name: '己项目', completedWan: DONE.sep['on-track'] }),
];
const october: Project[] = [
  project('a', { name: '甲项目', completedWan: 950, stage: 'construction' }),
  project('b', { name: '乙项目', completedWan: DONE.oct['on-track'], stage: 'construction' }),
  project('c', { name: '丙项目', completedWan: DONE.sep['on-track'] - 300 }),
  project('d', { name: '丁项目', completedWan: DONE.oct['on-track'] }),
  project('e', { name: '戊项目', completedWan: DONE.oct['on-track'] }),
];

const entry = (month: string, asOf: string, items: Project[]): MonthEntry =>
  ({ month, asOf, source: projectsResponse(items, asOf).source, totals: monthTotals(items, asOf) });

function publish(months: { month: string; asOf: string; items: Project[] }[]) {
  const list = months.map((m) => entry(m.month, m.asOf, m.items));
  server.use(http.get('*/api/v1/projects', ({ request }) => {
    const wanted = new URL(request.url).searchParams.get('month');
    const m = wanted ? months.find((x) => x.month === wanted) : months[0];
    if (!m) return HttpResponse.json({ error: { code: 'month_not_published', message: 'no such month' } }, { status: 404 });
    return HttpResponse.json({ ...projectsResponse(m.items, m.asOf), month: m.month, months: list });
  }));
}

const TWO = [{ month: '2026-10', asOf: OCT, items: october }, { month: '2026-09', asOf: SEP, items: september }];

afterEach(async () => {
  await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
  window.history.replaceState(null, '', '/');
});

describe('a leader with two published months', () => {
  it('reads what moved since last month, and each change opens exactly its projects', async () => {
    publish(TWO);
    await renderAppAt('');
    const changes = await screen.findByRole('region', { name: '较上月（2026年9月）' }, SLOW);
    const tile = (title: string) => screen.getByRole('heading', { level: 3, name: title }).closest('article') as HTMLElement;
    await waitFor(() => expect(within(changes).getByRole('heading', { name: '本月新增完成投资' })).toBeInTheDocument(), SLOW);
    // 甲 +200 and 丁 +150; the fall of 丙 is not netted off.
    expect(plain(tile('本月新增完成投资').textContent)).toContain('350万元');
    expect(within(tile('本月新增完成投资')).getByRole('link', { name: '查看这2个项目' })).toBeInTheDocument();
    expect(changes).toHaveAttribute('data-provenance', 'derived');
    for (const [title, n] of [['新开工', 1], ['转为预警/滞后', 1], ['恢复正常', 1], ['新列入', 1], ['累计完成减少', 1]] as const) {
      expect(within(tile(title)).getByRole('link', { name: `查看这${n}个项目` })).toBeInTheDocument();
    }
    // Gone projects are listed by name, never merged into a new one.
    expect(within(changes).getByText(/上月有、本月未列的项目/)).toBeInTheDocument();
    expect(within(changes).getByText(/己项目/)).toBeInTheDocument();
    // The verdict sentence says it too.
    const verdict = await screen.findByRole('heading', { level: 2, name: (name) => /截至2026年10月31日/.test(plain(name)) }, SLOW);
    expect(plain(verdict.textContent)).toContain('较上月（2026年9月）本月新增完成投资350万元、新开工1个、转为预警/滞后1个、恢复正常1个');

    await userEvent.click(within(tile('新开工')).getByRole('link', { name: '查看这1个项目' }));
    const table = await screen.findByRole('table', undefined, SLOW);
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2), SLOW);
    expect(within(table).getByRole('link', { name: /乙项目/ })).toBeInTheDocument();
    expect(window.location.search).toContain('change=started');
    expect(within(table).getByRole('columnheader', { name: '较上月' })).toBeInTheDocument();
    expect(plain(within(table).getAllByRole('row')[1]?.textContent)).toContain('审批→在建');
  });

  it('shows the older month as it was from the picker, with its own date and no change claimed', async () => {
    publish(TWO);
    await renderAppAt('');
    const picker = await screen.findByRole('combobox', { name: '月份' }, SLOW);
    expect(within(picker).getByRole('option', { name: '2026年10月（最新）' })).toBeInTheDocument();
    await userEvent.selectOptions(picker, '2026-09');
    expect(window.location.search).toContain('month=2026-09');
    await screen.findByRole('heading', { level: 2, name: (name) => /截至2026年9月30日/.test(plain(name)) }, SLOW);
    expect((await screen.findAllByText(/数据截至 2026年9月30日/, undefined, SLOW)).length).toBeGreaterThan(0);
    // The oldest month has nothing before it: no 较上月.
    await waitFor(() => expect(screen.queryByRole('region', { name: /^较上月/ })).toBeNull(), SLOW);
  });

  it('says so when a link names a month that is not published', async () => {
    publish(TWO);
    await renderAppAt('?month=2025-01');
    const alert = await screen.findByText(/2025年1月的数据未发布/, undefined, SLOW);
    await userEvent.click(within(alert).getByRole('button', { name: '查看最新月份' }));
    await screen.findByRole('heading', { level: 2, name: (name) => /截至2026年10月31日/.test(plain(name)) }, SLOW);
  });
});

describe('a source with one month', () => {
  it('claims no change: no picker, no 较上月', async () => {
    publish([{ month: '2026-10', asOf: OCT, items: october }]);
    await renderAppAt('');
    await screen.findByRole('heading', { level: 2, name: (name) => /截至2026年10月31日/.test(plain(name)) }, SLOW);
    expect(screen.queryByRole('combobox', { name: '月份' })).toBeNull();
    expect(screen.queryByRole('region', { name: /^较上月/ })).toBeNull();
  });
});
