import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/features/ledger/model/types';
import { cellText, DAY_CONVENTION, parseAmount, parseDate, parsePeriod } from '../../src/features/ledger/model/values';

const text = (v: string): Cell => ({ v });
const num = (v: number, w?: string): Cell => (w === undefined ? { v } : { v, w });

describe('cellText', () => {
  it('shows what Excel shows, trimmed, and nothing for an empty cell', () => {
    expect(cellText({ v: 30000, w: '30,000' })).toBe('30,000');
    expect(cellText({ v: '  续建\u3000' })).toBe('续建');
    expect(cellText({ v: 12.5 })).toBe('12.5');
    expect(cellText({ v: null })).toBe('');
    expect(cellText(null)).toBe('');
  });
});

describe('parseAmount: what a ledger writes in an amount column', () => {
  it.each([
    ['a plain number', num(30000), 30000],
    ['a number with a display format', num(30000, '30,000'), 30000],
    ['thousands separators in text', text('30,000'), 30000],
    ['a full-width comma', text('30，000'), 30000],
    ['full-width digits', text('３０，０００'), 30000],
    ['5000万元 (the cell says 万)', text('5000万元'), 5000],
    ['a decimal rounded to whole 万元', num(1234.6), 1235],
  ])('%s', (_label, cell, wan) => {
    expect(parseAmount(cell, 'wan')).toMatchObject({ ok: true, wan });
  });

  it('3.2亿 is 32000万元, with or without 元, and the cell says so', () => {
    expect(parseAmount(text('3.2亿'), 'wan')).toEqual({ ok: true, wan: 32000, unitInCell: 'yi' });
    expect(parseAmount(text('3.2亿元'), 'wan')).toEqual({ ok: true, wan: 32000, unitInCell: 'yi' });
  });

  it('a column in 亿元 multiplies by 10000, but 万 or 亿 in the cell wins', () => {
    expect(parseAmount(num(3.2), 'yi')).toEqual({ ok: true, wan: 32000 });
    expect(parseAmount(text('5000万元'), 'yi')).toEqual({ ok: true, wan: 5000, unitInCell: 'wan' });
    expect(parseAmount(text('2亿'), 'wan')).toMatchObject({ wan: 20000 });
  });

  it('约 and 左右 mark an approximate amount; 以上 and 超 a lower bound', () => {
    expect(parseAmount(text('约3亿'), 'wan')).toEqual({ ok: true, wan: 30000, qualifier: 'approx', unitInCell: 'yi' });
    expect(parseAmount(text('3亿元左右'), 'wan')).toEqual({ ok: true, wan: 30000, qualifier: 'approx', unitInCell: 'yi' });
    expect(parseAmount(text('5000万以上'), 'wan')).toEqual({ ok: true, wan: 5000, qualifier: 'over', unitInCell: 'wan' });
    expect(parseAmount(text('超5000万'), 'wan')).toEqual({ ok: true, wan: 5000, qualifier: 'over', unitInCell: 'wan' });
    expect(parseAmount(text('3亿余元'), 'wan')).toMatchObject({ wan: 30000, qualifier: 'over' });
  });

  it.each(['待定', '暂无', '—', '-', '/', '——'])('“%s” is pending: not an amount, and not zero', (v) => {
    expect(parseAmount(text(v), 'wan')).toEqual({ ok: false, reason: 'pending' });
  });

  it('an empty cell is empty', () => {
    expect(parseAmount(null, 'wan')).toEqual({ ok: false, reason: 'empty' });
    expect(parseAmount({ v: null }, 'wan')).toEqual({ ok: false, reason: 'empty' });
    expect(parseAmount(text('  '), 'wan')).toEqual({ ok: false, reason: 'empty' });
  });

  it('a negative amount is refused, as a number or as text', () => {
    expect(parseAmount(num(-500), 'wan')).toEqual({ ok: false, reason: 'negative' });
    expect(parseAmount(text('-500'), 'wan')).toEqual({ ok: false, reason: 'negative' });
    expect(parseAmount(text('－500'), 'wan')).toEqual({ ok: false, reason: 'negative' });
  });

  it.each(['三千万', '5000元', '3,2', 'abc', '12%', '约'])('“%s” is not an amount (never guessed)', (v) => {
    expect(parseAmount(text(v), 'wan')).toEqual({ ok: false, reason: 'not-amount' });
  });

  it('a date cell in an amount column is not an amount', () => {
    expect(parseAmount({ v: 45413, d: '2024-05-01' }, 'wan')).toEqual({ ok: false, reason: 'not-amount' });
  });
});

describe('parseDate', () => {
  it('a date cell is its ISO date; a format without a day makes it a month', () => {
    expect(parseDate({ v: 45413, d: '2024-05-01', z: 'yyyy/m/d' }, 'start')).toEqual({ ok: true, iso: '2024-05-01', precision: 'day' });
    expect(parseDate({ v: 45413, d: '2024-05-01' }, 'end')).toEqual({ ok: true, iso: '2024-05-01', precision: 'day' });
    expect(parseDate({ v: 45413, d: '2024-05-01', z: 'yyyy"年"m"月"' }, 'end')).toEqual({ ok: true, iso: '2024-05-31', precision: 'month' });
    expect(parseDate({ v: 45413, d: '2024-05-01', z: 'yyyy/m' }, 'start')).toEqual({ ok: true, iso: '2024-05-01', precision: 'month' });
    // The quoted 日 of 'yyyy"年"m"月"d"日"' is a literal, the d before it the day token.
    expect(parseDate({ v: 45413, d: '2024-05-01', z: 'yyyy"年"m"月"d"日"' }, 'end')).toMatchObject({ precision: 'day', iso: '2024-05-01' });
  });

  it('an Excel serial is a day in the 1900 date system: 45413 is 2024-05-01', () => {
    expect(parseDate(num(45413), 'start')).toEqual({ ok: true, iso: '2024-05-01', precision: 'day' });
    expect(parseDate(num(45413), 'end')).toEqual({ ok: true, iso: '2024-05-01', precision: 'day' });
  });

  it('a number too small or too large for a serial is not a date', () => {
    expect(parseDate(num(12), 'start')).toEqual({ ok: false, reason: 'not-date' });
    expect(parseDate(num(900000), 'start')).toEqual({ ok: false, reason: 'not-date' });
  });

  it('the number 2024.5 is May 2024', () => {
    expect(parseDate(num(2024.5), 'start')).toEqual({ ok: true, iso: '2024-05-01', precision: 'month' });
    expect(parseDate(num(2024.5), 'end')).toEqual({ ok: true, iso: '2024-05-31', precision: 'month' });
  });

  it('the number 2024.1 is January, but may be October (Excel drops the 0 of 2024.10)', () => {
    expect(parseDate(num(2024.1), 'start')).toEqual({ ok: true, iso: '2024-01-01', precision: 'month', ambiguous: { alternative: '2024-10-01' } });
    expect(parseDate(num(2024.1), 'end')).toEqual({ ok: true, iso: '2024-01-31', precision: 'month', ambiguous: { alternative: '2024-10-31' } });
  });

  it('2024.2 and 2024.3 are not ambiguous: November and December keep two digits', () => {
    expect(parseDate(num(2024.2), 'start')).toEqual({ ok: true, iso: '2024-02-01', precision: 'month' });
    expect(parseDate(num(2024.3), 'end')).toEqual({ ok: true, iso: '2024-03-31', precision: 'month' });
    expect(parseDate(num(2024.11), 'start')).toEqual({ ok: true, iso: '2024-11-01', precision: 'month' });
  });

  it('a number shown as 2024.10 is October, as the planner sees it', () => {
    expect(parseDate(num(2024.1, '2024.10'), 'start')).toEqual({ ok: true, iso: '2024-10-01', precision: 'month' });
  });

  it('the text 2024.1 is January, not ambiguous: text keeps what was typed', () => {
    expect(parseDate(text('2024.1'), 'start')).toEqual({ ok: true, iso: '2024-01-01', precision: 'month' });
  });

  it.each([
    ['2024.5', 'start', '2024-05-01', 'month'],
    ['2024.10', 'end', '2024-10-31', 'month'],
    ['2024年5月', 'end', '2024-05-31', 'month'],
    ['2024年5月1日', 'end', '2024-05-01', 'day'],
    ['2024/5/1', 'start', '2024-05-01', 'day'],
    ['2024-5-1', 'start', '2024-05-01', 'day'],
    ['2024-05-01', 'end', '2024-05-01', 'day'],
    ['2025-03', 'start', '2025-03-01', 'month'],
    ['2025/3', 'end', '2025-03-31', 'month'],
    ['2024年', 'start', '2024-01-01', 'year'],
    ['2024', 'end', '2024-12-31', 'year'],
    ['２０２４年５月', 'start', '2024-05-01', 'month'],
    ['2024-02', 'end', '2024-02-29', 'month'],
  ] as const)('the text “%s” as a %s date is %s (%s)', (v, role, iso, precision) => {
    expect(parseDate(text(v), role)).toEqual({ ok: true, iso, precision });
  });

  it('the number 2024 is a bare year: Jan 1 to start, Dec 31 to end', () => {
    expect(parseDate(num(2024), 'start')).toEqual({ ok: true, iso: '2024-01-01', precision: 'year' });
    expect(parseDate(num(2024), 'end')).toEqual({ ok: true, iso: '2024-12-31', precision: 'year' });
  });

  it.each(['2024-13-01', '2024-02-30', '2023-02-29', '2024.13', '明年', '2024年13月'])('“%s” is not a date', (v) => {
    expect(parseDate(text(v), 'start')).toEqual({ ok: false, reason: 'not-date' });
  });

  it('an empty cell is empty', () => {
    expect(parseDate(null, 'start')).toEqual({ ok: false, reason: 'empty' });
    expect(parseDate(text(' '), 'end')).toEqual({ ok: false, reason: 'empty' });
  });

  it('the day convention is stated in both languages', () => {
    expect(DAY_CONVENTION.zh).toContain('最后一天');
    expect(DAY_CONVENTION.en).toContain('31 December');
  });
});

describe('parsePeriod (建设起止年限)', () => {
  it.each([
    ['2024-2026', '2024-01-01', 'year', '2026-12-31', 'year'],
    ['2024—2026', '2024-01-01', 'year', '2026-12-31', 'year'],
    ['2024~2026', '2024-01-01', 'year', '2026-12-31', 'year'],
    ['2024-2026年', '2024-01-01', 'year', '2026-12-31', 'year'],
    ['2024.3-2026.12', '2024-03-01', 'month', '2026-12-31', 'month'],
    ['2024年3月-2026年12月', '2024-03-01', 'month', '2026-12-31', 'month'],
    ['2024年3月至2026年12月', '2024-03-01', 'month', '2026-12-31', 'month'],
    ['2024.03—2026.06', '2024-03-01', 'month', '2026-06-30', 'month'],
    ['2024年-2026年', '2024-01-01', 'year', '2026-12-31', 'year'],
    ['2024.3.15～2026.6.30', '2024-03-15', 'day', '2026-06-30', 'day'],
  ])('“%s” runs from %s to %s', (v, start, startPrecision, end, endPrecision) => {
    expect(parsePeriod(text(v))).toEqual({
      ok: true,
      start: { ok: true, iso: start, precision: startPrecision },
      end: { ok: true, iso: end, precision: endPrecision },
    });
  });

  it('“2025-03” is a month, not a range: a range has two 4-digit years', () => {
    expect(parsePeriod(text('2025-03'))).toEqual({ ok: false, reason: 'not-period' });
  });

  it('a lone year, a number, or words are not a period; an empty cell is empty', () => {
    expect(parsePeriod(text('2024'))).toEqual({ ok: false, reason: 'not-period' });
    expect(parsePeriod(num(2024))).toEqual({ ok: false, reason: 'not-period' });
    expect(parsePeriod(text('三年'))).toEqual({ ok: false, reason: 'not-period' });
    expect(parsePeriod(text('2024-2026.13'))).toEqual({ ok: false, reason: 'not-period' });
    expect(parsePeriod({ v: null })).toEqual({ ok: false, reason: 'empty' });
  });
});
