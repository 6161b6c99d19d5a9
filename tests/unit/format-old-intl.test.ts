/**
 * Our floor is Chrome 87 / Safari 14, whose Intl reads useGrouping as a plain boolean: any string, 'min2'
 * included, means "always group", so 1000 MW would read 1,000 MW. This file swaps in that older behaviour
 * before the formatter loads (its formatters are cached per module, so it needs a file of its own).
 */
import { afterAll, describe, expect, it, vi } from 'vitest';

const restore = vi.hoisted(() => {
  const Modern = Intl.NumberFormat;
  class OldNumberFormat extends Modern {
    constructor(locales?: string | string[], options?: Intl.NumberFormatOptions) {
      super(locales, options && 'useGrouping' in options ? { ...options, useGrouping: Boolean(options.useGrouping) } : options);
    }
  }
  Object.defineProperty(Intl, 'NumberFormat', { value: OldNumberFormat, configurable: true, writable: true });
  return () => Object.defineProperty(Intl, 'NumberFormat', { value: Modern, configurable: true, writable: true });
});

import { formatNumber, formatQuantity, type Lang } from '../../src/lib/format';
import { normalizeSpaces } from '../lib/spaces';

afterAll(restore);

describe('formatNumber on an Intl without useGrouping: "min2"', () => {
  it('the emulation is in place: a string useGrouping groups four digits', () => {
    expect(new Intl.NumberFormat('en-GB', { useGrouping: 'min2' }).format(1000)).toBe('1,000');
  });

  it.each<Lang>(['zh', 'en'])('keeps four digits ungrouped and groups from five (%s)', (lang) => {
    expect(formatNumber(1000, lang)).toBe('1000');
    expect(formatNumber(9999, lang)).toBe('9999');
    expect(formatNumber(12_345, lang)).toBe('12,345');
    expect(formatNumber(-12_345, lang)).toBe('-12,345');
    expect(normalizeSpaces(formatQuantity({ value: 1000, unit: 'MW' }, lang))).toBe('1000 MW');
  });

  it('groups a value that rounds up to five digits like any other five-digit number', () => {
    expect(formatNumber(9999.999, 'en')).toBe('10,000');
  });
});
