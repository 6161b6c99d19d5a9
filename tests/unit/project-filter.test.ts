/**
 * filterProjects backs both the demo server and MSW: the same filter whether the data comes from
 * a service worker or in-process. The search box is user input, so hostile strings must be harmless.
 */
import { describe, expect, it } from 'vitest';
import dataset from '../../seeds/dataset.json';
import { resolveRequest } from '../../mocks/demo-server';
import { filterProjects } from '../../src/contract/project-filter';
import { STAGES, projectFiltersSchema, type Project } from '../../src/contract/schemas';
import { DEMO_CATEGORIES } from '../../seeds/documented';

const projects = dataset.projects.items as Project[];
/** Park ids come from the data, not from a list in the client. */
const PARK_IDS = dataset.projects.parks.map((p) => p.id);
const names = (items: Project[]) => items.map((p) => p.name.zh);

describe('filterProjects by field', () => {
  it('returns everything with no filters', () => {
    expect(filterProjects(projects, {})).toHaveLength(26);
  });

  it.each(DEMO_CATEGORIES)('category %s', (category) => {
    const out = filterProjects(projects, { category });
    expect(out.length).toBeGreaterThan(0);
    expect(out.every((p) => p.category === category)).toBe(true);
  });

  it('partitions by category, stage and park without losing a project', () => {
    const sum = (keys: readonly string[], field: 'category' | 'stage' | 'park') =>
      keys.reduce((n, k) => n + filterProjects(projects, { [field]: k }).length, 0);
    expect(sum(DEMO_CATEGORIES, 'category')).toBe(26);
    expect(sum(STAGES, 'stage')).toBe(26);
    expect(sum(PARK_IDS, 'park')).toBe(26);
    for (const park of PARK_IDS) expect(filterProjects(projects, { park }).length, park).toBeGreaterThan(0);
  });

  it('finds nothing in a park id the data does not list', () => {
    expect(PARK_IDS).toEqual(['park-a', 'park-b', 'park-c']);
    for (const park of ['suxin', 'green-energy', 'xinxian', 'core', 'park-z']) expect(filterProjects(projects, { park })).toEqual([]);
  });

  it('combines filters with AND', () => {
    const out = filterProjects(projects, { category: 'industry-academia', stage: 'construction', park: 'park-b' });
    expect(names(out)).toEqual(['示例项目19·中试基地']);
    expect(out.every((p) => p.category === 'industry-academia' && p.stage === 'construction' && p.park === 'park-b')).toBe(true);
    expect(names(filterProjects(projects, { category: 'industry-academia', stage: 'completed' }))).toEqual(['示例项目12·孵化器']);
    expect(filterProjects(projects, { category: 'new-engineering', stage: 'completed' })).toEqual([]);
  });

  it('does not mutate its input', () => {
    const copy = structuredClone(projects);
    filterProjects(projects, { stage: 'planning', q: '示例' });
    expect(projects).toEqual(copy);
  });
});

describe('filterProjects by text', () => {
  it('matches Chinese names by substring', () => {
    expect(filterProjects(projects, { q: '示例' })).toHaveLength(26);
    expect(names(filterProjects(projects, { q: '孵化器' }))).toEqual(['示例项目11·孵化器', '示例项目12·孵化器', '示例项目14·孵化器']);
  });

  it('finds no pipeline record under a name the letter gives: the named projects are listed apart', () => {
    for (const q of ['苏信', '新县', '明阳', '理工学院', '产业园', 'mingyang', 'Su-Xin', 'xinxian']) expect(filterProjects(projects, { q }), q).toEqual([]);
  });

  it('matches English names case-insensitively', () => {
    const lower = filterProjects(projects, { q: 'pilot plant' });
    expect(names(lower)).toEqual(['示例项目13·中试基地', '示例项目18·中试基地', '示例项目19·中试基地']);
    expect(filterProjects(projects, { q: 'PILOT PLANT' })).toEqual(lower);
    expect(filterProjects(projects, { q: 'PiLoT pLaNt' })).toEqual(lower);
    expect(filterProjects(projects, { q: 'sample project 05' }).map((p) => p.id)).toEqual(['P05']);
  });

  it('is full-width insensitive', () => {
    expect(filterProjects(projects, { q: 'ＰＩＬＯＴ　ＰＬＡＮＴ' })).toEqual(filterProjects(projects, { q: 'pilot plant' }));
    expect(filterProjects(projects, { q: 'ＰＩＬＯＴ　ＰＬＡＮＴ' })).toHaveLength(3);
    expect(filterProjects(projects, { q: '示例项目０５' })).toEqual(filterProjects(projects, { q: '示例项目05' }));
    expect(filterProjects(projects, { q: '示例项目０５' })).toHaveLength(1);
  });

  it('matches an id exactly, in any case', () => {
    expect(names(filterProjects(projects, { q: 'p01' }))).toEqual(['示例项目01·实训基地']);
    expect(names(filterProjects(projects, { q: 'P01' }))).toEqual(['示例项目01·实训基地']);
  });

  it('trims surrounding space; a blank query filters nothing', () => {
    expect(filterProjects(projects, { q: '  incubator  ' })).toHaveLength(3);
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
  ];

  it.each(HOSTILE)('%s: no match, no throw', (q) => {
    expect(() => filterProjects(projects, { q })).not.toThrow();
    expect(filterProjects(projects, { q })).toEqual([]);
  });

  it('treats regex metacharacters literally rather than as patterns', () => {
    // ".*" as a regex would match everything; as text it matches nothing.
    expect(filterProjects(projects, { q: '.*' })).toEqual([]);
    // "·" is literally in the placeholder names, so a literal search does find them.
    expect(filterProjects(projects, { q: '·' })).toHaveLength(26);
  });
});

/**
 * The contract caps the search text at 100 characters (projectFiltersSchema.q), so 100 is the longest
 * query filterProjects can be handed by the server; anything longer is a 400 before it is ever run.
 */
describe('queries at the length cap', () => {
  const MAX = 100;
  /** Repeats `unit` and cuts to exactly `length` UTF-16 code units (what zod's max() counts). */
  const fill = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

  /** The longest hostile query allowed: regex metacharacters, markup, full-width letters and spaces. */
  const HOSTILE_AT_CAP = [
    fill('.*(?<=x)[a-z]+^$|\\', MAX),
    fill('<script>alert(1)</script>', MAX),
    fill('ＰＩＬＯＴ　ＰＬＡＮＴ（）［］＊', MAX),
    fill("'; DROP TABLE projects; --${process.exit(1)}%00\u0000\u202e", MAX),
    fill('示', MAX),
  ];

  it('the schema accepts 100 characters and rejects 101', () => {
    expect(projectFiltersSchema.safeParse({ q: 'x'.repeat(MAX) }).success).toBe(true);
    expect(projectFiltersSchema.safeParse({ q: 'x'.repeat(MAX + 1) }).success).toBe(false);
    expect(projectFiltersSchema.safeParse({ q: '示'.repeat(MAX) }).success).toBe(true);
    expect(projectFiltersSchema.safeParse({ q: '示'.repeat(MAX + 1) }).success).toBe(false);
  });

  it('the server answers 101 characters with a 400 naming q, and runs 100', () => {
    const over = resolveRequest('/projects', new URLSearchParams({ q: 'x'.repeat(MAX + 1) }));
    expect(over.status).toBe(400);
    expect(JSON.parse(over.text)).toMatchObject({ error: { code: 'bad_query', field: 'q' } });
    const at = resolveRequest('/projects', new URLSearchParams({ q: 'x'.repeat(MAX) }));
    expect(at.status).toBe(200);
    expect(JSON.parse(at.text)).toMatchObject({ total: 0, items: [] });
  });

  it.each(HOSTILE_AT_CAP.map((q) => [q.slice(0, 16), q] as const))('%s…: allowed, no throw, no match', (_label, q) => {
    expect(q).toHaveLength(MAX);
    expect(projectFiltersSchema.safeParse({ q }).success).toBe(true);
    expect(() => filterProjects(projects, { q })).not.toThrow();
    expect(filterProjects(projects, { q })).toEqual([]);
  });

  it('a name padded to the cap with full-width spaces still finds what the name alone finds', () => {
    const padded = 'ＰＩＬＯＴ　ＰＬＡＮＴ' + '\u3000'.repeat(MAX - 11);
    expect(padded).toHaveLength(MAX);
    expect(projectFiltersSchema.safeParse({ q: padded }).success).toBe(true);
    expect(names(filterProjects(projects, { q: padded }))).toEqual(['示例项目13·中试基地', '示例项目18·中试基地', '示例项目19·中试基地']);
  });

  it('stays fast at the cap over 10,400 items', () => {
    const many = Array.from({ length: 400 }, () => projects).flat();
    const t0 = performance.now();
    for (const q of HOSTILE_AT_CAP) filterProjects(many, { q });
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
