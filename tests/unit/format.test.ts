/**
 * The one formatter: the letter's figures must read exactly as the letter says them, in both languages.
 * 319.3亿 must never round to 319亿, and "超300亿" must never lose its "over".
 */
import { describe, expect, it } from 'vitest';
import {
  formatDate, formatExact, formatMoneyIn, formatMoneyWan, formatNumber, formatPercent, formatQuantity, moneyAxisUnit, moneyScale, type Lang,
} from '../../src/lib/format';
import { noBreak } from '../lib/spaces';

const wan = (value: number, qualifier: 'exact' | 'over' | 'approx' = 'exact') => ({ value, unit: 'wan-yuan' as const, qualifier });

describe('formatMoneyWan / formatQuantity: money', () => {
  it.each<[number, string, string]>([
    [3_193_000, '319.3亿元', noBreak('CNY 31.93 bn')],
    [500_000, '50亿元', noBreak('CNY 5 bn')],
    [150_000, '15亿元', noBreak('CNY 1.5 bn')],
    [8_500, '8500万元', noBreak('CNY 85 mn')],
    [10_000, '1亿元', noBreak('CNY 100 mn')],
    [9_999, '9999万元', noBreak('CNY 99.99 mn')],
  ])('%d 万元 → %s / %s', (value, zh, en) => {
    expect(formatMoneyWan(value, 'zh')).toBe(zh);
    expect(formatMoneyWan(value, 'en')).toBe(en);
    expect(formatQuantity(wan(value), 'zh')).toBe(zh);
    expect(formatQuantity(wan(value), 'en')).toBe(en);
  });

  it('never rounds the pipeline total to 319亿', () => {
    for (const lang of ['zh', 'en'] as Lang[]) {
      for (const compact of [false, true]) {
        const text = formatMoneyWan(3_193_000, lang, { compact });
        expect(text).not.toMatch(/(^|[^.\d])319亿/);
        expect(text).not.toMatch(/\b32\sbn|31\.9\sbn/);
      }
    }
  });

  it('keeps "over" on 超300亿', () => {
    expect(formatQuantity(wan(3_000_000, 'over'), 'zh')).toBe('300亿元以上');
    expect(formatQuantity(wan(3_000_000, 'over'), 'en')).toBe(`over ${noBreak('CNY 30 bn')}`);
    expect(formatQuantity(wan(3_000_000, 'over'), 'zh')).not.toBe('300亿元');
  });

  it('marks approximate values', () => {
    expect(formatQuantity(wan(3_193_000, 'approx'), 'zh')).toBe('约319.3亿元');
    expect(formatQuantity(wan(3_193_000, 'approx'), 'en')).toBe(`about ${noBreak('CNY 31.93 bn')}`);
    expect(formatQuantity({ value: 300, unit: 'MW', qualifier: 'approx' }, 'zh')).toBe(noBreak('约300 MW'));
    expect(formatQuantity({ value: 300, unit: 'MW', qualifier: 'approx' }, 'en')).toBe(`about ${noBreak('300 MW')}`);
  });

  it('defaults the qualifier to exact', () => {
    expect(formatQuantity({ value: 500_000, unit: 'wan-yuan' }, 'zh')).toBe('50亿元');
  });

  it('drops the currency word on compact axis ticks; the axis label carries the unit', () => {
    expect(formatMoneyWan(3_193_000, 'zh', { compact: true })).toBe('319.3亿');
    expect(formatMoneyWan(3_193_000, 'en', { compact: true })).toBe(noBreak('31.93 bn'));
    expect(formatMoneyWan(8_500, 'zh', { compact: true })).toBe('8500万');
    expect(formatMoneyWan(8_500, 'en', { compact: true })).toBe(noBreak('85 mn'));
    expect(formatMoneyWan(0, 'zh', { compact: true })).toBe('0'); // an axis origin carries no unit
    expect(moneyAxisUnit(3_193_000, 'zh')).toBe('亿元');
    expect(moneyAxisUnit(3_193_000, 'en')).toBe('CNY bn');
    expect(moneyAxisUnit(8_500, 'zh')).toBe('万元');
    expect(moneyAxisUnit(8_500, 'en')).toBe('CNY mn');
  });
});

describe('formatMoneyIn / moneyScale: one unit per chart, chosen from the largest value plotted', () => {
  const noUnit = /[万亿元]|bn|mn|CNY/;

  it('a chart up to 8000万 reads in 万元, and no tick says 亿', () => {
    const ticks = [0, 2_000, 4_000, 6_000, 8_000];
    expect(moneyAxisUnit(8_000, 'zh')).toBe('万元');
    expect(ticks.map((v) => formatMoneyIn(v, '万元', 'zh'))).toEqual(['0', '2000', '4000', '6000', '8000']);
    expect(moneyAxisUnit(8_000, 'en')).toBe('CNY mn');
    expect(ticks.map((v) => formatMoneyIn(v, 'CNY mn', 'en'))).toEqual(['0', '20', '40', '60', '80']);
  });

  it('a chart up to 3,193,000万 reads in 亿元, and its ticks are bare numbers such as 100, never 万', () => {
    const ticks = [0, 1_000_000, 2_000_000, 3_000_000, 4_000_000];
    expect(moneyAxisUnit(3_193_000, 'zh')).toBe('亿元');
    expect(ticks.map((v) => formatMoneyIn(v, '亿元', 'zh'))).toEqual(['0', '100', '200', '300', '400']);
    expect(ticks.map((v) => formatMoneyIn(v, 'CNY bn', 'en'))).toEqual(['0', '10', '20', '30', '40']);
    for (const v of ticks) expect(formatMoneyIn(v, '亿元', 'zh')).not.toMatch(noUnit);
  });

  it('moneyScale gives the label, ticks and tooltips of one chart in the same unit', () => {
    const zh = moneyScale(8_000, 'zh');
    expect(zh.unit).toBe('万元');
    expect([zh.tick(2_000), zh.value(2_000)]).toEqual(['2000', '2000万元']);
    const big = moneyScale(3_193_000, 'zh');
    expect([big.unit, big.tick(1_000_000), big.value(8_500), big.value(3_193_000)]).toEqual(['亿元', '100', '0.85亿元', '319.3亿元']);
    const en = moneyScale(3_193_000, 'en');
    expect([en.unit, en.tick(1_000_000), en.value(127_600)]).toEqual(['CNY bn', '10', noBreak('CNY 1.28 bn')]);
    expect(moneyScale(8_000, 'en').value(8_500)).toBe(noBreak('CNY 85 mn'));
  });
});

describe('formatQuantity: other units', () => {
  it.each<[number, 'GW' | 'MW' | 'sets' | 'items' | 'km2' | 'count', string, string]>([
    [3, 'GW', noBreak('3 GW'), noBreak('3 GW')],
    [300, 'MW', noBreak('300 MW'), noBreak('300 MW')],
    [1000, 'MW', noBreak('1000 MW'), noBreak('1000 MW')],
    [200, 'sets', '200台套', noBreak('200 sets')],
    [63, 'items', '63项', noBreak('63 items')],
    [8, 'km2', '8平方公里', noBreak('8 km²')],
    [26, 'count', '26', '26'],
  ])('%d %s → %s / %s', (value, unit, zh, en) => {
    expect(formatQuantity({ value, unit }, 'zh')).toBe(zh);
    expect(formatQuantity({ value, unit }, 'en')).toBe(en);
  });

  it('reads percent values as 0..100', () => {
    expect(formatQuantity({ value: 42.5, unit: 'percent' }, 'zh')).toBe('42.5%');
    expect(formatQuantity({ value: 42.5, unit: 'percent' }, 'en')).toBe('42.5%');
  });
});

describe('formatExact', () => {
  it('gives the unrounded money value', () => {
    expect(formatExact(wan(3_193_000), 'zh')).toBe('3,193,000万元');
    expect(formatExact(wan(3_193_000), 'en')).toBe(noBreak('CNY 31,930,000,000'));
    expect(formatExact(wan(8_500), 'en')).toBe(noBreak('CNY 85,000,000'));
  });

  it('drops the qualifier only for money; other units read as formatQuantity', () => {
    expect(formatExact({ value: 3, unit: 'GW' }, 'zh')).toBe(noBreak('3 GW'));
    expect(formatExact({ value: 200, unit: 'sets' }, 'en')).toBe(noBreak('200 sets'));
  });
});

describe('no-break spaces: a number stays on one line with its unit', () => {
  const shown = (lang: Lang) => [
    formatQuantity(wan(3_000_000), lang),
    formatMoneyWan(3_193_000, lang, { compact: true }),
    formatExact(wan(8_500), lang),
    moneyScale(3_193_000, lang).value(127_600),
    ...(['MW', 'GW', 'sets', 'items', 'km2'] as const).map((unit) => formatQuantity({ value: 1000, unit }, lang)),
  ];

  it.each<Lang>(['zh', 'en'])('no formatted amount holds a breakable space (%s)', (lang) => {
    for (const text of shown(lang)) expect(text, JSON.stringify(text)).not.toMatch(/[ \t\n]/);
  });

  it('"over CNY 30 bn" may break after "over", never inside the amount; Chinese units keep no space at all', () => {
    expect(formatQuantity(wan(3_000_000, 'over'), 'en')).toBe('over CNY\u00a030\u00a0bn');
    expect(formatQuantity({ value: 3, unit: 'GW', qualifier: 'approx' }, 'en')).toBe('about 3\u00a0GW');
    expect(formatQuantity({ value: 1000, unit: 'MW' }, 'en')).toBe('1000\u00a0MW');
    expect(formatQuantity(wan(3_193_000), 'zh')).toBe('319.3亿元');
    expect(formatQuantity({ value: 200, unit: 'sets' }, 'zh')).toBe('200台套');
  });
});

describe('formatDate', () => {
  it('formats ISO days in each language, whatever the time zone', () => {
    expect(formatDate('2024-05-30', 'zh')).toBe('2024年5月30日');
    expect(formatDate('2024-05-30', 'en')).toBe('30 May 2024');
    expect(formatDate('2024-01-01', 'en')).toBe('1 January 2024');
    expect(formatDate('2024-12-31', 'zh')).toBe('2024年12月31日');
  });

  it('formats months', () => {
    expect(formatDate('2024-05', 'zh', 'month')).toBe('2024年5月');
    expect(formatDate('2024-05', 'en', 'month')).toBe('May 2024');
    expect(formatDate('2023-10-15', 'en', 'month')).toBe('Oct 2023');
  });

  it('returns what it cannot parse unchanged rather than "Invalid Date"', () => {
    expect(formatDate('not a date', 'zh')).toBe('not a date');
    expect(formatDate('', 'en')).toBe('');
  });
});

describe('formatPercent / formatNumber', () => {
  it('formats ratios with one decimal by default', () => {
    expect(formatPercent(151 / 366, 'zh')).toBe('41.3%');
    expect(formatPercent(151 / 366, 'en')).toBe('41.3%');
    expect(formatPercent(0.5, 'en', 0)).toBe('50%');
    expect(formatPercent(1, 'zh')).toBe('100.0%');
    expect(formatPercent(0, 'en')).toBe('0.0%');
  });

  it('groups from five digits up (the letter writes 1000MW), and keeps at most two decimals', () => {
    expect(formatNumber(8500, 'zh')).toBe('8500');
    expect(formatNumber(8500, 'en')).toBe('8500');
    expect(formatNumber(12_345, 'zh')).toBe('12,345');
    expect(formatNumber(12_345, 'en')).toBe('12,345');
    expect(formatNumber(1_234_567.891, 'zh')).toBe('1,234,567.89');
    expect(formatNumber(1_234_567.891, 'en')).toBe('1,234,567.89');
    expect(formatNumber(319.3, 'zh')).toBe('319.3');
  });
});
