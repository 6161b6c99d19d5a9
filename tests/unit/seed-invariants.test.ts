// @vitest-environment node
/**
 * What the seed must always be: the letter's totals exactly, illustrative data plainly marked, and no made-up
 * number or lag ever attached to a real project, partner or commitment.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import dataset from '../../seeds/dataset.json';
import * as D from '../../seeds/documented';
import { serializeDataset } from '../../seeds/generate';
import { CATEGORIES, isoDateSchema, STAGES, type Figure } from '../../src/api/schemas';
import { assessSchedule } from '../../src/lib/schedule';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const projects = dataset.projects.items;
const tasks = dataset.policyTasks.tasks;
const NAMED = ['信阳师范学院理工学院', '明阳绿色能源装备制造产业园', '苏信合作产业园', '新县飞地产业园'];
const REAL_PARTNERS = ['明阳智慧能源', '科创集团', '中储国能', '云知声', '慧博云通'];

const isFigure = (v: unknown): v is Figure =>
  !!v && typeof v === 'object' && 'value' in v && 'unit' in v && 'provenance' in v;
/** Every Figure-shaped object in a tree (the seed module or the dataset), with its path. */
function figures(node: unknown, path = '$'): { path: string; figure: Figure }[] {
  if (isFigure(node)) return [{ path, figure: node }];
  if (Array.isArray(node)) return node.flatMap((v, i) => figures(v, `${path}[${i}]`));
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) => figures(v, `${path}.${k}`));
}
function numbers(node: unknown): number[] {
  if (typeof node === 'number') return [node];
  if (Array.isArray(node)) return node.flatMap(numbers);
  if (!node || typeof node !== 'object') return [];
  return Object.values(node).flatMap(numbers);
}
const isIsoDate = (s: string) => isoDateSchema.safeParse(s).success && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

describe('generation', () => {
  it('seeds/dataset.json is byte-identical to a fresh serializeDataset()', () => {
    const onDisk = readFileSync(join(ROOT, 'seeds/dataset.json'), 'utf8');
    expect(serializeDataset() === onDisk).toBe(true);
  });

  it('is deterministic run to run', () => {
    expect(serializeDataset()).toBe(serializeDataset());
  });
});

describe('the project pipeline', () => {
  it('has exactly 26 projects in exactly 4 categories summing to 319.3亿元', () => {
    expect(projects).toHaveLength(26);
    expect(dataset.projects.total).toBe(26);
    expect(new Set(projects.map((p) => p.category))).toEqual(new Set(CATEGORIES));
    expect(projects.reduce((s, p) => s + p.plannedWan, 0)).toBe(3_193_000);
    expect(new Set(projects.map((p) => p.id)).size).toBe(26);
  });

  it('keeps money integer 万元 and completion within plan', () => {
    for (const p of projects) {
      for (const v of [p.plannedWan, p.completedWan, p.annualPlanWan, p.annualCompletedWan]) {
        expect(Number.isInteger(v), p.id).toBe(true);
        expect(v).toBeGreaterThanOrEqual(0);
      }
      expect(p.completedWan).toBeLessThanOrEqual(p.plannedWan);
      expect(p.annualCompletedWan).toBeLessThanOrEqual(p.completedWan);
    }
  });

  it('uses ISO dates, start before end', () => {
    for (const p of projects) {
      for (const d of [p.start, p.end, ...p.milestones.map((m) => m.date)]) expect(isIsoDate(d), `${p.id} ${d}`).toBe(true);
      expect(p.start < p.end, p.id).toBe(true);
    }
  });

  it('has valid stages: mostly planning, and only the college completed', () => {
    for (const p of projects) expect(STAGES).toContain(p.stage);
    expect(projects.filter((p) => p.stage === 'planning').length).toBeGreaterThan(projects.length / 2);
    const completed = projects.filter((p) => p.stage === 'completed');
    expect(completed.map((p) => p.name.zh)).toEqual(['信阳师范学院理工学院']);
  });

  it('names exactly the four projects the letter names, with the letter\'s stage', () => {
    const named = projects.filter((p) => p.nameKind === 'documented');
    expect(named.map((p) => p.name.zh).sort()).toEqual([...NAMED].sort());
    for (const p of named) {
      expect(p.stageProvenance, p.name.zh).toBe('documented');
      expect(p.quote, p.name.zh).toBeTruthy();
    }
  });

  it('marks every other project as a placeholder', () => {
    for (const p of projects.filter((x) => x.nameKind !== 'documented')) {
      expect(p.nameKind).toBe('placeholder');
      expect(p.name.zh.startsWith('示例'), p.name.zh).toBe(true);
      expect(p.name.en.startsWith('Sample'), p.name.en).toBe(true);
      expect(p.stageProvenance).toBe('illustrative');
      expect(p.quote).toBeUndefined();
    }
  });

  it('never pins a real partner name on a placeholder or a made-up unit', () => {
    const madeUp = [
      ...projects.filter((p) => p.nameKind === 'placeholder').flatMap((p) => [p.name.zh, p.name.en]),
      ...projects.flatMap((p) => [p.responsibleUnit.zh, p.responsibleUnit.en]),
      ...tasks.flatMap((t) => [t.responsibleUnit.zh, t.responsibleUnit.en]),
      ...tasks.filter((t) => t.titleKind === 'placeholder').map((t) => t.title.zh),
    ];
    for (const text of madeUp) for (const partner of [...REAL_PARTNERS, ...NAMED]) expect(text).not.toContain(partner);
  });

  it('never shows a made-up lag on a named project at the letter\'s date', () => {
    for (const p of projects.filter((x) => x.nameKind === 'documented')) {
      const a = assessSchedule({ start: p.start, end: p.end, done: p.completedWan / p.plannedWan }, D.AS_OF);
      expect(['on-track', 'done'], `${p.name.zh}: ${a.status} (${a.lagPts} pts)`).toContain(a.status);
      expect(a.rag).toBe('green');
    }
  });
});

describe('illustrative records', () => {
  it('every project, task, deployment point and industry is marked illustrative', () => {
    const records = [...projects, ...tasks, ...dataset.funds.deployment, ...dataset.investment.industries];
    expect(records.length).toBeGreaterThan(26 + 63);
    for (const r of records) expect(r.provenance).toBe('illustrative');
  });

  it('fund deployment is integer 万元, monthly, cumulative and within each fund', () => {
    for (const fund of dataset.funds.funds) {
      const points = dataset.funds.deployment.filter((d) => d.fundId === fund.id);
      expect(points.length).toBeGreaterThan(0);
      points.forEach((d, i) => {
        expect(d.month).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
        expect(Number.isInteger(d.cumulativeWan)).toBe(true);
        expect(d.cumulativeWan).toBeLessThanOrEqual(fund.size.value);
        if (i > 0) expect(d.cumulativeWan).toBeGreaterThanOrEqual((points[i - 1] as typeof d).cumulativeWan);
      });
    }
  });
});

describe('policy tasks', () => {
  it('lists 63 tasks with ISO dates; only T01 is the letter\'s', () => {
    expect(tasks).toHaveLength(63);
    expect(dataset.policyTasks.count.value).toBe(63);
    expect(new Set(tasks.map((t) => t.id)).size).toBe(63);
    for (const t of tasks) {
      expect(isIsoDate(t.start) && isIsoDate(t.due), t.id).toBe(true);
      expect(t.start < t.due, t.id).toBe(true);
    }
    expect(tasks.filter((t) => t.titleKind === 'documented').map((t) => t.id)).toEqual(['T01']);
    expect(tasks[0]?.quote).toBe(D.POLICY.platformTask.quote);
  });

  it('shows no made-up lag on the documented task T01', () => {
    const t = tasks[0] as (typeof tasks)[number];
    const a = assessSchedule({ start: t.start, end: t.due, done: t.progress / 100 }, D.AS_OF);
    expect(['on-track', 'done']).toContain(a.status);
  });
});

describe('the letter\'s figures', () => {
  it('funds are 50亿 and 15亿', () => {
    expect(dataset.funds.funds.map((f) => [f.id, f.size.value, f.size.unit])).toEqual([
      ['strategic', 500_000, 'wan-yuan'], ['infrastructure', 150_000, 'wan-yuan'],
    ]);
  });

  it('agreed investment is "over" 300亿, and the illustrative industry split exceeds it', () => {
    expect(dataset.investment.agreed).toMatchObject({ value: 3_000_000, unit: 'wan-yuan', qualifier: 'over' });
    expect(dataset.summary.headline.investmentAgreed.qualifier).toBe('over');
    const industries = dataset.investment.industries;
    expect(industries.reduce((s, i) => s + i.agreedWan, 0)).toBeGreaterThan(3_000_000);
    for (const i of industries) {
      expect(Number.isInteger(i.agreedWan) && Number.isInteger(i.landedWan)).toBe(true);
      expect(i.landedWan).toBeLessThanOrEqual(i.agreedWan);
    }
  });

  it('partners and landed projects carry no amounts', () => {
    for (const p of [...dataset.investment.partners, ...dataset.investment.landed]) {
      expect(numbers(p), p.id).toEqual([]);
      expect(Object.keys(p).sort()).toEqual(['id', 'provenance', 'quote', 'text']);
    }
    expect(dataset.investment.partners.map((p) => p.text.zh)).toEqual(['明阳智慧能源', '科创集团', '中储国能']);
  });

  it('energy capacities are 200 sets, 3 GW, 300 MW and 1000 MW, with no total', () => {
    expect(dataset.energy.projects.map((p) => [p.capacity.value, p.capacity.unit])).toEqual([
      [200, 'sets'], [3, 'GW'], [300, 'MW'], [1000, 'MW'],
    ]);
    // Sets and GW don't add up to anything: no total may exist for a UI to show.
    expect(Object.keys(dataset.energy).sort()).toEqual(['asOf', 'projects']);
    expect(JSON.stringify(dataset.energy)).not.toMatch(/total|sum/i);
    expect(Object.keys(dataset.summary.headline).sort()).toEqual(['investmentAgreed', 'pipelineCount', 'pipelineTotal', 'policyTasks']);
  });

  it('cooperation is 4 zones, 2 universities, 2 institutes, 19 enterprises', () => {
    expect(dataset.cooperation.counts.map((c) => [c.kind, c.count.value])).toEqual([
      ['hightech-zone', 4], ['university', 2], ['institute', 2], ['enterprise', 19],
    ]);
  });

  it('pipeline figures are 26 projects, 319.3亿元, 4 categories', () => {
    expect(dataset.projects.documented.count.value).toBe(26);
    expect(dataset.projects.documented.total).toMatchObject({ value: 3_193_000, unit: 'wan-yuan', qualifier: 'exact' });
    expect(dataset.projects.documented.categories.value).toBe(4);
  });

  const seedFigures = figures(D);
  const dataFigures = figures(dataset);

  it('the documented table is non-trivial', () => {
    expect(seedFigures.length).toBeGreaterThanOrEqual(15);
    for (const { path, figure } of seedFigures) {
      expect(['documented', 'inferred'], path).toContain(figure.provenance);
      expect(figure.quote, path).toBeTruthy();
    }
  });

  it.each(seedFigures.map((f) => [f.path, f.figure] as const))('%s appears in the dataset, quoted', (_path, figure) => {
    const matches = dataFigures.filter((f) => f.figure.value === figure.value && f.figure.unit === figure.unit && f.figure.quote === figure.quote);
    expect(matches.length).toBeGreaterThan(0);
    for (const { figure: m } of matches) {
      expect(m).toEqual(figure);
      expect(['documented', 'inferred']).toContain(m.provenance);
    }
  });

  it('every figure in the dataset is either from the table or says it is illustrative', () => {
    for (const { path, figure } of dataFigures) {
      if (figure.provenance === 'illustrative') expect(figure.note, path).toBeTruthy();
      else expect(seedFigures.some((s) => JSON.stringify(s.figure) === JSON.stringify(figure)), path).toBe(true);
      if (figure.unit === 'wan-yuan') expect(Number.isInteger(figure.value), path).toBe(true);
    }
  });

  it('all as-of dates are the letter\'s date', () => {
    for (const key of ['summary', 'funds', 'investment', 'energy', 'projects', 'policyTasks', 'cooperation', 'platforms'] as const) {
      expect(dataset[key].asOf, key).toBe(D.AS_OF);
    }
    expect(dataset.summary.document.date).toBe(D.AS_OF);
  });
});

describe('no clock, no randomness', () => {
  const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.(ts|tsx|js|mjs)$/.test(name) ? [full] : [];
  });
  const sources = [...files(join(ROOT, 'seeds')), ...files(join(ROOT, 'src'))];
  // Strip comments so prose like "never Date.now()" doesn't trip the check.
  const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const FORBIDDEN: [string, RegExp][] = [
    ['Math.random', /\bMath\.random\b/],
    ['Date.now()', /\bDate\.now\b/],
    ['new Date() with no arguments', /\bnew\s+Date\s*(\(\s*\)|(?!\s*\())/],
  ];

  it('scans the sources', () => {
    expect(sources.some((f) => f.endsWith('seeds/prng.ts'))).toBe(true);
    expect(sources.some((f) => f.endsWith('src/lib/schedule.ts'))).toBe(true);
  });

  it.each(FORBIDDEN)('nothing in seeds/ or src/ calls %s', (_label, pattern) => {
    const offenders = sources.filter((f) => pattern.test(code(readFileSync(f, 'utf8')))).map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('the pattern catches what it should', () => {
    const [, , [, newDate]] = FORBIDDEN as [unknown, unknown, [string, RegExp]];
    expect(newDate.test('const d = new Date();')).toBe(true);
    expect(newDate.test('const d = new Date;')).toBe(true);
    expect(newDate.test('new Date(`${iso}T00:00:00Z`)')).toBe(false);
  });
});
