// @vitest-environment node
/**
 * The trend draws the months as published: oldest → newest, each month's own totals, and a month that was not
 * published stays absent (marked on the month after it), never invented.
 */
import { describe, expect, it } from 'vitest';
import type { MonthEntry } from '../../src/contract/schemas';
import { GAP_MARK, hasTrend, maxTrendWan, missingMonths, trendRows } from '../../src/features/trend/trend-logic';
import { trendSummary } from '../../src/features/trend/trend-summary';

const SOURCE: MonthEntry['source'] = { kind: 'ledger', title: { zh: '重点项目台账' }, by: { zh: '高新区管委会' }, date: '2026-10-31' };

function month(id: string, completedWan: number, behind = 0, plannedWan = 200_000): MonthEntry {
  return {
    month: id, asOf: `${id}-28`, source: SOURCE,
    totals: {
      count: 10, plannedWan, completedWan, annualPlanWan: 0, annualCompletedWan: 0,
      status: { 'not-started': 1, 'on-track': 6 - behind, 'at-risk': 1, behind, done: 2 },
    },
  };
}

// Newest first, as the contract lists them; July was not published.
const MONTHS = [month('2026-10', 90_000, 3), month('2026-09', 80_000, 2), month('2026-06', 50_000, 1)];

describe('trendRows', () => {
  it('puts the months oldest → newest, each with its own published totals', () => {
    const rows = trendRows(MONTHS, 'zh');
    expect(rows.map((r) => r.month)).toEqual(['2026-06', '2026-09', '2026-10']);
    expect(rows.map((r) => r.completedWan)).toEqual([50_000, 80_000, 90_000]);
    expect(rows.map((r) => r.plannedWan)).toEqual([200_000, 200_000, 200_000]);
    expect(rows.map((r) => r.rate)).toEqual([0.25, 0.4, 0.45]);
    expect(rows[2]).toMatchObject({ count: 10, 'not-started': 1, 'on-track': 3, 'at-risk': 1, behind: 3, done: 2, asOf: '2026-10-28' });
  });

  it('invents no month in a gap: 2026-07 and 2026-08 are absent, and the month after them is marked', () => {
    const rows = trendRows(MONTHS, 'zh');
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.gapBefore)).toEqual([0, 2, 0]);
    expect(rows.map((r) => r.label)).toEqual(['2026年6月', `${GAP_MARK}2026年9月`, '2026年10月']);
    expect(missingMonths(rows)).toEqual(['2026-07', '2026-08']);
  });

  it('counts a gap across a new year', () => {
    const rows = trendRows([month('2027-02', 2), month('2026-11', 1)], 'en');
    expect(rows.map((r) => r.label)).toEqual(['Nov 2026', `${GAP_MARK}Feb 2027`]);
    expect(missingMonths(rows)).toEqual(['2026-12', '2027-01']);
  });

  it('a month with nothing planned has a rate of 0, not NaN', () => {
    expect(trendRows([month('2026-10', 0, 0, 0)], 'zh')[0]?.rate).toBe(0);
  });

  it('names the snapshot file when the months carry it', () => {
    const [row] = trendRows([{ ...month('2026-09', 1), file: '2026-09.json' }], 'zh');
    expect(row?.file).toBe('2026-09.json');
  });

  it('scales money by the largest amount drawn, planned or completed', () => {
    expect(maxTrendWan(trendRows(MONTHS, 'zh'))).toBe(200_000);
    expect(maxTrendWan([])).toBe(0);
  });
});

describe('one month claims no change', () => {
  it('a trend needs two months', () => {
    expect(hasTrend(undefined)).toBe(false);
    expect(hasTrend([])).toBe(false);
    expect(hasTrend(MONTHS.slice(0, 1))).toBe(false);
    expect(hasTrend(MONTHS.slice(0, 2))).toBe(true);
  });

  it('the sentence is empty with one month, and with two reads from the first to the last', () => {
    expect(trendSummary(trendRows(MONTHS.slice(0, 1), 'zh'), 'zh')).toBe('');
    expect(trendSummary(trendRows(MONTHS, 'zh'), 'zh')).toBe(
      '2026年6月至2026年10月的3个已发布月份中，累计完成投资从5亿元到9亿元（完成率25.0%→45.0%），滞后项目从1个到3个。',
    );
  });
});
