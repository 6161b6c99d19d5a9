/**
 * filterProjects backs both the demo server and MSW: the same filter whether the data comes from
 * a service worker or in-process. The search box is user input, so hostile strings must be harmless.
 */
import { describe, expect, it } from 'vitest';
import dataset from '../../seeds/dataset.json';
import { filterProjects } from '../../src/api/project-filter';
import { CATEGORIES, PARKS, STAGES, type Project } from '../../src/api/schemas';

const projects = dataset.projects.items as Project[];
const names = (items: Project[]) => items.map((p) => p.name.zh);

describe('filterProjects by field', () => {
  it('returns everything with no filters', () => {
    expect(filterProjects(projects, {})).toHaveLength(26);
  });

  it.each(CATEGORIES)('category %s', (category) => {
    const out = filterProjects(projects, { category });
    expect(out.length).toBeGreaterThan(0);
    expect(out.every((p) => p.category === category)).toBe(true);
  });

  it('partitions by category, stage and park without losing a project', () => {
    const sum = (keys: readonly string[], field: 'category' | 'stage' | 'park') =>
      keys.reduce((n, k) => n + filterProjects(projects, { [field]: k }).length, 0);
    expect(sum(CATEGORIES, 'category')).toBe(26);
    expect(sum(STAGES, 'stage')).toBe(26);
    expect(sum(PARKS, 'park')).toBe(26);
  });

  it('combines filters with AND', () => {
    const out = filterProjects(projects, { category: 'industry-academia', stage: 'construction', park: 'suxin' });
    expect(names(out)).toContain('苏信合作产业园');
    expect(out.every((p) => p.category === 'industry-academia' && p.stage === 'construction' && p.park === 'suxin')).toBe(true);
    expect(filterProjects(projects, { category: 'new-engineering', stage: 'completed' }).map((p) => p.name.zh)).toEqual(['信阳师范学院理工学院']);
  });

  it('does not mutate its input', () => {
    const copy = structuredClone(projects);
    filterProjects(projects, { stage: 'planning', q: '示例' });
    expect(projects).toEqual(copy);
  });
});

describe('filterProjects by text', () => {
  it('matches Chinese names by substring', () => {
    expect(filterProjects(projects, { q: '示例' })).toHaveLength(22);
    expect(names(filterProjects(projects, { q: '产业园' }))).toEqual(expect.arrayContaining(['苏信合作产业园', '新县飞地产业园', '明阳绿色能源装备制造产业园']));
  });

  it('matches English names case-insensitively', () => {
    const lower = filterProjects(projects, { q: 'mingyang' });
    expect(names(lower)).toEqual(['明阳绿色能源装备制造产业园']);
    expect(filterProjects(projects, { q: 'MINGYANG' })).toEqual(lower);
    expect(filterProjects(projects, { q: 'MiNgYaNg' })).toEqual(lower);
  });

  it('is full-width insensitive', () => {
    expect(filterProjects(projects, { q: 'ＭＩＮＧＹＡＮＧ' })).toEqual(filterProjects(projects, { q: 'mingyang' }));
    expect(filterProjects(projects, { q: '示例项目０５' })).toEqual(filterProjects(projects, { q: '示例项目05' }));
    expect(filterProjects(projects, { q: '示例项目０５' })).toHaveLength(1);
  });

  it('matches an id exactly, in any case', () => {
    expect(names(filterProjects(projects, { q: 'p01' }))).toEqual(['信阳师范学院理工学院']);
    expect(names(filterProjects(projects, { q: 'P01' }))).toEqual(['信阳师范学院理工学院']);
  });

  it('trims surrounding space; a blank query filters nothing', () => {
    expect(filterProjects(projects, { q: '  mingyang  ' })).toHaveLength(1);
    expect(filterProjects(projects, { q: '   ' })).toHaveLength(26);
    expect(filterProjects(projects, { q: '' })).toHaveLength(26);
  });
});

describe('hostile queries', () => {
  const HOSTILE = [
    '<script>alert(1)</script>',
    "'; DROP TABLE projects; --",
    '.*(',
    '[a-z]+',
    '^$|\\',
    '(?<=x)',
    '${process.exit(1)}',
    '%00',
    '\u0000',
    '\u202e示例',
    'x'.repeat(10_000),
    '示'.repeat(10_000),
  ];

  it.each(HOSTILE.map((q) => [q.length > 40 ? `${q.slice(0, 10)}…(${q.length} chars)` : q, q] as const))(
    '%s: no match, no throw', (_label, q) => {
      expect(() => filterProjects(projects, { q })).not.toThrow();
      expect(filterProjects(projects, { q })).toEqual([]);
    },
  );

  it('treats regex metacharacters literally rather than as patterns', () => {
    // ".*" as a regex would match everything; as text it matches nothing.
    expect(filterProjects(projects, { q: '.*' })).toEqual([]);
    // "·" is literally in the placeholder names, so a literal search does find them.
    expect(filterProjects(projects, { q: '·' })).toHaveLength(22);
  });

  it('stays fast on a 10k-character query over 10,000 items', () => {
    const many = Array.from({ length: 400 }, () => projects).flat();
    const t0 = performance.now();
    filterProjects(many, { q: 'y'.repeat(10_000) });
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
