/**
 * The figure popover (src/components/figure-value.tsx, on Radix Popover): it opens on a click, a key or a
 * mouse hover, Escape closes it and gives focus back (WCAG 1.4.13), a press elsewhere closes it, only one
 * is open at a time, and it never hides a figure it covers. The description stays in the page for screen
 * readers while the popover is closed.
 *
 * Radix is a lazy chunk (src/components/figure-popover.tsx): a press made before it arrives opens the
 * popover when it does, and a chunk that fails to download leaves a described button that tries again.
 */
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QUOTES } from '../../seeds/documented';
import { FigureGroup } from '../../src/components/figure-group';
import { FigureValue, type FigureLike } from '../../src/components/figure-value';

const AGREED: FigureLike = { value: 3_000_000, unit: 'wan-yuan', qualifier: 'over', provenance: 'documented', quote: QUOTES.agreed };
const FUNDS: FigureLike = { value: 650_000, unit: 'wan-yuan', provenance: 'derived', formula: { zh: '50亿元 + 15亿元', en: 'CNY 5 bn + CNY 1.5 bn' } };

function renderFigures() {
  const user = userEvent.setup();
  render(
    <FigureGroup>
      <p>页面其他内容</p>
      <FigureValue figure={AGREED} size="lg" />
      <FigureValue figure={FUNDS} />
    </FigureGroup>,
  );
  return {
    user,
    agreed: screen.getByRole('button', { name: '300亿元以上' }),
    funds: screen.getByRole('button', { name: '65亿元' }),
  };
}

/** The open popover of a figure: a dialog named by the figure's value. */
const popover = (name: string) => screen.queryByRole('dialog', { name });
/** The same, once it is there: the popover is a lazy chunk, so the first one to open waits for it. */
const findPopover = (name: string) => screen.findByRole('dialog', { name });

const originalElementsFromPoint = document.elementsFromPoint;
afterEach(() => {
  document.elementsFromPoint = originalElementsFromPoint;
});

describe('FigureValue popover', () => {
  it('is closed at first, yet the trigger is described by the same text for screen readers', () => {
    const { agreed, funds } = renderFigures();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(agreed).toHaveAttribute('aria-expanded', 'false');
    expect(agreed).toHaveAccessibleDescription(`原文数值：300亿元以上原文：“${QUOTES.agreed}”`);
    expect(funds).toHaveAccessibleDescription(/^计算值：650,000万元算式：50亿元 \+ 15亿元/);
  });

  it('a click opens it with the as-stated row first, then the quote', async () => {
    const { user, agreed } = renderFigures();
    await user.click(agreed);
    const dialog = await findPopover('300亿元以上');
    expect(agreed).toHaveAttribute('aria-expanded', 'true');
    expect(agreed).toHaveAttribute('aria-controls', dialog.id);
    const rows = Array.from(dialog!.querySelectorAll('.tip-row'), (row) => row.textContent);
    expect(rows).toEqual(['原文数值：300亿元以上', `原文：“${QUOTES.agreed}”`]);
    // It carries the figure's provenance with it into the portal, as the figure's own wrapper does.
    expect(dialog).toHaveAttribute('data-provenance', 'documented');
  });

  it('Enter opens it; Escape closes it and focus goes back to the figure', async () => {
    const { user, agreed } = renderFigures();
    await user.tab();
    expect(agreed).toHaveFocus();
    await user.keyboard('{Enter}');
    const dialog = await findPopover('300亿元以上');
    // A reader who clicked into the popover (to select the quote) has focus inside it.
    act(() => dialog.focus());
    expect(agreed).not.toHaveFocus();
    await user.keyboard('{Escape}');
    expect(popover('300亿元以上')).not.toBeInTheDocument();
    expect(agreed).toHaveFocus();
    expect(agreed).toHaveAttribute('aria-expanded', 'false');
  });

  it('Space toggles it like a click', async () => {
    const { user, funds } = renderFigures();
    act(() => funds.focus());
    await user.keyboard(' ');
    expect(await findPopover('65亿元')).toHaveTextContent('计算值：650,000万元');
    await user.keyboard(' ');
    expect(popover('65亿元')).not.toBeInTheDocument();
  });

  it('a click elsewhere closes it', async () => {
    const { user, agreed } = renderFigures();
    await user.click(agreed);
    await findPopover('300亿元以上');
    await user.click(screen.getByText('页面其他内容'));
    expect(popover('300亿元以上')).not.toBeInTheDocument();
  });

  it('opening a second figure closes the first', async () => {
    const { user, agreed, funds } = renderFigures();
    await user.click(agreed);
    await findPopover('300亿元以上');
    await user.click(funds);
    expect(await findPopover('65亿元')).toBeInTheDocument();
    expect(popover('300亿元以上')).not.toBeInTheDocument();
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
  });

  it('a press on the popover where it covers another figure closes it and opens that figure', async () => {
    const { user, agreed, funds } = renderFigures();
    await user.click(agreed);
    const over = await findPopover('300亿元以上');
    // jsdom has no layout: say the popover sits over the funds figure at the pressed point.
    document.elementsFromPoint = () => [over, funds, document.body];
    await user.click(over);
    expect(popover('300亿元以上')).not.toBeInTheDocument();
    expect(popover('65亿元')).toBeInTheDocument();
  });

  it('a mouse hover opens it after a moment and leaving closes it; a click while hovered pins it', async () => {
    const { user, agreed } = renderFigures();
    await user.hover(agreed);
    await findPopover('300亿元以上');
    await user.unhover(agreed);
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(popover('300亿元以上')).not.toBeInTheDocument();

    await user.hover(agreed);
    await findPopover('300亿元以上');
    await user.click(agreed);
    await user.unhover(agreed);
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(popover('300亿元以上')).toBeInTheDocument();
  });
});

// ---------------------------------------------------------------------------------------------
// The chunk, under the test's control: a fresh figure-value module (so nothing is loaded yet) whose
// import('./figure-popover') waits until the test lets each download arrive or fail, and an idle callback
// that runs only when the test says (jsdom has no requestIdleCallback; without one the module falls back
// to a timer, which one test lets run).

const POPOVER_CHUNK = '../../src/components/figure-popover';

interface Download { arrive: () => void; fail: () => void }
let downloads: Download[] = [];
let idle: IdleRequestCallback[] = [];

async function withControlledChunk({ requestIdleCallback = true } = {}) {
  downloads = [];
  idle = [];
  if (requestIdleCallback) {
    window.requestIdleCallback = (callback) => idle.push(callback) - 1;
    window.cancelIdleCallback = (id) => { delete idle[id]; };
  }
  vi.resetModules();
  vi.doMock(POPOVER_CHUNK, async (importOriginal) => {
    await new Promise<void>((resolve, reject) => {
      downloads.push({ arrive: resolve, fail: () => reject(new TypeError('Failed to fetch dynamically imported module')) });
    });
    return importOriginal();
  });
  const fresh = await import('../../src/components/figure-value');
  const { FigureGroup: FreshGroup } = await import('../../src/components/figure-group');
  const user = userEvent.setup();
  render(
    <FreshGroup>
      <p>页面其他内容</p>
      <fresh.FigureValue figure={AGREED} size="lg" />
      <fresh.FigureValue figure={FUNDS} />
    </FreshGroup>,
  );
  return {
    user,
    agreed: screen.getByRole('button', { name: '300亿元以上' }),
    funds: screen.getByRole('button', { name: '65亿元' }),
    /** A finger, not a mouse: no hover comes with it, so whatever opens, the tap opened. */
    tap: (target: Element) => user.pointer({ keys: '[TouchA]', target }),
  };
}

/** The `count`th download, once something (a figure, the idle preload) has asked for it. */
async function download(count: number): Promise<Download> {
  await waitFor(() => expect(downloads).toHaveLength(count));
  return downloads[count - 1]!;
}

/** The browser has nothing else to do. */
const goIdle = () => act(() => idle.splice(0).forEach((callback) => callback({ didTimeout: false, timeRemaining: () => 50 })));

/** Lets pending promises and renders run, so "nothing happened" is a real observation. */
const settle = (ms = 20) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

describe('FigureValue before its popover chunk is in', () => {
  afterEach(async () => {
    cleanup();
    // Nothing left hanging for the next fresh module to inherit.
    downloads.forEach((d) => d.arrive());
    await settle();
    Reflect.deleteProperty(window, 'requestIdleCallback');
    Reflect.deleteProperty(window, 'cancelIdleCallback');
    vi.doUnmock(POPOVER_CHUNK);
    vi.resetModules();
  });

  it('draws the same described button at once, and downloads the chunk when the browser is idle', async () => {
    const { agreed } = await withControlledChunk();
    expect(agreed).toHaveClass('figure-value');
    expect(agreed.closest('.figure')).toHaveAttribute('data-provenance', 'documented');
    expect(agreed).toHaveAttribute('aria-haspopup', 'dialog');
    expect(agreed).toHaveAttribute('aria-expanded', 'false');
    expect(agreed).toHaveAccessibleDescription(`原文数值：300亿元以上原文：“${QUOTES.agreed}”`);
    await settle();
    expect(downloads, 'nothing is downloaded before the browser is idle').toHaveLength(0);
    await goIdle();
    (await download(1)).arrive();
    // Both figures switch to the popover together: one download, and either one opens.
    await settle();
    expect(downloads).toHaveLength(1);
  });

  it('without requestIdleCallback (Safari), a timer starts the download', async () => {
    await withControlledChunk({ requestIdleCallback: false });
    await download(1);
  });

  it('focusing a figure downloads the chunk at once, without waiting for idle', async () => {
    const { user, agreed } = await withControlledChunk();
    await user.tab();
    expect(agreed).toHaveFocus();
    await download(1);
  });

  it('a mouse passing over a figure downloads the chunk at once, and opens nothing', async () => {
    const { user, agreed } = await withControlledChunk();
    // Over and off again before a hover would open: only the pointer entering can have asked.
    await user.hover(agreed);
    await user.unhover(agreed);
    (await download(1)).arrive();
    await settle(400);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.hover(agreed);
    expect(await findPopover('300亿元以上')).toBeInTheDocument();
  });

  it('Enter pressed before the chunk arrives opens the popover when it does, focus staying on the figure', async () => {
    const { user, agreed } = await withControlledChunk();
    act(() => agreed.focus());
    await user.keyboard('{Enter}');
    const chunk = await download(1);
    await settle();
    // Nothing to show yet, and the button does not claim otherwise.
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(agreed).toHaveAttribute('aria-expanded', 'false');

    chunk.arrive();
    const dialog = await findPopover('300亿元以上');
    expect(dialog).toHaveTextContent('原文数值：300亿元以上');
    expect(agreed).toHaveAttribute('aria-expanded', 'true');
    // The very same button, still focused: the chunk arriving replaced nothing.
    expect(screen.getByRole('button', { name: '300亿元以上' })).toBe(agreed);
    expect(agreed).toHaveFocus();
    // And it is the real popover: Escape closes it and focus stays on the figure.
    await user.keyboard('{Escape}');
    expect(popover('300亿元以上')).not.toBeInTheDocument();
    expect(agreed).toHaveFocus();
    expect(downloads).toHaveLength(1);
  });

  it('a tap before the chunk arrives opens it when it does; of two such taps, the last one', async () => {
    const { user, agreed, funds, tap } = await withControlledChunk();
    await tap(funds);
    await tap(agreed);
    await settle(400); // longer than a hover would take: only the taps can open anything
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    (await download(1)).arrive();
    await findPopover('300亿元以上');
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    expect(funds).toHaveAttribute('aria-expanded', 'false');
    // The live popover: a click elsewhere closes it.
    await user.click(screen.getByText('页面其他内容'));
    expect(popover('300亿元以上')).not.toBeInTheDocument();
  });

  it('a press elsewhere before the chunk arrives cancels the waiting tap: nothing pops up later', async () => {
    const { agreed, tap } = await withControlledChunk();
    await tap(agreed);
    const chunk = await download(1);
    await tap(screen.getByText('页面其他内容'));
    chunk.arrive();
    await settle();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(agreed).toHaveAttribute('aria-expanded', 'false');
    // The chunk is in and the figure works.
    await tap(agreed);
    expect(await findPopover('300亿元以上')).toBeInTheDocument();
  });

  it('a chunk that fails leaves a described button; the next press downloads again and opens it', async () => {
    const { agreed, tap } = await withControlledChunk();
    await tap(agreed);
    (await download(1)).fail();
    await settle();
    // Offline: no popover, no false aria-expanded, no error; the description is still there.
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(agreed).toHaveAttribute('aria-expanded', 'false');
    expect(agreed).toHaveAccessibleDescription(`原文数值：300亿元以上原文：“${QUOTES.agreed}”`);
    expect(agreed).toBeEnabled();
    // The idle preload does not retry behind the reader's back: a figure already asked.
    await goIdle();
    await settle();
    expect(downloads).toHaveLength(1);

    // Back online: the failure was not kept, so the next press fetches the chunk again.
    await tap(agreed);
    (await download(2)).arrive();
    expect(await findPopover('300亿元以上')).toHaveTextContent('原文数值：300亿元以上');
    expect(agreed).toHaveAttribute('aria-expanded', 'true');
  });
});
