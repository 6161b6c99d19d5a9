/**
 * The pinyin search through the whole app and MSW: a link with q=sjzx lists exactly the 数据中心 rows, each
 * with the four characters marked; typing initials finds a project the letter names and shows its documented
 * card under the search box; and when the pinyin chunk does not load, the search stays literal and says so,
 * until a later focus loads it.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import dataset from '../../seeds/dataset.json';
import type { Projects } from '@/contract/schemas';
import { renderAppAt, withTallLayout } from './lib/app';

const DATA = dataset.projects as unknown as Projects;
const CENTRES = DATA.items.filter((p) => p.name.zh.includes('数据中心'));

withTallLayout();


afterEach(async () => {
  await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
  window.history.replaceState(null, '', '/');
  vi.doUnmock('@/projects/selection/pinyin-readings');
});

const table = () => screen.findByRole('table', { name: '项目清单，点击列标题排序' }, { timeout: 5000 });
const rows = async () => [...(await table()).querySelectorAll('tbody tr[data-row-id]')];
const count = (shown: number, total = 26) => screen.findByText(`显示 ${shown} / ${total} 个项目`, undefined, { timeout: 10_000 });
const searchbox = () => screen.findByRole('searchbox', { name: '搜索项目' }, { timeout: 5000 });

describe('searching by pinyin', () => {
  it('a link with q=sjzx lists exactly the 数据中心 rows, each with 数据中心 marked', async () => {
    expect(CENTRES.length).toBeGreaterThan(1);
    await renderAppAt('?view=projects&q=sjzx');
    await count(CENTRES.length);
    const listed = await rows();
    expect(listed.map((tr) => tr.getAttribute('data-row-id'))).toEqual(CENTRES.map((p) => p.id));
    for (const tr of listed) {
      const marks = [...tr.querySelectorAll('mark')];
      expect(marks.map((mark) => mark.textContent)).toEqual(['数据中心']);
      // Inside the name's link, which still reads as the whole name.
      expect(marks[0]?.closest('a')?.textContent).toBe(CENTRES.find((p) => p.id === tr.getAttribute('data-row-id'))?.name.zh);
    }
    expect(await searchbox()).toHaveAttribute('placeholder', '名称、拼音或首字母，如 sjzx');
  });

  it('typing initials finds a project the letter names: its documented card shows under the search box', async () => {
    await renderAppAt('?view=projects');
    await count(26);
    await userEvent.type(await searchbox(), 'lgxy');
    await count(0);
    const list = await screen.findByRole('list', { name: '来函点名的项目中的匹配' }, { timeout: 5000 });
    expect(list).toHaveAttribute('data-provenance', 'documented');
    const [card, ...more] = within(list).getAllByRole('listitem');
    expect(more).toHaveLength(0);
    expect(card).toHaveTextContent(/^信阳师范学院理工学院 — 建成\/投产 推断/);
    expect(within(card!).getByText('推断')).toBeInTheDocument();
    expect(card!.querySelector('mark')?.textContent).toBe('理工学院');
    expect(card!.textContent).not.toMatch(/\d/);
    expect(screen.getByRole('search')).toContainElement(list);
    // Something else: the card goes.
    await userEvent.clear(await searchbox());
    await userEvent.type(await searchbox(), 'sjzx');
    await count(CENTRES.length);
    expect(screen.queryByRole('list', { name: '来函点名的项目中的匹配' })).toBeNull();
  });

  it('without the pinyin chunk the search stays literal and says so; the next focus loads it', async () => {
    vi.doMock('@/projects/selection/pinyin-readings', () => { throw new Error('chunk did not download'); });
    await renderAppAt('?view=projects&q=sjzx');
    expect(await screen.findByText(/拼音搜索未能加载/, undefined, { timeout: 5000 })).toBeInTheDocument();
    await count(0);
    vi.doUnmock('@/projects/selection/pinyin-readings');
    await userEvent.click(await searchbox());
    await count(CENTRES.length);
    await waitFor(() => expect(screen.queryByText(/拼音搜索未能加载/)).toBeNull());
  }, 20_000);
});
