/**
 * Printing lays the pages out as soon as beforeprint is over, so whatever is to be on the paper must be in the
 * DOM when startPrinting() returns: no Suspense fallback, no section still waiting, no chart still measuring.
 * These checks call startPrinting() outside act() on purpose: act would flush later work and hide a delay.
 */
import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BarChart, CHART_HEIGHT, ChartSizing, LineChart, preloadCharts, PRINT_CHART_WIDTH, type Series } from '../../src/components/charts';
import { Reveal } from '../../src/components/reveal';
import { retryableLazy } from '../../src/lib/retryable-lazy';
import { setPrintOrientation, startPrinting, stopPrinting, usePrintStore } from '../../src/stores/print-store';

const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
/** React's act() warnings are for tests that forget act; these leave it out deliberately, to see the DOM as the printer does. */
function withoutAct(run: () => void) {
  const before = actEnvironment.IS_REACT_ACT_ENVIRONMENT;
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
  try { run(); } finally { actEnvironment.IS_REACT_ACT_ENVIRONMENT = before; }
}

const roots: Root[] = [];
function mount(): { container: HTMLElement; root: Root } {
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  roots.push(root);
  return { container, root };
}

afterEach(() => {
  withoutAct(() => roots.splice(0).forEach((root) => root.unmount()));
  act(() => stopPrinting());
  setPrintOrientation('portrait');
  vi.useRealTimers();
});

describe('retryableLazy: preload', () => {
  const View = () => <p>drawn</p>;

  it('after preload, the first render inside flushSync draws the component, not its fallback', async () => {
    const lazy = retryableLazy(() => Promise.resolve({ default: View }));
    await lazy.preload();
    const { container, root } = mount();
    withoutAct(() => flushSync(() => root.render(<Suspense fallback={<p>waiting</p>}><lazy.Component /></Suspense>)));
    expect(container.textContent).toBe('drawn');
  });

  it('without preload, the same render can only show the fallback (React.lazy suspends on its first render)', () => {
    const lazy = retryableLazy(() => Promise.resolve({ default: View }));
    const { container, root } = mount();
    withoutAct(() => flushSync(() => root.render(<Suspense fallback={<p>waiting</p>}><lazy.Component /></Suspense>)));
    expect(container.textContent).toBe('waiting');
  });

  it('downloads once for preload and render, and a failed preload leaves the render to try again', async () => {
    const factory = vi.fn<() => Promise<{ default: typeof View }>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue({ default: View });
    const lazy = retryableLazy(factory);
    await expect(lazy.preload()).rejects.toThrow('Failed to fetch');
    await lazy.preload();
    await lazy.preload();
    expect(factory).toHaveBeenCalledTimes(2);
    render(<Suspense fallback={<p>waiting</p>}><lazy.Component /></Suspense>);
    expect(screen.getByText('drawn')).toBeInTheDocument();
    expect(factory).toHaveBeenCalledTimes(2);
  });
});

describe('Reveal: printing shows every section in the same render', () => {
  beforeAll(() => {
    // Nothing comes near the viewport and no idle stretch comes: only printing can reveal.
    vi.stubGlobal('IntersectionObserver', class { observe() {} disconnect() {} });
  });
  afterAll(() => vi.unstubAllGlobals());

  it('renders the children when startPrinting() returns, and keeps them after the print', () => {
    vi.useFakeTimers();
    render(<Reveal minHeight={100}><h2>重点事项与下一步</h2></Reveal>);
    expect(screen.queryByRole('heading', { name: '重点事项与下一步' })).toBeNull();
    withoutAct(() => startPrinting());
    expect(screen.getByRole('heading', { name: '重点事项与下一步' })).toBeInTheDocument();
    act(() => stopPrinting());
    expect(screen.getByRole('heading', { name: '重点事项与下一步' })).toBeInTheDocument();
  });
});

describe('charts while printing: drawn at once, at the fixed print width', () => {
  const series: Series[] = [{ key: 'a', label: '甲', color: '#0072B2' }, { key: 'b', label: '乙', color: '#E69F00' }];
  const data = [{ name: '一月', a: 3, b: 4 }, { name: '二月', a: 5, b: 2 }];
  const props = { data, categoryKey: 'name', series, formatValue: String };
  const surface = (container: HTMLElement) => [...container.querySelectorAll('svg.recharts-surface')].find((svg) => !svg.closest('.recharts-legend-wrapper'));

  beforeAll(async () => { await preloadCharts(); });

  it('a chart on screen redraws at the print width without a ResponsiveContainer, and returns to it after', () => {
    const { container } = render(<BarChart {...props} />);
    expect(container.querySelector('.recharts-responsive-container')).not.toBeNull();
    withoutAct(() => startPrinting());
    expect(surface(container)?.getAttribute('width')).toBe(String(PRINT_CHART_WIDTH.portrait));
    expect(container.querySelector('.recharts-responsive-container')).toBeNull();
    expect(container.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0);
    act(() => stopPrinting());
    expect(container.querySelector('.recharts-responsive-container')).not.toBeNull();
  });

  it('a chart first rendered while printing (a section just revealed) draws in that render, landscape width', () => {
    setPrintOrientation('landscape');
    withoutAct(() => usePrintStore.setState({ printing: true }));
    const { container, root } = mount();
    withoutAct(() => flushSync(() => root.render(<LineChart {...props} />)));
    expect(container.querySelector('.skeleton')).toBeNull();
    expect(surface(container)?.getAttribute('width')).toBe(String(PRINT_CHART_WIDTH.landscape));
    expect(container.querySelectorAll('.recharts-line-curve').length).toBeGreaterThan(0);
  });
});

describe('charts that fill their slot (ChartSizing, the big screen): the slot\'s height on screen, their own on paper', () => {
  const series: Series[] = [{ key: 'a', label: '甲', color: '#0072B2' }];
  const props = { data: [{ name: '一月', a: 3 }, { name: '二月', a: 5 }], categoryKey: 'name', series, formatValue: String };
  const heights = (container: HTMLElement) => [...container.querySelectorAll<HTMLElement>('.recharts-responsive-container')].map((el) => el.style.height);
  const surfaceHeights = (container: HTMLElement) => [...container.querySelectorAll('svg.recharts-surface')]
    .filter((svg) => !svg.closest('.recharts-legend-wrapper')).map((svg) => svg.getAttribute('height'));

  beforeAll(async () => { await preloadCharts(); });

  it('draws at the slot\'s layout height, follows it when it changes, and prints at its own; a chart outside keeps its own', () => {
    // jsdom lays nothing out: the slot's layout height is what clientHeight says, and the observers are called by hand.
    let slot = 480;
    const layout = vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(() => slot);
    const observed: (() => void)[] = [];
    vi.stubGlobal('ResizeObserver', class {
      constructor(callback: ResizeObserverCallback) { observed.push(() => callback([], this as unknown as ResizeObserver)); }
      observe() {}
      unobserve() {}
      disconnect() {}
    });
    try {
      const { container } = render(<><ChartSizing fill><BarChart {...props} /></ChartSizing><LineChart {...props} height={200} /></>);
      expect(heights(container)).toEqual(['480px', '200px']);
      act(() => {
        slot = 360;
        observed.forEach((resized) => resized());
      });
      expect(heights(container)).toEqual(['360px', '200px']);
      withoutAct(() => startPrinting());
      expect(surfaceHeights(container)).toEqual([String(CHART_HEIGHT), '200']);
      act(() => stopPrinting());
      expect(heights(container)).toEqual(['360px', '200px']);
    } finally {
      layout.mockRestore();
      vi.unstubAllGlobals();
    }
  });
});
