/**
 * The planner's selection (src/projects/selection/select.ts selectProjects) and sort (sort.ts): several values
 * per field ("any of"), fields ANDed, status by the visible rule at the data's as-of date (已完成 included), the
 * planned-investment range in 万元, and sorts by every column with the language's collator.
 */
import { describe, expect, it } from 'vitest';
import dataset from '../../seeds/dataset.json';
import { syntheticProjects } from '../../mocks/synthetic-projects';
import { type Project, type Projects } from '../../src/contract/schemas';
import { sortProjects, viewProjects } from '../../src/projects/selection/sort';
import { assessProject, selectProjects, unitsOf } from '../../src/projects/selection/select';
import { SCHEDULE_STATUSES, assessSchedule } from '../../src/lib/schedule';
import { DEMO_CATEGORIES } from '../../seeds/documented';

const data = dataset.projects as unknown as Projects;
const seed = data.items;
const asOf = data.asOf;
const many = syntheticProjects(10_000);
const ids = (items: readonly Project[]) => items.map((p) => p.id);
const sorted = (xs: string[]) => [...xs].sort();

describe('selectProjects: several values per field, fields ANDed', () => {
  it('a list of categories is their union, in list order', () => {
    const two = selectProjects(seed, { category: ['new-infrastructure', 'future-community'] });
    const each = [...selectProjects(seed, { category: ['new-infrastructure'] }), ...selectProjects(seed, { category: ['future-community'] })];
    expect(two.length).toBe(each.length);
    expect(sorted(ids(two))).toEqual(sorted(ids(each)));
    expect(ids(two)).toEqual(ids(seed).filter((id) => ids(two).includes(id)));
    expect(selectProjects(seed, { category: [...DEMO_CATEGORIES] })).toHaveLength(26);
    expect(selectProjects(seed, { category: [] })).toHaveLength(26);
  });

  it('fields AND together: category × stage × park × unit', () => {
    const out = selectProjects(many, { category: ['new-engineering', 'future-community'], stage: ['construction'], park: ['park-b', 'park-c'] });
    expect(out.length).toBeGreaterThan(0);
    expect(out.every((p) => ['new-engineering', 'future-community'].includes(p.category) && p.stage === 'construction' && p.park !== 'park-a')).toBe(true);
    const unit = seed[0]!.responsibleUnit.zh;
    const byUnit = selectProjects(seed, { unit: [unit] });
    expect(byUnit.length).toBeGreaterThan(0);
    expect(byUnit.every((p) => p.responsibleUnit.zh === unit)).toBe(true);
    expect(selectProjects(seed, { unit: ['示例责任单位癸'] })).toEqual([]);
  });

  it('status is the schedule rule at the as-of date, never a stored value; the statuses partition the list', () => {
    let total = 0;
    for (const status of SCHEDULE_STATUSES) {
      const out = selectProjects(many, { status: [status] }, asOf);
      total += out.length;
      for (const p of out.slice(0, 200)) {
        expect(assessSchedule({ start: p.start, end: p.end, done: p.completedWan / p.plannedWan }, asOf).status).toBe(status);
      }
    }
    expect(total).toBe(many.length);
    // 已完成 (done) is one of them, and the synthetic data has some.
    expect(selectProjects(many, { status: ['done'] }, asOf).length).toBeGreaterThan(0);
    const amberRed = selectProjects(many, { status: ['at-risk', 'behind'] }, asOf);
    expect(amberRed.every((p) => ['amber', 'red'].includes(assessProject(p, asOf).rag))).toBe(true);
    // A different date gives a different answer: the rule, not a label.
    expect(ids(selectProjects(many, { status: ['behind'] }, '2027-01-01'))).not.toEqual(ids(selectProjects(many, { status: ['behind'] }, asOf)));
  });

  it('the planned-investment range is inclusive, in 万元', () => {
    const plans = seed.map((p) => p.plannedWan).sort((a, b) => a - b);
    const [lo, hi] = [plans[5]!, plans[20]!];
    const out = selectProjects(seed, { min: lo, max: hi });
    expect(out.every((p) => p.plannedWan >= lo && p.plannedWan <= hi)).toBe(true);
    expect(out).toHaveLength(plans.filter((v) => v >= lo && v <= hi).length);
    expect(selectProjects(seed, { min: plans.at(-1)! + 1 })).toEqual([]);
    expect(selectProjects(seed, { max: plans[0]! })).toHaveLength(plans.filter((v) => v === plans[0]).length);
    expect(selectProjects(seed, { min: 0 })).toHaveLength(26);
  });

  it('lists each responsible unit once, by its Chinese name', () => {
    const units = unitsOf(seed);
    expect(new Set(units.map((u) => u.id)).size).toBe(units.length);
    expect(units.map((u) => u.id).sort()).toEqual([...new Set(seed.map((p) => p.responsibleUnit.zh))].sort());
  });
});

describe('sorting by every column', () => {
  const ctx = { lang: 'zh' as const, asOf, categories: data.categories, parks: data.parks };

  it('category and park sort by their names in the language: zh by pinyin, en alphabetically', () => {
    const zhNames = sortProjects(seed, { key: 'category', dir: 'asc' }, ctx).map((p) => data.categories.find((c) => c.id === p.category)!.name.zh);
    expect([...new Set(zhNames)]).toEqual(['产学研', '未来社区', '新工科', '新基建']);
    const enNames = sortProjects(seed, { key: 'category', dir: 'asc' }, { ...ctx, lang: 'en' })
      .map((p) => data.categories.find((c) => c.id === p.category)!.name.en!);
    expect([...new Set(enNames)]).toEqual([...new Set(enNames)].sort((a, b) => a.localeCompare(b, 'en-GB')));
    const parks = sortProjects(seed, { key: 'park', dir: 'desc' }, ctx).map((p) => p.park);
    // 示例园区乙 yǐ, 甲 jiǎ, 丙 bǐng: pinyin order descending, not the ids' order.
    expect([...new Set(parks)]).toEqual(['park-b', 'park-a', 'park-c']);
  });

  it('status sorts from finished to worst, ascending', () => {
    const rank = { done: 0, 'on-track': 1, 'not-started': 2, 'at-risk': 3, behind: 4 } as const;
    const out = sortProjects(many, { key: 'status', dir: 'asc' }, ctx).map((p) => rank[assessProject(p, asOf).status]);
    for (let i = 1; i < out.length; i += 1) expect(out[i - 1]!).toBeLessThanOrEqual(out[i]!);
    expect(sortProjects(many, { key: 'status', dir: 'desc' }, ctx).slice(0, 5).every((p) => assessProject(p, asOf).status === 'behind')).toBe(true);
  });

  it('unit sorts with the collator; ties fall back to the id in both directions', () => {
    const out = sortProjects(seed, { key: 'unit', dir: 'asc' }, ctx);
    const collator = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' });
    for (let i = 1; i < out.length; i += 1) {
      const [a, b] = [out[i - 1]!, out[i]!];
      const c = collator.compare(a.responsibleUnit.zh, b.responsibleUnit.zh);
      expect(c < 0 || (c === 0 && a.id < b.id), `${a.id} before ${b.id}`).toBe(true);
    }
    const desc = sortProjects(seed, { key: 'unit', dir: 'desc' }, ctx);
    for (let i = 1; i < desc.length; i += 1) {
      const [a, b] = [desc[i - 1]!, desc[i]!];
      if (a.responsibleUnit.zh === b.responsibleUnit.zh) expect(a.id < b.id).toBe(true);
    }
  });

  it('filter then sort equals sort then filter: a cached sorted list gives the same rows in the same order', () => {
    const filters = { category: ['new-engineering' as const, 'industry-academia' as const], status: ['not-started' as const, 'behind' as const] };
    for (const key of ['name', 'plannedWan', 'status', 'end'] as const) {
      const sort = { key, dir: 'desc' as const };
      const viaView = viewProjects(many, { filters, sort, ...ctx });
      const direct = sortProjects(selectProjects(many, filters, asOf), sort, ctx);
      expect(ids(viaView)).toEqual(ids(direct));
      // Asked again (the cached sorted list), the same answer.
      expect(ids(viewProjects(many, { filters, sort, ...ctx }))).toEqual(ids(direct));
    }
  });
});
