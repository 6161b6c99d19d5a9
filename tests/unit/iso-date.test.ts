/** The one place days are counted: the app, the schedule rule and the seed all use these. */
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, elapsedShare, fromDay, toDay } from '../../src/contract/iso-date';

describe('ISO-day arithmetic (UTC)', () => {
  it('round-trips and crosses month, year and leap-day boundaries', () => {
    expect(fromDay(toDay('2024-05-30'))).toBe('2024-05-30');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2024-05-30', '2024-05-30')).toBe(0);
    expect(daysBetween('2024-05-30', '2024-05-29')).toBe(-1);
  });
});

describe('elapsedShare: the as-of day counts as elapsed', () => {
  it('gives 151/366 for 2024-05-30 in 2024', () => {
    expect(elapsedShare('2024-01-01', '2024-12-31', '2024-05-30')).toBe(151 / 366);
  });

  it('is 0 before the start, one day on the start date and 1 from the end date on', () => {
    const [start, end] = ['2024-01-01', '2024-04-09']; // 100 days, both ends counted
    expect(elapsedShare(start, end, '2023-12-31')).toBe(0);
    expect(elapsedShare(start, end, start)).toBe(0.01);
    expect(elapsedShare(start, end, '2024-02-19')).toBe(0.5);
    expect(elapsedShare(start, end, end)).toBe(1);
    expect(elapsedShare(start, end, '2030-01-01')).toBe(1);
  });

  it('treats a one-day window as wholly elapsed on that day, and never divides by zero', () => {
    expect(elapsedShare('2024-05-30', '2024-05-30', '2024-05-30')).toBe(1);
    expect(Number.isFinite(elapsedShare('2024-05-30', '2024-05-01', '2024-05-15'))).toBe(true);
  });
});
