import { describe, expect, it } from 'vitest';
import { parseFilterParams } from '../../src/stores/filters-store';

const from = (query: string) => {
  const params = new URLSearchParams(query);
  return parseFilterParams((k) => params.get(k));
};

describe('filters read from a shared link', () => {
  it('keeps valid values', () => {
    expect(from('category=new-infrastructure&stage=planning&park=suxin&q=%20示例%20')).toEqual({
      filters: { category: 'new-infrastructure', stage: 'planning', park: 'suxin', q: '示例' },
      rejected: [],
    });
  });

  it('reports and drops values the contract does not allow', () => {
    const { filters, rejected } = from('category=roads&stage=done&park=suxin');
    expect(filters).toEqual({ park: 'suxin' });
    expect(rejected).toEqual(['category=roads', 'stage=done']);
  });

  it('treats hostile and oversized input as invalid text, never as markup or a crash', () => {
    const long = 'x'.repeat(500);
    const { filters, rejected } = from(`stage=${encodeURIComponent('<img src=x onerror=alert(1)>')}&q=${long}`);
    expect(filters).toEqual({});
    expect(rejected[0]).toBe('stage=<img src=x onerror=alert(1)>');
    expect(rejected[1]).toBe(`q=${'x'.repeat(40)}…`);
  });

  it('ignores empty parameters and unrelated ones', () => {
    expect(from('category=&q=%20%20&lang=en&scenario=slow')).toEqual({ filters: {}, rejected: [] });
  });
});
