/**
 * The first screen's charts as a reader meets them, drawn as plain SVG (src/components/charts/plain): bars a
 * leader can read against the axis, segments a planner can press, a tooltip on hover, the whole name of a cut
 * category, and paper at the print width. jsdom lays nothing out, but these charts need no layout to draw.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ILLUSTRATIVE_OPACITY, PlainBarChart, PlainLineChart, PRINT_CHART_WIDTH, type SegmentSelection, type Series } from '../../src/components/charts';
import { PlainBarChartView } from '../../src/components/charts/plain/plain-bar-chart';
import { PlainLineChartView } from '../../src/components/charts/plain/plain-line-chart';
import { startPrinting, stopPrinting } from '../../src/stores/print-store';

const stages: Series[] = [
  { key: 'planning', label: '谋划', color: '#9AA5B1', stackId: 'stage', illustrative: true },
  { key: 'construction', label: '在建', color: '#0072B2', stackId: 'stage', illustrative: true },
];
const rows = [{ category: '新基建', planning: 5, construction: 3 }, { category: '产学研', planning: 0, construction: 9 }];
const base = { data: rows, categoryKey: 'category', series: stages, formatValue: (v: number) => `${v}个`, width: 600, height: 260 };

afterEach(() => { act(() => stopPrinting()); });

const bars = (container: HTMLElement) => [...container.querySelectorAll<SVGRectElement>('svg.chart-surface rect.chart-bar')];
const num = (el: Element, name: string) => Number(el.getAttribute(name));

describe('the stage chart: horizontal stacked bars', () => {
  it('draws each segment as long as its value on the axis, stacked in order, and nothing for a zero', () => {
    const { container } = render(<PlainBarChartView {...base} horizontal categoryWidth={96} />);
    const drawn = bars(container);
    expect(drawn).toHaveLength(3);
    const [planning, construction, second] = drawn as [SVGRectElement, SVGRectElement, SVGRectElement];
    // 5 and 3 stack: the second starts where the first ends; 9 is as long as 5 + 3 + 1 would be.
    expect(num(construction, 'x')).toBeCloseTo(num(planning, 'x') + num(planning, 'width'), 6);
    expect(num(planning, 'width') / num(construction, 'width')).toBeCloseTo(5 / 3, 6);
    expect(num(second, 'width') / num(planning, 'width')).toBeCloseTo(9 / 5, 6);
    // Illustrative series are lighter, never as solid as an official figure.
    expect(planning.getAttribute('fill-opacity')).toBe(String(ILLUSTRATIVE_OPACITY));
    // The axis reads in round counts up to at least the longest bar.
    const ticks = [...container.querySelectorAll('.chart-axis-x text')].map((t) => t.textContent);
    expect(ticks).toEqual(['0个', '3个', '6个', '9个']);
    expect(within(container).getAllByText(/新基建|产学研/).map((t) => t.textContent)).toEqual(['新基建', '产学研']);
  });

  it('makes each segment a toggle button a planner can press with the mouse or the keyboard', () => {
    const onSelect = vi.fn();
    const select: SegmentSelection = { onSelect, label: (row, key, v) => `${String(row.category)} ${key} ${v}，按此筛选`, isSelected: (row, key) => key === 'construction' && row.category === '产学研' };
    render(<PlainBarChartView {...base} horizontal select={select} />);
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(['新基建 planning 5，按此筛选', '新基建 construction 3，按此筛选', '产学研 construction 9，按此筛选']);
    expect(screen.getByRole('button', { pressed: true })).toHaveAccessibleName('产学研 construction 9，按此筛选');
    fireEvent.click(buttons[0]!);
    fireEvent.keyDown(buttons[1]!, { key: 'Enter' });
    expect(onSelect.mock.calls.map(([row, key]) => [row.category, key])).toEqual([['新基建', 'planning'], ['新基建', 'construction']]);
  });

  it('cuts a category name too long for its axis, and keeps the whole of it in the tick\'s title', () => {
    const long = '超长类别名称'.repeat(30);
    const { container } = render(<PlainBarChartView {...base} data={[{ category: long, planning: 1, construction: 1 }]} horizontal categoryWidth={96} />);
    const tick = container.querySelector('.chart-axis-y g')!;
    expect(tick.querySelector('title')?.textContent).toBe(long);
    expect(tick.querySelectorAll('tspan').length).toBeLessThanOrEqual(3);
    expect(tick.querySelector('text')?.textContent?.endsWith('…')).toBe(true);
  });

  it('shows the category\'s values under the pointer, and hides them when the pointer leaves', () => {
    const { container } = render(<PlainBarChartView {...base} horizontal />);
    const wrapper = container.querySelector<HTMLElement>('.chart-wrapper')!;
    // jsdom puts the wrapper at (0, 0): the pointer's client position is its position in the chart. The second band.
    fireEvent.pointerMove(wrapper, { clientX: 300, clientY: 150 });
    const tip = container.querySelector('.chart-tooltip');
    expect(tip?.textContent).toContain('产学研');
    expect(tip?.textContent).toContain('在建: 9个');
    fireEvent.mouseLeave(wrapper);
    expect(container.querySelector('.chart-tooltip')).toBeNull();
  });

  it('lists the series in a legend outside the drawing, so an export adds its own', () => {
    const { container } = render(<PlainBarChartView {...base} horizontal />);
    const legend = container.querySelector('.chart-legend')!;
    expect([...legend.querySelectorAll('li')].map((li) => li.textContent)).toEqual([expect.stringContaining('谋划'), expect.stringContaining('在建')]);
    expect(container.querySelector('svg.chart-surface .chart-legend')).toBeNull();
  });
});

describe('the progress chart: lines', () => {
  it('draws one line per series through a dot per month, an illustrative one dashed', () => {
    const data = [{ m: '1月', p: 1, c: 0.5 }, { m: '2月', p: 2, c: 1 }, { m: '3月', p: 4, c: 3 }];
    const series: Series[] = [{ key: 'p', label: '计划', color: '#0072B2', illustrative: true }, { key: 'c', label: '完成', color: '#E69F00' }];
    const { container } = render(<PlainLineChartView data={data} categoryKey="m" series={series} formatValue={String} width={500} />);
    const lines = [...container.querySelectorAll('path.chart-line')];
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => l.getAttribute('stroke-dasharray'))).toEqual(['6 3', null]);
    expect(container.querySelectorAll('circle.chart-dot')).toHaveLength(6);
    // Higher values sit higher: y falls as the planned line rises.
    const ys = [...container.querySelectorAll('.chart-series')[0]!.querySelectorAll('circle')].map((c) => num(c, 'cy'));
    expect(ys[0]).toBeGreaterThan(ys[1]!);
    expect(ys[1]).toBeGreaterThan(ys[2]!);
  });
});

describe('on paper', () => {
  it('draws at once at the print width, with nothing to hover', () => {
    const { container } = render(<PlainBarChart {...base} horizontal />);
    act(() => startPrinting());
    const svg = container.querySelector('svg.chart-surface')!;
    expect(svg.getAttribute('width')).toBe(String(PRINT_CHART_WIDTH.portrait));
    fireEvent.pointerMove(container.querySelector('.chart-wrapper')!, { clientX: 300, clientY: 150 });
    expect(container.querySelector('.chart-tooltip')).toBeNull();
  });

  it('the line chart too', () => {
    const { container } = render(<PlainLineChart data={[{ m: '1月', p: 1 }]} categoryKey="m" series={[{ key: 'p', label: '计划', color: '#000' }]} formatValue={String} />);
    act(() => startPrinting());
    expect(container.querySelector('svg.chart-surface')?.getAttribute('width')).toBe(String(PRINT_CHART_WIDTH.portrait));
  });
});
