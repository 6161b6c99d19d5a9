/**
 * The URL's share of client state, as nuqs reads it (createLoader with the app's own key map) and writes it
 * (createSerializer): a shared link means the same view after a round trip, and hostile values are reported.
 * Lists are comma lists (`category=a,b`), bounds are whole 万元, the sort is `key.dir`, the view `projects`.
 */
import { createLoader } from 'nuqs';
import { describe, expect, it } from 'vitest';
import { parseLangParam, parseViewParam } from '../../src/lib/url-state';
import { filterParsers, parseFilterParams, serializeFilters, type KnownValues } from '../../src/projects/selection/filter-params';
import { parseSortParam, sortParamOf } from '../../src/projects/selection/url-sort';
import { VIEW_IDS } from '../../src/app/views';

const load = createLoader(filterParsers);
const from = (query: string, known?: KnownValues) => parseFilterParams(load(query), known);
const KNOWN: KnownValues = {
  categories: [{ id: 'new-engineering' }, { id: 'new-infrastructure' }, { id: 'industry-academia' }, { id: 'future-community' }],
  parks: [{ id: 'park-a' }, { id: 'park-b' }, { id: 'park-c' }],
  units: [{ id: '示例责任单位甲' }, { id: '示例责任单位乙' }],
};

describe('filters read from a shared link', () => {
  it('keeps valid values', () => {
    expect(from('?category=new-infrastructure&stage=planning&park=suxin&q=%20示例%20')).toMatchObject({
      filters: { category: ['new-infrastructure'], stage: ['planning'], park: ['suxin'], q: '示例' },
      rejected: [],
    });
  });

  it('reads comma lists: several values per field, duplicates once, blanks ignored, in the order given', () => {
    const { filters, rejected } = from('?category=new-infrastructure,future-community,new-infrastructure,&status=at-risk,behind&stage=,signed', KNOWN);
    expect(filters).toEqual({ category: ['new-infrastructure', 'future-community'], status: ['at-risk', 'behind'], stage: ['signed'] });
    expect(rejected).toEqual([]);
  });

  it('reads status in the app\'s own values, 已完成 (done) included', () => {
    expect(from('?status=done,not-started,on-track').filters.status).toEqual(['done', 'not-started', 'on-track']);
    expect(from('?status=green,late').rejected).toEqual(['status=green', 'status=late']);
  });

  it('reads the planned-investment range in whole 万元', () => {
    expect(from('?min=100000&max=500000').filters).toEqual({ min: 100_000, max: 500_000 });
    expect(from('?min=0').filters).toEqual({ min: 0 });
  });

  it('reports and drops values the contract does not allow, keeping the good items of a list', () => {
    const { filters, rejected, fixes } = from('?category=roads,new-engineering&stage=done&park=suxin', KNOWN);
    expect(filters).toEqual({ category: ['new-engineering'] });
    expect(rejected).toEqual(['category=roads', 'stage=done', 'park=suxin']);
    expect(fixes).toEqual({ category: 'new-engineering', stage: null, park: null });
  });

  it('checks category, park and unit against the loaded data: park=moon has a valid form but names no park', () => {
    expect(from('?park=moon&category=new-engineering', KNOWN)).toMatchObject({ filters: { category: ['new-engineering'] }, rejected: ['park=moon'] });
    expect(from('?park=park-b', KNOWN).filters).toEqual({ park: ['park-b'] });
    expect(from('?category=new-engineering', { ...KNOWN, categories: [] }).rejected).toEqual(['category=new-engineering']);
    expect(from(`?unit=${encodeURIComponent('示例责任单位甲,示例责任单位癸')}`, KNOWN)).toMatchObject({
      filters: { unit: ['示例责任单位甲'] }, rejected: ['unit=示例责任单位癸'],
    });
    // Before the data answers a unit is judged on its form only.
    expect(from(`?unit=${encodeURIComponent('示例责任单位癸')}`).filters).toEqual({ unit: ['示例责任单位癸'] });
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

  it('rejects hostile values of the new parameters: status, unit, min, max', () => {
    expect(from(`?status=${encodeURIComponent('<b>behind</b>')},behind`).filters.status).toEqual(['behind']);
    expect(from(`?unit=${encodeURIComponent('<script>alert(1)</script>')}`).rejected).toEqual(['unit=<script>alert(1)</script>']);
    expect(from(`?unit=${encodeURIComponent('a\u0000b')}`).filters).toEqual({});
    expect(from(`?unit=${'单'.repeat(61)}`).filters).toEqual({});
    for (const bad of ['-1', '1e9', '12.5', 'abc', '0x10', ' 1 2', '9999999999999', 'Infinity', 'NaN']) {
      expect(from(`?min=${encodeURIComponent(bad)}`), `min=${bad}`).toMatchObject({ filters: {}, rejected: [`min=${bad}`], fixes: { min: null } });
    }
    // A maximum below the minimum is dropped (the minimum stays): the list would be empty for no stated reason.
    expect(from('?min=500000&max=100000')).toMatchObject({ filters: { min: 500_000 }, rejected: ['max=100000'], fixes: { max: null } });
  });

  it('caps a list: at most 50 values are read, and at most 5 bad ones are listed (then a count)', () => {
    const many = Array.from({ length: 60 }, (_, i) => `bad${i}`).join(',');
    const { filters, rejected } = from(`?status=${many}`);
    expect(filters).toEqual({});
    expect(rejected).toHaveLength(6);
    expect(rejected.at(-1)).toBe('status=… +55');
  });

  it('ignores empty parameters and unrelated ones', () => {
    expect(from('?category=&q=%20%20&min=&lang=en&scenario=slow')).toMatchObject({ filters: {}, rejected: [] });
    expect(from('?category=,,,')).toMatchObject({ filters: {}, rejected: [] });
  });
});

describe('the sort and the view in a shared link', () => {
  it('reads key.dir for every sortable column, and writes it back', () => {
    expect(parseSortParam('plannedWan.desc')).toEqual({ sort: { key: 'plannedWan', dir: 'desc' }, rejected: null });
    for (const key of ['name', 'category', 'park', 'unit', 'status', 'provenance']) {
      expect(parseSortParam(`${key}.asc`).sort).toEqual({ key, dir: 'asc' });
    }
    expect(sortParamOf({ key: 'status', dir: 'desc' })).toBe('status.desc');
    expect(sortParamOf(undefined)).toBeNull();
    expect(parseSortParam(null)).toEqual({ rejected: null });
  });

  it('reports a hostile or malformed sort and keeps the list order', () => {
    for (const bad of ['plannedWan', 'plannedWan.up', 'evil.desc', '__proto__.asc', 'name.asc.desc', '<script>.asc', 'constructor.desc']) {
      expect(parseSortParam(bad), bad).toEqual({ rejected: `sort=${bad}` });
    }
  });

  it('reads the view: projects, or the overview (default, and for anything unknown, which is reported)', () => {
    expect(parseViewParam(null, VIEW_IDS)).toEqual({ view: 'overview', rejected: null });
    expect(parseViewParam('projects', VIEW_IDS)).toEqual({ view: 'projects', rejected: null });
    expect(parseViewParam('overview', VIEW_IDS)).toEqual({ view: 'overview', rejected: null });
    expect(parseViewParam('admin', VIEW_IDS)).toEqual({ view: 'overview', rejected: 'view=admin' });
    expect(parseViewParam('<img src=x onerror=alert(1)>', VIEW_IDS)).toEqual({ view: 'overview', rejected: 'view=<img src=x onerror=alert(1)>' });
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
    '?category=new-infrastructure,future-community',
    '?stage=construction&park=park-b',
    '?status=at-risk,behind',
    '?min=100000&max=500000',
    '?category=industry-academia&stage=planning,signed&status=done&park=park-a&unit=示例责任单位甲&min=5000&q=中试基地',
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
    const states = [
      {}, { stage: ['signed' as const] }, { status: ['done' as const, 'behind' as const] }, { min: 0, max: 1 },
      { category: ['future-community' as const], park: ['park-c', 'park-a'], unit: ['示例责任单位乙'], q: '示例 项目&=?#%' },
    ];
    for (const state of states) expect(from(serializeFilters(state), KNOWN)).toMatchObject({ filters: state, rejected: [] });
  });

  it('writes the keys in one order, whatever order the link had', () => {
    expect(serializeFilters(from('?q=a&max=9&park=park-a&status=behind&stage=signed&category=new-engineering', KNOWN).filters))
      .toBe('?category=new-engineering&stage=signed&status=behind&park=park-a&max=9&q=a');
  });
});
