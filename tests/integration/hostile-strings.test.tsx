/**
 * A ledger or a back end can carry anything in a name. With ?scenario=hostile every readable string of every
 * resource is one of mocks/hostile.ts's set (markup, a script URL, formulas, bidi and zero-width controls, 500
 * characters, emoji, a lone surrogate): the overview, the projects list with a search, a project's drawer, the
 * big screen and the print must show them as text, create no element from them, and fail nowhere.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveRequest } from '../../mocks/demo-server';
import { HOSTILE_NAMES } from '../../mocks/hostile';
import { renderAppAt, settleAndResetUrl, withTallLayout } from './lib/app';

withTallLayout();
afterEach(() => settleAndResetUrl(150));

const slow = { timeout: 15_000 };

/** Anything the data could have turned into markup: none may exist. */
function markupFromData(): string[] {
  const found: string[] = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (['SCRIPT', 'IMG', 'IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName)) found.push(el.outerHTML.slice(0, 80));
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) found.push(`${el.tagName} ${attr.name}`);
      // A script URL runs only where a URL is followed; elsewhere (a label, a name) it is just text.
      if (/^(href|src|xlink:href|action|formaction)$/i.test(attr.name) && /^\s*javascript:/i.test(attr.value)) found.push(`${el.tagName} ${attr.name}=${attr.value}`);
    }
  }
  return found;
}

/** Every panel that failed: an error alert (data) or a crash (a render threw). */
const failures = () => [...document.querySelectorAll('.widget-error')].map((el) => el.textContent);

/** Every title attribute and SVG <title> on the page: where a cut name is whole. */
const titles = () => [...document.querySelectorAll('[title]')].map((el) => el.getAttribute('title') ?? '')
  .concat([...document.querySelectorAll('svg title')].map((el) => el.textContent ?? ''));

async function expectTextOnly(kinds: readonly string[] = HOSTILE_NAMES) {
  const text = document.body.textContent ?? '';
  for (const kind of kinds) expect(text, `shown as text: ${kind.slice(0, 30)}`).toContain(kind);
  // A name cut on screen is whole in a title, as text: every kind is in one.
  for (const kind of kinds) expect(titles().some((t) => t.includes(kind)), `in a title: ${kind.slice(0, 30)}`).toBe(true);
  expect(markupFromData()).toEqual([]);
  expect(failures()).toEqual([]);
}

const LONG = HOSTILE_NAMES.find((kind) => kind.length === 500)!;

describe('hostile text in every resource (?scenario=hostile)', () => {
  it('the overview shows each string as text, every panel drawn and none failed', async () => {
    await renderAppAt('?scenario=hostile');
    // The KPI strip and the sections below: the figures' popovers carry quotes, the charts their labels.
    await screen.findAllByText(HOSTILE_NAMES[0], { exact: false }, slow);
    act(() => { window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' })); });
    await waitFor(() => expect(document.querySelectorAll('.skeleton')).toHaveLength(0), slow);
    await expectTextOnly();
    expect(titles()).toContain(LONG);
  });

  it('a 500-character category name: whole in the chart\'s sentence, cut in its table with the whole in the title', async () => {
    // n=7 shifts the set so the first category gets the long name (mocks/hostile.ts). jsdom lays nothing out, so
    // recharts draws no ticks here: the cut tick is tests/unit/hostile-chart-ticks.test.tsx's and the browser suite's.
    await renderAppAt('?scenario=hostile&n=7');
    const panel = await screen.findByRole('region', { name: '项目：按类别与阶段' }, slow);
    await waitFor(() => expect(panel.querySelector('.panel-summary')?.textContent).toContain(LONG), slow);
    await userEvent.click(within(panel).getByRole('button', { name: '表格' }));
    const table = await within(panel).findByRole('table', {}, slow);
    const cell = [...table.querySelectorAll('td [title], th [title]')].find((el) => el.getAttribute('title') === LONG);
    expect(cell, 'a cell with the long name in its title').toBeDefined();
    expect(cell).toHaveClass('clamp');
    expect(markupFromData()).toEqual([]);
    expect(failures()).toEqual([]);
  });

  it('the projects list: names as text in the table, a search highlights inside them, the drawer titles one', async () => {
    await renderAppAt('?view=projects&scenario=hostile');
    const table = await screen.findByRole('table', {}, slow);
    await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(20), slow);
    await expectTextOnly();
    // Each name cell says the whole name in its title (P10's is the 500-character one).
    const row = table.querySelector('tr[data-row-id="P10"]')!;
    expect(row.querySelector('a [title]')?.getAttribute('title')).toBe(`${LONG} 10`);
    await userEvent.type(await screen.findByRole('searchbox', { name: '搜索项目' }, slow), 'onerror');
    await waitFor(() => expect([...document.querySelectorAll('mark')].map((m) => m.textContent)).toContain('onerror'), slow);
    expect(markupFromData()).toEqual([]);
    // A name is a link to the project's page: its name is the hostile text, its href the app's own.
    const link = within(table).getAllByRole('link').find((a) => a.textContent?.includes('<img src=x'))!;
    expect(link.getAttribute('href')).toMatch(/^\?|^\/\?/);
    await userEvent.click(link);
    const dialog = await screen.findByRole('dialog', {}, slow);
    expect(dialog.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveAttribute('title', link.textContent);
    expect(markupFromData()).toEqual([]);
  });

  it('the drawer of the 500-character name: its heading holds all of it, as its name and its title', async () => {
    await renderAppAt('?view=projects&project=P10&scenario=hostile');
    const dialog = await screen.findByRole('dialog', { name: `${LONG} 10` }, slow);
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveAttribute('title', `${LONG} 10`);
    expect(markupFromData()).toEqual([]);
    expect(failures()).toEqual([]);
  });

  it.each(['overview&n=7', 'funds&n=10', 'energy&n=10', 'policy', 'attention'])('the big screen\'s %s panel shows the strings as text', async (panel) => {
    await renderAppAt(`?mode=screen&panel=${panel}&scenario=hostile`);
    await waitFor(() => expect(document.querySelector('.bs-panel')).not.toBeNull(), slow);
    await waitFor(() => expect(document.querySelectorAll('.bs-panel .skeleton')).toHaveLength(0), slow);
    const text = document.querySelector('.bs-panel')!.textContent!;
    expect(HOSTILE_NAMES.filter((kind) => text.includes(kind)).length, 'kinds on the panel').toBeGreaterThan(2);
    // The shifted panels carry the 500-character name: whole in a title wherever it is cut.
    if (panel.includes('n=')) expect(text.includes(LONG) || titles().some((t) => t.includes(LONG))).toBe(true);
    expect(markupFromData()).toEqual([]);
    expect(failures()).toEqual([]);
  });

  it('the print names the filters by the data\'s hostile category name, as text', async () => {
    await renderAppAt('?scenario=hostile&category=new-engineering');
    const { startPrinting, stopPrinting } = await import('@/stores/print-store');
    await screen.findByRole('region', { name: '项目：按类别与阶段' }, slow);
    await screen.findAllByText(HOSTILE_NAMES[0], { exact: false }, slow);
    act(() => startPrinting());
    // The printed header names the filters by the data's (hostile) category name, as text.
    const data = JSON.parse(resolveRequest('/projects', new URLSearchParams('scenario=hostile')).text) as { categories: { id: string; name: { zh: string } }[] };
    const category = data.categories.find((c) => c.id === 'new-engineering')!.name.zh;
    expect(screen.getByText(`筛选条件：${category}`)).toBeInTheDocument();
    expect(markupFromData()).toEqual([]);
    expect(failures()).toEqual([]);
    act(() => stopPrinting());
  });
});
