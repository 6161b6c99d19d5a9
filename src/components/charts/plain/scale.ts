/**
 * The arithmetic of the plain SVG charts (plain-bar-chart.tsx, plain-line-chart.tsx): a value axis with round
 * ticks, and where each category and value lands. Pure, so a unit test checks it without a browser.
 */
import type { ChartRow, Series } from '../chart-types';

/** About this many value ticks, as recharts draws by default. */
const TICKS = 5;
const STEPS = [1, 2, 2.5, 5, 10] as const;

/**
 * Round ticks from 0 to at least `max`: 0, 2.5, 5, 7.5, 10 rather than 0, 2.3, 4.6. An axis of whole numbers
 * (counts) never ticks at a fraction. Nothing to show (or next to nothing: below a millionth, where the step
 * would underflow) still gets an axis from 0 to 1.
 */
export function niceTicks(max: number, integers = false, count = TICKS): number[] {
  const top = Number.isFinite(max) && max > 1e-6 ? max : 1;
  const raw = top / (count - 1);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  let step = (STEPS.find((s) => s * magnitude >= raw - 1e-12) ?? 10) * magnitude;
  if (integers) step = Math.max(1, Math.ceil(step));
  const ticks: number[] = [];
  // Rounded to the step's own precision, so 0.1 + 0.2 prints as 0.3.
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  for (let i = 0; ; i++) {
    const v = Number((i * step).toFixed(digits));
    ticks.push(v);
    if (v >= top - 1e-9) return ticks;
  }
}

/** A value's place on an axis from 0 to `top`, drawn over `length` px. */
export const linear = (top: number, length: number) => (v: number): number => (top > 0 ? (Math.max(0, v) / top) * length : 0);

/** A row's value for a series: a number, or 0 for anything else (a hole, a word). */
export const valueOf = (row: ChartRow, key: string): number => {
  const v = Number(row[key]);
  return Number.isFinite(v) ? v : 0;
};

/** The tallest thing drawn: a stack's sum where series share a stackId, else the largest single value. */
export function extent(data: readonly ChartRow[], series: readonly Series[]): number {
  let max = 0;
  for (const row of data) {
    const stacks = new Map<string, number>();
    for (const s of series) {
      const v = Math.max(0, valueOf(row, s.key));
      if (s.stackId) stacks.set(s.stackId, (stacks.get(s.stackId) ?? 0) + v);
      else max = Math.max(max, v);
    }
    for (const sum of stacks.values()) max = Math.max(max, sum);
  }
  return max;
}

/** Whether every value is a whole number: the axis of a count. */
export const allIntegers = (data: readonly ChartRow[], series: readonly Series[]): boolean =>
  data.every((row) => series.every((s) => Number.isInteger(valueOf(row, s.key))));

export interface Segment { series: Series; row: ChartRow; index: number; value: number; from: number; to: number }

/**
 * Each bar's start and end in value units, stacked where series share a stackId; side-by-side groups (series
 * without one) get their own slot. Returns the segments and how many slots a category holds.
 */
export function layoutBars(data: readonly ChartRow[], series: readonly Series[]): { segments: Segment[]; slots: Map<string, number> } {
  const slots = new Map<string, number>();
  for (const s of series) {
    const slot = s.stackId ?? `series:${s.key}`;
    if (!slots.has(slot)) slots.set(slot, slots.size);
  }
  const segments: Segment[] = [];
  data.forEach((row, index) => {
    const base = new Map<string, number>();
    for (const s of series) {
      const slot = s.stackId ?? `series:${s.key}`;
      const value = Math.max(0, valueOf(row, s.key));
      const from = base.get(slot) ?? 0;
      base.set(slot, from + value);
      segments.push({ series: s, row, index, value, from, to: from + value });
    }
  });
  return { segments, slots };
}

/** Which of `count` equal bands `offset` (px from the plot's start over `length` px) falls in; -1 outside. */
export const bandAt = (offset: number, length: number, count: number): number =>
  (count > 0 && offset >= 0 && offset < length ? Math.min(count - 1, Math.floor((offset / length) * count)) : -1);

/**
 * Every how-many-th category label fits when labels `spacing` px apart are `widths` px wide and need a gap
 * between them. recharts hides ticks that would collide in the same way (keeping the first).
 */
export function labelEvery(widths: readonly number[], spacing: number, gap = 8): number {
  if (widths.length < 2) return 1;
  return Math.max(1, Math.ceil((Math.max(...widths) + gap) / Math.max(1, spacing)));
}
