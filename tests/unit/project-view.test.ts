/**
 * The in-memory view of the project list (src/projects/selection/select.ts, sort.ts): the charts filter with it
 * through react-query's select, and the planner table sorts with it. Its matching is the server's, so the
 * client's answer to a filter is the one `/projects?…` would give.
 */
import { describe, expect, it } from 'vitest';
import dataset from '../../seeds/dataset.json';
import { resolveRequest } from '../../mocks/demo-server';
import { syntheticProjects } from '../../mocks/synthetic-projects';
import { STAGES, type Project, type ProjectFilters } from '../../src/contract/schemas';
import { sortProjects, viewProjects } from '../../src/projects/selection/sort';
import { SORT_KEYS, type ProjectSelection } from '../../src/projects/selection/select';

const seed = dataset.projects.items as Project[];
const { categories, parks } = dataset.projects as unknown as { categories: { id: string; name: { zh: string; en: string } }[]; parks: { id: string; name: { zh: string; en: string } }[] };
const many = syntheticProjects(10_000);
const ids = (items: readonly Project[]) => items.map((p) => p.id);
const zhNames = (items: readonly Project[]) => items.map((p) => p.name.zh);

/** The server's single-valued filters as the client's selection (one-element lists). */
const asSelection = (f: ProjectFilters): ProjectSelection => ({
  ...(f.category ? { category: [f.category] } : {}), ...(f.stage ? { stage: [f.stage] } : {}),
  ...(f.park ? { park: [f.park] } : {}), ...(f.q ? { q: f.q } : {}),
});

function fromServer(filters: ProjectFilters, scale?: number): Project[] {
  const params = new URLSearchParams(Object.entries(filters).filter(([, v]) => v) as [string, string][]);
  if (scale) { params.set('scenario', 'scale'); params.set('n', String(scale)); }
  return (JSON.parse(resolveRequest('/projects', params).text) as { items: Project[] }).items;
}

const FILTERS: ProjectFilters[] = [
  {}, { category: 'industry-academia' }, { stage: 'construction', park: 'park-b' }, { q: '中试基地' },
  { q: 'PILOT PLANT' }, { q: 'ｐ０５' }, { category: 'new-engineering', stage: 'planning', q: '示例' }, { park: 'moon' },
];
const SCALE_FILTERS: ProjectFilters[] = [
  { q: '重' }, { q: '重庆路' }, { q: '重型' }, { q: '银行' }, { q: '行政' }, { q: '长春' }, { q: 'changjiang rd' },
  { q: 's00017' }, { category: 'future-community', stage: 'signed', park: 'park-c', q: '合成' },
];

describe('viewProjects filters and searches in memory exactly as the server does', () => {
  for (const filters of FILTERS) {
    it(`seed, ${JSON.stringify(filters)}`, () => expect(ids(viewProjects(seed, { filters: asSelection(filters) }))).toEqual(ids(fromServer(filters))));
  }
  for (const filters of SCALE_FILTERS) {
    it(`10,000 synthetic projects, ${JSON.stringify(filters)}`, () => {
      const out = viewProjects(many, { filters: asSelection(filters) });
      expect(ids(out)).toEqual(ids(fromServer(filters, 10_000)));
      expect(out.length, 'every search here finds something').toBeGreaterThan(0);
    });
  }

  it('keeps the list order without a sort and never mutates the list', () => {
    const before = ids(seed);
    const out = viewProjects(seed, { filters: { stage: ['planning'] } });
    expect(ids(out)).toEqual(before.filter((id) => out.some((p) => p.id === id)));
    sortProjects(seed, { key: 'plannedWan', dir: 'desc' });
    expect(ids(seed)).toEqual(before);
  });

  it('finds a polyphone in every reading: 重 in 重庆路 (chóng) and 重型 (zhòng), 行 in 银行 (háng) and 行政 (xíng)', () => {
    const heavy = zhNames(viewProjects(many, { filters: { q: '重' } }));
    expect(heavy.some((n) => n.includes('重庆路'))).toBe(true);
    expect(heavy.some((n) => n.includes('重型装备'))).toBe(true);
    const row = zhNames(viewProjects(many, { filters: { q: '行' } }));
    expect(row.some((n) => n.includes('银行'))).toBe(true);
    expect(row.some((n) => n.includes('行政'))).toBe(true);
  });
});

describe('viewProjects sorts', () => {
  const sorted = (key: (typeof SORT_KEYS)[number], dir: 'asc' | 'desc', lang: 'zh' | 'en' = 'zh') =>
    viewProjects(many, { filters: { park: ['park-a'] }, sort: { key, dir }, lang, asOf: '2024-05-30', categories, parks });

  it('by money, descending, ties by id', () => {
    const out = sorted('plannedWan', 'desc');
    for (let i = 1; i < out.length; i += 1) {
      const [a, b] = [out[i - 1]!, out[i]!];
      expect(a.plannedWan > b.plannedWan || (a.plannedWan === b.plannedWan && a.id < b.id), `${a.id} before ${b.id}`).toBe(true);
    }
  });

  it('by stage in the pipeline order, and by name with the language collator', () => {
    const stages = sorted('stage', 'asc').map((p) => STAGES.indexOf(p.stage));
    expect(stages).toEqual([...stages].sort((a, b) => a - b));
    const collator = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' });
    const names = zhNames(sorted('name', 'asc'));
    for (let i = 1; i < names.length; i += 1) expect(collator.compare(names[i - 1]!, names[i]!)).toBeLessThanOrEqual(0);
    const en = sorted('name', 'desc', 'en').map((p) => p.name.en);
    const enCollator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });
    for (let i = 1; i < en.length; i += 1) expect(enCollator.compare(en[i - 1]!, en[i]!)).toBeGreaterThanOrEqual(0);
  });

  it('is deterministic and total for every key: the same order twice, each id once', () => {
    for (const key of SORT_KEYS) {
      const a = ids(sorted(key, 'asc'));
      expect(ids(sorted(key, 'asc'))).toEqual(a);
      expect(new Set(a).size).toBe(a.length);
      expect(a).toHaveLength(viewProjects(many, { filters: { park: ['park-a'] } }).length);
    }
  });

  it('by progress: completed share of plan', () => {
    const out = sorted('progress', 'asc');
    const share = (p: Project) => p.completedWan / p.plannedWan;
    expect(share(out[0]!)).toBeLessThanOrEqual(share(out[out.length - 1]!));
    expect(share(out[out.length - 1]!)).toBe(1);
  });
});
