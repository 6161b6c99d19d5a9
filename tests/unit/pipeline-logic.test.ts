// @vitest-environment node
/**
 * The pipeline's arithmetic on small hand-made projects, with every expected number worked out by hand.
 * What counts as "elapsed" on a given day is src/lib/schedule.ts / iso-date.ts's rule, tested there; where
 * a figure below depends on whether the as-of day itself counts, it is checked between the two readings
 * (both written out) rather than pinned to one.
 */
import { describe, expect, it } from 'vitest';
import type { Category, Project, Stage } from '../../src/contract/schemas';
import { byCategory, byStage, pipelineStats, progressOverTime } from '../../src/features/pipeline/pipeline-logic';
import { DEMO_CATEGORIES } from '../../seeds/documented';

/** The categories as the demo's data lists them: the order the rows follow. */
const CATS = DEMO_CATEGORIES.map((id) => ({ id }));

function project(id: string, over: Partial<Project> = {}): Project {
  return {
    id,
    name: { zh: `项目${id}`, en: `Project ${id}` },
    category: 'new-engineering',
    park: 'park-a',
    stage: 'construction',
    plannedWan: 1000,
    completedWan: 0,
    annualPlanWan: 0,
    annualCompletedWan: 0,
    start: '2024-01-01',
    end: '2024-12-31',
    milestones: [],
    responsibleUnit: { zh: '单位', en: 'Unit' },
    provenance: 'illustrative',
    ...over,
  };
}

const AS_OF = '2024-05-30';

/** A value that depends on whether the as-of day counts as elapsed: not counting it gives `lo`, counting it `hi`. */
function expectBetween(actual: number | undefined, lo: number, hi: number, what: string) {
  expect(actual, what).toBeGreaterThanOrEqual(lo);
  expect(actual, what).toBeLessThanOrEqual(hi);
}

describe('pipelineStats', () => {
  const items = [
    project('A', { plannedWan: 1000, completedWan: 400, annualPlanWan: 300, annualCompletedWan: 120 }),
    // Completed: all of it done, this year's share included.
    project('B', { stage: 'completed', plannedWan: 2500, completedWan: 2500, annualPlanWan: 500, annualCompletedWan: 500, start: '2023-01-01', end: '2024-03-31' }),
    // Not started at the as-of date: its plan still belongs to the pipeline.
    project('C', { stage: 'signed', plannedWan: 700, completedWan: 0, annualPlanWan: 200, annualCompletedWan: 0, start: '2024-09-01' }),
  ];

  it('adds up the pipeline and rates this year\'s work against this year\'s plan', () => {
    const s = pipelineStats(items, AS_OF);
    expect(s).toMatchObject({ count: 3, plannedWan: 4200, completedWan: 2900, annualPlanWan: 1000, annualCompletedWan: 620 });
    expect(s.annualRate).toBeCloseTo(0.62, 10); // 620 / 1000
  });

  it('gives 序时进度 from the as-of date: 2024-05-30 is day 151 of 366', () => {
    expect(pipelineStats(items, AS_OF).timeShare).toBeCloseTo(151 / 366, 10);
    expect(pipelineStats(items, '2024-12-31').timeShare).toBeCloseTo(1, 10);
  });

  it('an empty list is all zeros, with a rate of 0 rather than NaN', () => {
    const s = pipelineStats([], AS_OF);
    expect(s).toMatchObject({ count: 0, plannedWan: 0, completedWan: 0, annualPlanWan: 0, annualCompletedWan: 0, annualRate: 0 });
    expect(s.timeShare).toBeCloseTo(151 / 366, 10);
  });

  it('no plan for this year gives a rate of 0, not Infinity', () => {
    const s = pipelineStats([project('D', { annualPlanWan: 0, annualCompletedWan: 50 })], AS_OF);
    expect(s.annualRate).toBe(0);
    expect(s.annualCompletedWan).toBe(50);
  });

  it('does not change its input', () => {
    const copy = structuredClone(items);
    pipelineStats(items, AS_OF);
    expect(items).toEqual(copy);
  });
});

describe('byCategory and byStage', () => {
  const items = [
    project('1', { category: 'new-engineering', stage: 'planning', plannedWan: 100, completedWan: 0 }),
    project('2', { category: 'new-engineering', stage: 'construction', plannedWan: 300, completedWan: 120 }),
    project('3', { category: 'new-infrastructure', stage: 'construction', plannedWan: 500, completedWan: 200 }),
    project('4', { category: 'future-community', stage: 'completed', plannedWan: 250, completedWan: 250 }),
    project('5', { category: 'new-infrastructure', stage: 'signed', plannedWan: 50, completedWan: 0 }),
  ];

  it('groups by category in the contract\'s order, keeping empty categories as zero rows', () => {
    expect(byCategory(items, CATS)).toEqual([
      { key: 'new-engineering', count: 2, plannedWan: 400, completedWan: 120 },
      { key: 'new-infrastructure', count: 2, plannedWan: 550, completedWan: 200 },
      { key: 'industry-academia', count: 0, plannedWan: 0, completedWan: 0 },
      { key: 'future-community', count: 1, plannedWan: 250, completedWan: 250 },
    ]);
  });

  it('groups by stage in the contract\'s order, keeping empty stages as zero rows', () => {
    expect(byStage(items)).toEqual([
      { key: 'planning', count: 1, plannedWan: 100, completedWan: 0 },
      { key: 'signed', count: 1, plannedWan: 50, completedWan: 0 },
      { key: 'approval', count: 0, plannedWan: 0, completedWan: 0 },
      { key: 'construction', count: 2, plannedWan: 800, completedWan: 320 },
      { key: 'completed', count: 1, plannedWan: 250, completedWan: 250 },
    ]);
  });

  it('an empty list gives every group with zeros', () => {
    const zero = { count: 0, plannedWan: 0, completedWan: 0 };
    expect(byCategory([], CATS)).toEqual(['new-engineering', 'new-infrastructure', 'industry-academia', 'future-community'].map((key) => ({ key, ...zero })));
    expect(byStage([])).toEqual(['planning', 'signed', 'approval', 'construction', 'completed'].map((key) => ({ key, ...zero })));
  });

  it('a project with a category or stage outside the contract is left out, not counted somewhere else', () => {
    const odd = project('X', { category: 'smart-city' as Category, stage: 'cancelled' as Stage, plannedWan: 9999 });
    expect(byCategory([...items, odd], CATS).reduce((n, r) => n + r.count, 0)).toBe(5);
    expect(byStage([...items, odd]).reduce((n, r) => n + r.plannedWan, 0)).toBe(1200);
  });
});

describe('progressOverTime', () => {
  const periods = (items: Project[], asOf: string) => progressOverTime(items, asOf).map((p) => p.period);

  describe('periods: quarter ends from the first start, then the as-of date', () => {
    it.each([
      ['a start on a quarter end opens with that quarter end', '2024-03-31', '2024-05-30', ['2024-03-31', '2024-05-30']],
      ['a start the day after a quarter end waits for the next one', '2024-04-01', '2024-05-30', ['2024-05-30']],
      ['an as-of date on a quarter end is not listed twice', '2024-01-15', '2024-06-30', ['2024-03-31', '2024-06-30']],
      ['December rolls over into the next year', '2023-12-15', '2024-02-10', ['2023-12-31', '2024-02-10']],
      ['a Q3 start on its quarter end', '2023-09-30', '2023-12-31', ['2023-09-30', '2023-12-31']],
      ['a Q4 start over two quarters', '2023-10-01', '2024-05-30', ['2023-12-31', '2024-03-31', '2024-05-30']],
      ['a start on the as-of date is one point', '2024-01-01', '2024-01-01', ['2024-01-01']],
    ])('%s (%s → %s)', (_label, start, asOf, want) => {
      expect(periods([project('P', { start, end: '2026-12-31' })], asOf)).toEqual(want);
    });

    it('starts from the earliest start, whatever the order of the list', () => {
      const items = [project('late', { start: '2024-02-01' }), project('early', { start: '2023-08-20' })];
      expect(periods(items, AS_OF)).toEqual(['2023-09-30', '2023-12-31', '2024-03-31', '2024-05-30']);
    });
  });

  it('has no points without a started project', () => {
    expect(progressOverTime([], AS_OF)).toEqual([]);
    expect(progressOverTime([project('F', { start: '2024-06-01', completedWan: 10 })], AS_OF)).toEqual([]);
  });

  describe('a finished, a running and a recent project, and one not started', () => {
    const items = [
      // Finished before the as-of date: its plan is all due from its end on.
      project('done', { stage: 'completed', start: '2023-04-01', end: '2023-06-30', plannedWan: 1000, completedWan: 1000 }),
      // The whole of 2024 at 100万元 a day (366 days); 15,100万元 done by 30 May.
      project('running', { start: '2024-01-01', end: '2024-12-31', plannedWan: 36_600, completedWan: 15_100 }),
      // Started after the last quarter end and due on the as-of date.
      project('recent', { start: '2024-04-15', end: '2024-05-30', plannedWan: 300, completedWan: 120 }),
      // Not started: never part of the curve.
      project('future', { stage: 'signed', start: '2024-06-01', end: '2025-05-31', plannedWan: 99_999, completedWan: 0 }),
    ];
    const points = progressOverTime(items, AS_OF);
    const at = (period: string) => points.find((p) => p.period === period);

    it('lists the quarter ends from the first start, and the as-of date', () => {
      expect(points.map((p) => p.period)).toEqual(['2023-06-30', '2023-09-30', '2023-12-31', '2024-03-31', '2024-05-30']);
    });

    it('counts a finished project\'s plan in full from its end, and nothing of a project not yet begun', () => {
      expect(at('2023-06-30')?.plannedWan).toBe(1000);
      expect(at('2023-09-30')?.plannedWan).toBe(1000);
      expect(at('2023-12-31')?.plannedWan).toBe(1000);
    });

    it('spreads a running project\'s plan evenly over its dates', () => {
      // 1000 + 36,600 × 90/365 (= 9025, the as-of day not counted) or × 91/366 (= 9100, counted).
      expectBetween(at('2024-03-31')?.plannedWan, 10_025, 10_100, 'planned at 2024-03-31');
      // 1000 + 36,600 × 150/365 (15,041) or × 151/366 (15,100) + 300 for the recent project, due that day.
      expectBetween(at('2024-05-30')?.plannedWan, 16_341, 16_400, 'planned at the as-of date');
    });

    it('spreads the work done from each start up to the as-of figure', () => {
      // "done": 1000 over 2023-04-01 … 2024-05-30; at 2023-06-30 that is 90/425 (212) or 91/426 (214) of it.
      expectBetween(at('2023-06-30')?.completedWan, 212, 214, 'completed at 2023-06-30');
      // done 1000 × 365/425 or 366/426 (859) + running 15,100 × 90/150 (9060) or 91/151 (9100).
      expectBetween(at('2024-03-31')?.completedWan, 9919, 9959, 'completed at 2024-03-31');
    });

    it('ends on the as-of figures: all the work done so far', () => {
      expect(at(AS_OF)?.completedWan).toBe(1000 + 15_100 + 120);
    });

    it('never goes down', () => {
      for (let i = 1; i < points.length; i += 1) {
        expect(points[i]!.plannedWan).toBeGreaterThanOrEqual(points[i - 1]!.plannedWan);
        expect(points[i]!.completedWan).toBeGreaterThanOrEqual(points[i - 1]!.completedWan);
      }
    });

    it('is the same with or without the project not yet started', () => {
      expect(progressOverTime(items.filter((p) => p.id !== 'future'), AS_OF)).toEqual(points);
    });
  });

  it('a project starting on the as-of date shows its as-of figure at the as-of point', () => {
    // 2160万元 over 2024-05-30 … 2024-12-31 (216 days, 10万元 a day); 50万元 already done on day one.
    const [point, ...rest] = progressOverTime([project('G', { start: AS_OF, end: '2024-12-31', plannedWan: 2160, completedWan: 50 })], AS_OF);
    expect(rest).toEqual([]);
    expect(point?.period).toBe(AS_OF);
    expectBetween(point?.plannedWan, 0, 10, 'planned on its first day');
    expect(point?.completedWan).toBe(50);
  });
});
