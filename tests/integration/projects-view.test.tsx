/**
 * The planner's projects view (`?view=projects`) through the whole app and MSW: the count, sorting by a header
 * press, chips that remove filters, the tabs and Back, copying the link (and the fallback where the browser
 * has no clipboard), the CSV of exactly the rows on screen, and WeChat's note.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import dataset from '../../seeds/dataset.json';
import type { Projects } from '@/contract/schemas';
import { viewProjects } from '../../src/projects/selection/sort';
import type { ProjectSelection, ProjectSort } from '../../src/projects/selection/select';
import { renderAppAt, withTallLayout } from './lib/app';

const DATA = dataset.projects as unknown as Projects;
const rowsOf = (filters: ProjectSelection, sort?: ProjectSort) =>
  viewProjects(DATA.items, { filters, sort, lang: 'zh', asOf: DATA.asOf, categories: DATA.categories, parks: DATA.parks });

// jsdom lays nothing out, so the virtualised table would think its box 0 px tall and every row 0 px high:
// give the box 2000 px and each row 40 px, so all 26 rows fit, as they do on a desktop screen.
withTallLayout();

/** The bytes of a blob (jsdom's Blob has no arrayBuffer()). */
const bytesOf = (blob: Blob) => new Promise<Uint8Array>((resolve, reject) => {
  const reader = new FileReader();
  reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
  reader.onerror = () => reject(reader.error);
  reader.readAsArrayBuffer(blob);
});


afterEach(async () => {
  await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
  window.history.replaceState(null, '', '/');
  vi.unstubAllGlobals();
});

const table = () => screen.findByRole('table', { name: '项目清单，点击列标题排序' }, { timeout: 5000 });
/** The ids of the rows in the table, top to bottom. */
const rowIds = async () => [...(await table()).querySelectorAll('tbody tr[data-row-id]')].map((tr) => tr.getAttribute('data-row-id'));
const count = (shown: number, total = 26) => screen.findByText(`显示 ${shown} / ${total} 个项目`, undefined, { timeout: 5000 });
const search = () => decodeURIComponent(window.location.search);

describe('the projects view', () => {
  it('opens from its tab, shows the count and every row, and Back returns to the overview', async () => {
    await renderAppAt('');
    await userEvent.click(screen.getByRole('link', { name: '项目清单' }));
    await waitFor(() => expect(search()).toBe('?view=projects'));
    expect(await count(26)).toHaveAttribute('data-provenance', 'illustrative');
    expect(await rowIds()).toEqual(DATA.items.map((p) => p.id));
    expect(screen.getByRole('link', { name: '项目清单' })).toHaveAttribute('aria-current', 'page');
    // Every row says what its figures are.
    for (const tr of (await table()).querySelectorAll('tbody tr[data-row-id]')) expect(tr).toHaveAttribute('data-provenance', 'illustrative');
    // The letter's named projects, apart, each with no number at all (the block's note cites the letter's 26).
    const named = screen.getByRole('region', { name: '来函点名的项目' });
    expect(named).toHaveAttribute('data-provenance', 'documented');
    const items = within(named).getAllByRole('listitem');
    expect(items).toHaveLength(DATA.named.length);
    expect(within(named).getByText(/^信阳师范学院理工学院/)).toBeInTheDocument();
    for (const item of items) expect(item.textContent).not.toMatch(/\d/);
    expect(within(named).getAllByText('推断')).toHaveLength(DATA.named.length);

    await act(async () => {
      const moved = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      window.history.back();
      await moved;
    });
    expect(search()).toBe('');
    expect(await screen.findByRole('region', { name: '关键指标' })).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: '项目清单，点击列标题排序' })).toBeNull();
  });

  it('sorts by a header press: ascending, descending, then the list order, in the URL and aria-sort', async () => {
    await renderAppAt('?view=projects');
    await count(26);
    const header = () => screen.getByRole('columnheader', { name: /^计划投资/ });
    expect(header()).toHaveAttribute('aria-sort', 'none');
    await userEvent.click(within(header()).getByRole('button'));
    await waitFor(() => expect(search()).toBe('?view=projects&sort=plannedWan.asc'));
    expect(header()).toHaveAttribute('aria-sort', 'ascending');
    expect(await rowIds()).toEqual(rowsOf({}, { key: 'plannedWan', dir: 'asc' }).map((p) => p.id));
    await userEvent.click(within(header()).getByRole('button'));
    await waitFor(() => expect(search()).toBe('?view=projects&sort=plannedWan.desc'));
    expect(header()).toHaveAttribute('aria-sort', 'descending');
    const desc = rowsOf({}, { key: 'plannedWan', dir: 'desc' }).map((p) => p.id);
    expect(await rowIds()).toEqual(desc);
    expect(desc[0]).not.toBe(DATA.items[0]?.id);
    await userEvent.click(within(header()).getByRole('button'));
    await waitFor(() => expect(search()).toBe('?view=projects'));
    expect(await rowIds()).toEqual(DATA.items.map((p) => p.id));

    // Chinese text sorts by pinyin: 示例园区丙 (bǐng) before 甲 (jiǎ) before 乙 (yǐ).
    await userEvent.click(within(screen.getByRole('columnheader', { name: /^园区/ })).getByRole('button'));
    await waitFor(() => expect(search()).toBe('?view=projects&sort=park.asc'));
    const parks = (await rowIds()).map((id) => DATA.items.find((p) => p.id === id)?.park);
    expect([...new Set(parks)]).toEqual(['park-c', 'park-a', 'park-b']);
  });

  it('shows active filters as chips; removing one, then clearing all, updates the URL and the rows', async () => {
    await renderAppAt('?view=projects&category=new-engineering,new-infrastructure&status=not-started');
    const filters = { category: ['new-engineering', 'new-infrastructure'], status: ['not-started'] } as ProjectSelection;
    const n = rowsOf(filters).length;
    expect(n).toBeGreaterThan(0);
    await count(n);
    expect(await rowIds()).toEqual(rowsOf(filters).map((p) => p.id));
    const chips = await screen.findByRole('list', { name: '当前筛选条件' });
    expect(within(chips).getAllByRole('listitem').map((li) => li.firstChild?.textContent)).toEqual(['类别：新工科', '类别：新基建', '状态：未开始']);

    await userEvent.click(screen.getByRole('button', { name: '移除筛选：类别：新工科' }));
    await waitFor(() => expect(search()).toBe('?view=projects&category=new-infrastructure&status=not-started'));
    const narrower = rowsOf({ category: ['new-infrastructure'], status: ['not-started'] });
    await count(narrower.length);
    expect(await rowIds()).toEqual(narrower.map((p) => p.id));

    await userEvent.click(screen.getByRole('button', { name: '全部清除' }));
    await waitFor(() => expect(search()).toBe('?view=projects'));
    await count(26);
    expect(screen.queryByRole('list', { name: '当前筛选条件' })).toBeNull();
  });

  it('downloads exactly the rows on screen, in order, as CSV with a BOM', async () => {
    const blobs: Blob[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (b: Blob) => { blobs.push(b); return 'blob:x'; }, revokeObjectURL: () => {} }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await renderAppAt('?view=projects&stage=planning&sort=name.desc');
    const rows = rowsOf({ stage: ['planning'] }, { key: 'name', dir: 'desc' });
    await count(rows.length);
    await userEvent.click(screen.getByRole('button', { name: '下载 CSV' }));
    expect(click).toHaveBeenCalledTimes(1);
    const anchor = click.mock.instances[0] as unknown as HTMLAnchorElement;
    expect(anchor.download).toMatch(/项目清单.*谋划.*20240530\.csv$/);
    const bytes = await bytesOf(blobs[0]!);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(rows.length + 1);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(rows.map((p) => p.name.zh));
    click.mockRestore();
  });

  it('in WeChat, says to open the page in the browser instead of offering a download that cannot work', async () => {
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue('Mozilla/5.0 (iPhone) MicroMessenger/8.0.47');
    await renderAppAt('?view=projects');
    await count(26);
    expect(screen.queryByRole('button', { name: '下载 CSV' })).toBeNull();
    expect(screen.getByRole('note')).toHaveTextContent('在浏览器打开');
    vi.restoreAllMocks();
  });

  it('copies the link; where the browser offers no clipboard (plain HTTP) it says so and selects the link to copy by hand', async () => {
    await renderAppAt('?view=projects&stage=construction');
    await count(rowsOf({ stage: ['construction'] }).length);
    const writeText = vi.fn(() => Promise.resolve());
    // A stand-in navigator keeps its own userAgent: Navigator's getter throws on any other object, and a panel
    // that re-renders (its data arriving) reads it.
    vi.stubGlobal('navigator', Object.create(navigator, { clipboard: { value: { writeText } }, userAgent: { value: navigator.userAgent } }));
    await userEvent.click(screen.getByRole('button', { name: '复制链接' }));
    expect(writeText).toHaveBeenCalledWith(window.location.href);
    expect(await screen.findByText('链接已复制，可直接粘贴发送。')).toBeInTheDocument();

    vi.stubGlobal('navigator', Object.create(navigator, { clipboard: { value: undefined }, userAgent: { value: navigator.userAgent } }));
    await userEvent.click(screen.getByRole('button', { name: '复制链接' }));
    const field = await screen.findByRole('textbox', { name: '本视图的链接' });
    expect(field).toHaveValue(window.location.href);
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveFocus();
    expect((field as HTMLInputElement).selectionEnd).toBe(window.location.href.length);
    expect(screen.getByText(/不是通过 HTTPS 打开/)).toBeInTheDocument();
  });
});
