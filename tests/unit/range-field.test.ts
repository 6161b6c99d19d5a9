/**
 * The planned-investment range: typed in 亿元 (full-width digits too), kept in the URL in whole 万元, and shown
 * back in 亿元. A value that is not a number is never written to the URL.
 */
import { describe, expect, it } from 'vitest';
import { wanOfYi, yiOfWan } from '../../src/projects/filter-bar/range-field';

describe('亿元 typed ↔ 万元 in the URL', () => {
  it('converts 亿元 to whole 万元', () => {
    expect(wanOfYi('10')).toBe('100000');
    expect(wanOfYi('50')).toBe('500000');
    expect(wanOfYi('0.5')).toBe('5000');
    expect(wanOfYi('1.')).toBe('10000');
    expect(wanOfYi('.25')).toBe('2500');
    expect(wanOfYi('0.00001')).toBe('0');
    expect(wanOfYi('１２')).toBe('120000');
    expect(wanOfYi(' 3 ')).toBe('30000');
  });

  it('empty clears the bound; anything else is not a bound', () => {
    expect(wanOfYi('')).toBeNull();
    expect(wanOfYi('  ')).toBeNull();
    for (const bad of ['-1', 'abc', '1e3', '.', '1.2.3', '10亿', '1,000', '9'.repeat(20)]) expect(wanOfYi(bad), bad).toBeUndefined();
  });

  it('shows the URL value in 亿元, and the round trip is the identity', () => {
    expect(yiOfWan(null)).toBe('');
    expect(yiOfWan('100000')).toBe('10');
    expect(yiOfWan('5000')).toBe('0.5');
    for (const wan of ['0', '1', '2500', '100000', '3193000']) expect(wanOfYi(yiOfWan(wan))).toBe(wan);
  });
});
