/**
 * One registry of views (src/app/views.tsx) and one of big-screen panels (src/app/big-screen/screen-panels.tsx):
 * the tabs, the page switch, the `?view=` and `?panel=` parsers and the screen's counter all read them, so what
 * a registry lists is exactly what a reader can reach, and nothing else.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SCREEN_PANEL_IDS } from '@/app/big-screen/screen-panels';
import { VIEWS } from '@/app/views';
import { MESSAGES } from '@/lib/i18n';
import { SCREEN_MESSAGES } from '@/lib/i18n/screen';
import { parseScreenParams } from '@/lib/screen-params';
import { DEFAULT_VIEW, parseViewParam } from '@/lib/url-state';
import { renderAppAt, settleAndResetUrl } from './lib/app';

const m = MESSAGES.zh;
afterEach(() => settleAndResetUrl(300));

describe('the views registry', () => {
  it('gives the tabs: one link per view, in its order, each to its own address', async () => {
    await renderAppAt('');
    const nav = await screen.findByRole('navigation', { name: m.views.label });
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual(VIEWS.map((v) => v.label(m)));
    expect(links.map((a) => new URL(a.getAttribute('href') ?? '', 'http://x').searchParams.get('view')))
      .toEqual(VIEWS.map((v) => (v.id === DEFAULT_VIEW ? null : v.id)));
  });

  it.each(VIEWS.map((v) => v.id))('opens ?view=%s on that view, its tab marked current', async (id) => {
    await renderAppAt(id === DEFAULT_VIEW ? '' : `?view=${id}`);
    const nav = await screen.findByRole('navigation', { name: m.views.label });
    await waitFor(() => expect(within(nav).getByRole('link', { current: 'page' })).toHaveTextContent(VIEWS.find((v) => v.id === id)!.label(m)));
  });

  it('parses ?view= against the list it is given, so an entry added there is reachable and anything else is reported', () => {
    const ids = [...VIEWS.map((v) => v.id), 'map'];
    expect(parseViewParam('map', ids)).toEqual({ view: 'map', rejected: null });
    expect(parseViewParam('map', VIEWS.map((v) => v.id))).toEqual({ view: DEFAULT_VIEW, rejected: 'view=map' });
  });
});

describe('the big-screen panels registry', () => {
  it('is what the panel parameter accepts, and every panel has its name in both languages', () => {
    for (const id of SCREEN_PANEL_IDS) expect(parseScreenParams({ panel: id }, SCREEN_PANEL_IDS).panel).toBe(id);
    expect(parseScreenParams({ panel: 'map' }, SCREEN_PANEL_IDS).rejected).toEqual(['panel=map']);
    for (const lang of ['zh', 'en'] as const) expect(Object.keys(SCREEN_MESSAGES[lang].screen.panels)).toEqual([...SCREEN_PANEL_IDS]);
  });
});
