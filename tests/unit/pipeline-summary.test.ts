// @vitest-environment node
/**
 * The stage matrix and the sentences under the pipeline charts, from hand-made rows and points: the
 * expected sentences are written out in full, in both languages.
 */
import { describe, expect, it } from 'vitest';
import type { Category, Project, Projects, Stage } from '../../src/contract/schemas';
import type { GroupRow, ProgressPoint } from '../../src/features/pipeline/pipeline-logic';
import { matrix, progressSummary, stageSummary } from '../../src/features/pipeline/pipeline-summary';
import { normalizeSpaces } from '../lib/spaces';
import { DEMO_CATEGORIES } from '../../seeds/documented';

/** The categories as the demo's data lists them: the order the rows follow. */
const CATS = DEMO_CATEGORIES.map((id) => ({ id }));

function project(id: string, category: Category, stage: Stage, plannedWan: number): Project {
  return {
    id, name: { zh: `项目${id}`, en: `Project ${id}` }, category, park: 'park-a', stage, plannedWan,
    completedWan: 0, annualPlanWan: 0, annualCompletedWan: 0, start: '2024-01-01', end: '2024-12-31',
    milestones: [], responsibleUnit: { zh: '单位', en: 'Unit' }, provenance: 'illustrative',
  };
}

const empty = { planning: { count: 0, plannedWan: 0 }, signed: { count: 0, plannedWan: 0 }, approval: { count: 0, plannedWan: 0 }, construction: { count: 0, plannedWan: 0 }, completed: { count: 0, plannedWan: 0 } };

describe('matrix', () => {
  it('counts and sums each category × stage cell, rows in the contract\'s category order', () => {
    const items = [
      project('1', 'new-engineering', 'planning', 100),
      project('2', 'new-engineering', 'construction', 300),
      project('3', 'new-infrastructure', 'construction', 500),
      project('4', 'future-community', 'completed', 250),
      project('5', 'new-infrastructure', 'signed', 50),
      project('6', 'new-infrastructure', 'construction', 70),
    ];
    expect(matrix(items, CATS)).toEqual([
      { category: 'new-engineering', cells: { ...empty, planning: { count: 1, plannedWan: 100 }, construction: { count: 1, plannedWan: 300 } } },
      { category: 'new-infrastructure', cells: { ...empty, signed: { count: 1, plannedWan: 50 }, construction: { count: 2, plannedWan: 570 } } },
      { category: 'industry-academia', cells: empty },
      { category: 'future-community', cells: { ...empty, completed: { count: 1, plannedWan: 250 } } },
    ]);
  });

  it('an empty list is four rows of zero cells', () => {
    expect(matrix([], CATS)).toEqual(['new-engineering', 'new-infrastructure', 'industry-academia', 'future-community'].map((category) => ({ category, cells: empty })));
  });
});

describe('stageSummary', () => {
  const row = <K extends string>(key: K, count: number): GroupRow<K> => ({ key, count, plannedWan: count * 100, completedWan: 0 });
  const stages = [row<Stage>('planning', 1), row<Stage>('signed', 1), row<Stage>('approval', 0), row<Stage>('construction', 2), row<Stage>('completed', 1)];
  const categories = [row<Category>('new-engineering', 2), row<Category>('new-infrastructure', 2), row<Category>('industry-academia', 0), row<Category>('future-community', 1)];
  const names: Projects['categories'] = [
    { id: 'new-engineering', name: { zh: '新工科', en: 'New engineering education' }, provenance: 'inferred' },
    { id: 'new-infrastructure', name: { zh: '新基建', en: 'New infrastructure' }, provenance: 'inferred' },
    { id: 'industry-academia', name: { zh: '产学研', en: 'Industry–university–research' }, provenance: 'inferred' },
    { id: 'future-community', name: { zh: '未来社区', en: 'Future community' }, provenance: 'inferred' },
  ];

  it('zh: the total, each stage and each category that has projects, and what is a reading', () => {
    expect(stageSummary(stages, categories, names, 'zh')).toBe(
      '5个项目中，谋划1个，签约1个，在建2个，建成/投产1个；按类别（类别名称为推断），新工科2个，新基建2个，未来社区1个。',
    );
  });

  it('en: the same, with stage and category names in lower case mid-sentence', () => {
    expect(stageSummary(stages, categories, names, 'en')).toBe(
      'Of 5 projects: 1 planning, 1 signed, 2 under construction, 1 completed; by category (names inferred), new engineering education 2, new infrastructure 2, future community 1.',
    );
  });

  it('a category the names list does not have reads as its id, never as a blank', () => {
    const withoutNames = names.filter((n) => n.id !== 'future-community');
    expect(stageSummary(stages, categories, withoutNames, 'zh')).toContain('，future-community1个。');
    expect(stageSummary(stages, categories, withoutNames, 'en')).toContain(', future-community 1.');
  });

  it('one stage and one category', () => {
    const one = [row<Stage>('planning', 0), row<Stage>('approval', 3)];
    const cat = [row<Category>('industry-academia', 3)];
    expect(stageSummary(one, cat, names, 'zh')).toBe('3个项目中，审批3个；按类别（类别名称为推断），产学研3个。');
    expect(stageSummary(one, cat, names, 'en')).toBe(
      'Of 3 projects: 3 approval; by category (names inferred), industry–university–research 3.',
    );
  });
});

describe('progressSummary', () => {
  const point = (period: string, plannedWan: number, completedWan: number): ProgressPoint => ({ period, plannedWan, completedWan });

  it('says nothing without points', () => {
    expect(progressSummary([], 'zh')).toBe('');
    expect(progressSummary([], 'en')).toBe('');
  });

  it('behind plan at the last point (an earlier point ahead does not count)', () => {
    const points = [point('2024-03-31', 5000, 6000), point('2024-05-30', 15_100, 12_000)];
    expect(progressSummary(points, 'zh')).toBe('截至数据日，已开工项目按计划应完成投资1.51亿元，实际完成1.2亿元，落后3100万元。');
    expect(normalizeSpaces(progressSummary(points, 'en'))).toBe(
      'By the as-of date, started projects were due to have invested CNY 151 mn and invested CNY 120 mn, CNY 31 mn behind.',
    );
  });

  it('ahead of plan at the last point', () => {
    const points = [point('2024-03-31', 9000, 1000), point('2024-05-30', 20_000, 25_000)];
    expect(progressSummary(points, 'zh')).toBe('截至数据日，已开工项目按计划应完成投资2亿元，实际完成2.5亿元，超前5000万元。');
    expect(normalizeSpaces(progressSummary(points, 'en'))).toBe(
      'By the as-of date, started projects were due to have invested CNY 200 mn and invested CNY 250 mn, CNY 50 mn ahead.',
    );
  });

  it('exactly on plan says so, rather than "0 ahead"', () => {
    const points = [point('2024-05-30', 20_000, 20_000)];
    expect(progressSummary(points, 'zh')).toBe('截至数据日，已开工项目按计划应完成投资2亿元，实际完成2亿元，与计划持平。');
    expect(normalizeSpaces(progressSummary(points, 'en'))).toBe(
      'By the as-of date, started projects were due to have invested CNY 200 mn and invested CNY 200 mn, exactly on plan.',
    );
  });

  it('billions in English, 亿 in Chinese, and the gap in its own scale', () => {
    const points = [point('2024-05-30', 120_000, 100_000)];
    expect(progressSummary(points, 'zh')).toBe('截至数据日，已开工项目按计划应完成投资12亿元，实际完成10亿元，落后2亿元。');
    expect(normalizeSpaces(progressSummary(points, 'en'))).toBe(
      'By the as-of date, started projects were due to have invested CNY 1.2 bn and invested CNY 1 bn, CNY 200 mn behind.',
    );
  });
});
