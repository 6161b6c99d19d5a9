/**
 * The URL's share of client state, as nuqs reads it (createLoader with the app's own key map) and writes it
 * (createSerializer): a shared link means the same view after a round trip, and hostile values are reported.
 */
import { createLoader } from 'nuqs';
import { describe, expect, it } from 'vitest';
import { filterParsers, parseFilterParams, parseLangParam, serializeFilters, type KnownValues } from '../../src/lib/url-state';

const load = createLoader(filterParsers);
const from = (query: string, known?: KnownValues) => parseFilterParams(load(query), known);
const KNOWN: KnownValues = {
  categories: [{ id: 'new-engineering' }, { id: 'new-infrastructure' }, { id: 'industry-academia' }, { id: 'future-community' }],
  parks: [{ id: 'park-a' }, { id: 'park-b' }, { id: 'park-c' }],
};

describe('filters read from a shared link', () => {
  it('keeps valid values', () => {
    expect(from('?category=new-infrastructure&stage=planning&park=suxin&q=%20示例%20')).toEqual({
      filters: { category: 'new-infrastructure', stage: 'planning', park: 'suxin', q: '示例' },
      rejected: [],
    });
  });

  it('reports and drops values the contract does not allow', () => {
    const { filters, rejected } = from('?category=roads&stage=done&park=suxin');
    expect(filters).toEqual({ park: 'suxin' });
    expect(rejected).toEqual(['category=roads', 'stage=done']);
  });

  it('checks category and park against the loaded data: park=moon has a valid form but names no park', () => {
    expect(from('?park=moon&category=new-engineering', KNOWN)).toEqual({ filters: { category: 'new-engineering' }, rejected: ['park=moon'] });
    expect(from('?park=park-b', KNOWN)).toEqual({ filters: { park: 'park-b' }, rejected: [] });
    expect(from('?category=new-engineering', { ...KNOWN, categories: [] }).rejected).toEqual(['category=new-engineering']);
  });

  it('rejects hostile values as text, never as markup or a crash', () => {
    const q101 = 'x'.repeat(101);
    const { filters, rejected } = from(
      `?park=${encodeURIComponent('<script>')}&category=x&q=${q101}&stage=${encodeURIComponent('../../etc')}&lang=xx`, KNOWN);
    expect(filters).toEqual({});
    expect(rejected).toEqual(['category=x', 'stage=../../etc', 'park=<script>', `q=${'x'.repeat(40)}…`]);
    expect(from(`?q=${'x'.repeat(100)}`).filters.q).toHaveLength(100);
    expect(from(`?stage=${encodeURIComponent('<img src=x onerror=alert(1)>')}`).rejected).toEqual(['stage=<img src=x onerror=alert(1)>']);
  });

  it('ignores empty parameters and unrelated ones', () => {
    expect(from('?category=&q=%20%20&lang=en&scenario=slow')).toEqual({ filters: {}, rejected: [] });
  });
});

describe('the language in a shared link', () => {
  it('reads zh, en and nothing; reports anything else (lang=xx) and falls back to Chinese', () => {
    expect(parseLangParam(null)).toEqual({ lang: 'zh', rejected: null });
    expect(parseLangParam('zh')).toEqual({ lang: 'zh', rejected: null });
    expect(parseLangParam('en')).toEqual({ lang: 'en', rejected: null });
    expect(parseLangParam('xx')).toEqual({ lang: 'zh', rejected: 'xx' });
    expect(parseLangParam('<script>alert(1)</script>')).toEqual({ lang: 'zh', rejected: '<script>alert(1)</script>' });
  });
});

describe('the URL round trip: parse → state → serialise', () => {
  const URLS = [
    '',
    '?category=new-engineering',
    '?stage=construction&park=park-b',
    '?category=industry-academia&stage=planning&park=park-a&q=中试基地',
    '?q=pilot+plant',
    '?q=100%25+%26+more',
    '?q=长江路%23重庆',
  ];
  for (const url of URLS) {
    it(`gives back ${url || '(no query)'}`, () => {
      const { filters, rejected } = from(url, KNOWN);
      expect(rejected).toEqual([]);
      expect(serializeFilters(filters)).toBe(url);
    });
  }

  it('state → URL → state is the identity for every valid state', () => {
    const states = [{}, { stage: 'signed' as const }, { category: 'future-community' as const, park: 'park-c', q: '示例 项目&=?#%' }];
    for (const state of states) expect(from(serializeFilters(state), KNOWN)).toEqual({ filters: state, rejected: [] });
  });

  it('writes the keys in one order, whatever order the link had', () => {
    expect(serializeFilters(from('?q=a&park=park-a&stage=signed&category=new-engineering', KNOWN).filters))
      .toBe('?category=new-engineering&stage=signed&park=park-a&q=a');
  });
});
