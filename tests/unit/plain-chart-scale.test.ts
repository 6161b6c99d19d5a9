/**
 * The arithmetic behind the first screen's plain SVG charts (src/components/charts/plain/scale.ts): round axis
 * ticks, stacks, bands and label thinning. A leader reads a bar's length against these ticks, so they must be right.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allIntegers, bandAt, extent, labelEvery, layoutBars, linear, niceTicks } from '../../src/components/charts/plain/scale';
import type { Series } from '../../src/components/charts';

const stage = (key: string): Series => ({ key, label: key, color: '#000', stackId: 'stage' });

describe('niceTicks', () => {
  it.each([
    [9, true, [0, 3, 6, 9]],
    [59.34, false, [0, 20, 40, 60]],
    [5.93, false, [0, 2, 4, 6]],
    [0, true, [0, 1]],
    [0.3, false, [0, 0.1, 0.2, 0.3]],
  ])('%s (whole numbers: %s) ticks at %j', (max, integers, ticks) => {
    expect(niceTicks(max, integers)).toEqual(ticks);
  });

  it('always starts at 0, reaches the largest value, steps evenly and never ticks a count at a fraction', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.boolean(), (max, integers) => {
      const ticks = niceTicks(max, integers);
      expect(ticks[0]).toBe(0);
      expect(ticks[ticks.length - 1]!).toBeGreaterThanOrEqual(max - 1e-9 * Math.max(1, max));
      expect(ticks.length).toBeLessThanOrEqual(7);
      const step = ticks[1]! - ticks[0]!;
      ticks.forEach((t, i) => expect(t).toBeCloseTo(i * step, 6));
      if (integers) expect(ticks.every(Number.isInteger)).toBe(true);
    }));
  });
});

describe('stacks and bands', () => {
  const data = [{ c: '甲', a: 2, b: 3 }, { c: '乙', a: 5, b: 0 }, { c: '丙', a: 'n/a', b: 1 }];

  it('stacks series sharing a stackId, each segment starting where the one before ended', () => {
    const { segments, slots } = layoutBars(data, [stage('a'), stage('b')]);
    expect(slots.size).toBe(1);
    expect(segments.map((s) => [s.index, s.series.key, s.from, s.to])).toEqual([
      [0, 'a', 0, 2], [0, 'b', 2, 5], [1, 'a', 0, 5], [1, 'b', 5, 5], [2, 'a', 0, 0], [2, 'b', 0, 1],
    ]);
    expect(extent(data, [stage('a'), stage('b')])).toBe(5);
  });

  it('puts series without a stackId side by side, each in its own slot, the axis at the largest single value', () => {
    const series: Series[] = [{ key: 'a', label: 'a', color: '#000' }, { key: 'b', label: 'b', color: '#111' }];
    expect(layoutBars(data, series).slots.size).toBe(2);
    expect(extent(data, series)).toBe(5);
    expect(allIntegers(data, series)).toBe(true);
    expect(allIntegers([{ a: 1.5 }], series)).toBe(false);
  });

  it('maps values onto the plot and pointers onto bands', () => {
    const at = linear(10, 200);
    expect([at(0), at(5), at(10), at(-3)]).toEqual([0, 100, 200, 0]);
    expect([bandAt(0, 300, 3), bandAt(150, 300, 3), bandAt(299, 300, 3), bandAt(-1, 300, 3), bandAt(300, 300, 3)]).toEqual([0, 1, 2, -1, -1]);
  });

  it('thins category labels that would collide, and keeps every one that fits', () => {
    expect(labelEvery([50, 50, 50], 100)).toBe(1);
    expect(labelEvery(Array(24).fill(60), 20)).toBe(4);
    expect(labelEvery([500], 10)).toBe(1);
  });
});
