/**
 * The RAG rule is visible and mechanical: lag = share of time elapsed − share of work done, at the data's
 * as-of date. These tests pin the thresholds and prove the system clock plays no part.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pipelineStats } from '../../src/features/pipeline/pipeline-logic';
import { assessSchedule, RAG, THRESHOLDS, yearElapsedDays, yearElapsedShare } from '../../src/lib/schedule';

// A 100-day window (both ends counted), so shares are round numbers: by the end of 2024-02-19, 50 days (0.5)
// have passed, the as-of day included.
const WINDOW = { start: '2024-01-01', end: '2024-04-09' };
const MID = '2024-02-19';
const at = (done: number, asOf = MID) => assessSchedule({ ...WINDOW, done }, asOf);

describe('assessSchedule thresholds', () => {
  it('uses 5 and 15 percentage points', () => {
    expect(THRESHOLDS).toEqual({ amberPts: 5, redPts: 15 });
  });

  it('measures elapsed time and lag at the as-of date', () => {
    const a = at(0.3);
    expect(a.elapsed).toBe(0.5);
    expect(a.lagPts).toBe(20);
  });

  it('is on track at up to 5 points of lag, and when ahead', () => {
    expect(at(0.5)).toMatchObject({ status: 'on-track', rag: 'green', lagPts: 0 });
    expect(at(0.45)).toMatchObject({ status: 'on-track', lagPts: 5 });
    expect(at(0.8)).toMatchObject({ status: 'on-track', lagPts: -30 });
  });

  it('is at risk above 5 points, up to 15', () => {
    expect(at(0.449)).toMatchObject({ status: 'at-risk', rag: 'amber', lagPts: 5.1 });
    expect(at(0.35)).toMatchObject({ status: 'at-risk', rag: 'amber', lagPts: 15 });
  });

  it('is behind above 15 points', () => {
    expect(at(0.349)).toMatchObject({ status: 'behind', rag: 'red', lagPts: 15.1 });
    expect(at(0)).toMatchObject({ status: 'behind', lagPts: 50 });
  });

  it('is behind once past the end date and not done, however small the gap', () => {
    expect(at(0.99, '2024-04-10')).toMatchObject({ status: 'behind', rag: 'red', elapsed: 1, lagPts: 1 });
  });

  it('on the end date itself, still judged by lag', () => {
    expect(at(0.9, '2024-04-09')).toMatchObject({ status: 'at-risk', elapsed: 1, lagPts: 10 });
    expect(at(0.96, '2024-04-09')).toMatchObject({ status: 'on-track' });
  });

  it('is not started before the start date', () => {
    expect(at(0, '2023-12-31')).toMatchObject({ status: 'not-started', rag: 'none', elapsed: 0, lagPts: 0 });
  });

  it('on the start date its first day is due, as the as-of day counts as elapsed', () => {
    expect(at(0, '2024-01-01')).toMatchObject({ status: 'on-track', elapsed: 0.01, lagPts: 1 });
  });

  it('is done at 100%, whatever the dates', () => {
    expect(at(1)).toMatchObject({ status: 'done', rag: 'green' });
    expect(at(1, '2030-01-01')).toMatchObject({ status: 'done' });
    expect(at(1, '2020-01-01')).toMatchObject({ status: 'done' });
  });

  it('does not divide by zero on a one-day window', () => {
    const a = assessSchedule({ start: '2024-05-30', end: '2024-05-30', done: 0.5 }, '2024-05-30');
    expect(Number.isFinite(a.elapsed) && Number.isFinite(a.lagPts)).toBe(true);
  });

  it('maps every status to a RAG colour', () => {
    expect(RAG).toEqual({ 'not-started': 'none', 'on-track': 'green', done: 'green', 'at-risk': 'amber', behind: 'red' });
  });
});

describe('independence from the system clock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives the same answer whatever today is', () => {
    const inputs = [0, 0.3, 0.449, 0.5, 1].map((d) => [d, at(d)] as const);
    const share = yearElapsedShare('2024-05-30');

    vi.useFakeTimers();
    for (const now of ['2099-12-31T23:59:59Z', '1999-01-01T00:00:00Z']) {
      vi.setSystemTime(new Date(now));
      expect(Date.now()).toBe(Date.parse(now));
      for (const [d, before] of inputs) expect(at(d)).toEqual(before);
      expect(yearElapsedShare('2024-05-30')).toBe(share);
    }
  });
});

describe('yearElapsedShare (序时进度)', () => {
  it('counts the as-of day itself: 2024-05-30 is day 151 of the leap year', () => {
    expect(yearElapsedShare('2024-05-30')).toBe(151 / 366);
  });

  it('runs from 1/365 on 1 January to 1 on 31 December', () => {
    expect(yearElapsedShare('2024-01-01')).toBe(1 / 366);
    expect(yearElapsedShare('2023-01-01')).toBe(1 / 365);
    expect(yearElapsedShare('2023-12-31')).toBe(1);
    expect(yearElapsedShare('2024-12-31')).toBe(1);
  });
});

describe('one definition of time elapsed', () => {
  it("the KPI's 序时进度 equals the schedule rule's elapsed share for a project spanning the calendar year", () => {
    // The same page showed 41.3% (KPI, as-of day counted) beside 41.1% (rule, as-of day not counted).
    for (const asOf of ['2024-05-30', '2024-01-01', '2024-12-31', '2023-07-15']) {
      const year = asOf.slice(0, 4);
      const kpi = pipelineStats([], asOf).timeShare;
      expect(kpi).toBe(yearElapsedShare(asOf));
      expect(assessSchedule({ start: `${year}-01-01`, end: `${year}-12-31`, done: 0 }, asOf).elapsed).toBe(kpi);
      const { days, daysInYear } = yearElapsedDays(asOf); // the formula the KPI shows (151 ÷ 366)
      expect(days / daysInYear).toBe(kpi);
    }
  });
});
