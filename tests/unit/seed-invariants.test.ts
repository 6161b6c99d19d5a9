// @vitest-environment node
/**
 * What the seed must always be: the letter's totals exactly, illustrative data plainly marked, and no made-up
 * number or lag ever attached to a real project, partner, park or commitment. Each rule is a checker that
 * returns its violations; a "does not pass vacuously" test feeds it a broken copy and expects it to complain.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import dataset from '../../seeds/dataset.json';
import { PLACEHOLDER_PARKS } from '../../seeds/build-projects';
import * as D from '../../seeds/documented';
import { serializeDataset } from '../../seeds/generate';
import { term } from '../../seeds/glossary';
import { PROVENANCES, STAGES, type Figure } from '../../src/contract/schemas';
import { figures, isIsoDate, isText, numbers, objects, strings } from './seed-walk';
import { DEMO_CATEGORIES } from '../../seeds/documented';

type Dataset = typeof dataset;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const projects = dataset.projects.items;
const tasks = dataset.policyTasks.tasks;
const parks = dataset.projects.parks;
/** Written out here, not read from the seed, so a change to the seed's list has to change this test too. */
const NAMED = ['信阳师范学院理工学院', '明阳绿色能源装备制造产业园', '苏信合作产业园', '新县飞地产业园'];
const copy = (): Dataset => structuredClone(dataset);

// ---- the checkers -----------------------------------------------------------------------------------------

/** Every zh/en name and short form the letter gives a company, institution, project, park, energy project or platform. */
const NEEDLES = [...new Set(D.REAL_NAMES.flatMap((n) => [n.zh, n.en, ...n.short]).map((s) => s.toLowerCase()))];
/** Where a real name (case-insensitive for English) shows up in any string of `node`. */
function realNameHits(node: unknown, path: string): string[] {
  return strings(node, path).flatMap(({ path: p, text }) =>
    NEEDLES.filter((needle) => text.toLowerCase().includes(needle)).map((needle) => `${p}: "${text}" contains "${needle}"`));
}
/**
 * Every record that must never carry a real name: projects, tasks, parks and their responsible units, and any
 * object marked illustrative (fund deployment points, industry splits, an illustrative figure...).
 */
function madeUpRecords(ds: Dataset): { path: string; node: unknown }[] {
  return [
    ...ds.projects.items.map((p, i) => ({ path: `$.projects.items[${i}]`, node: p })),
    ...ds.policyTasks.tasks.map((t, i) => ({ path: `$.policyTasks.tasks[${i}]`, node: t })),
    ...ds.projects.parks.map((p, i) => ({ path: `$.projects.parks[${i}]`, node: p })),
    ...objects(ds).filter(({ node }) => node.provenance === 'illustrative'),
  ];
}
const realNameViolations = (ds: Dataset) => madeUpRecords(ds).flatMap(({ path, node }) => realNameHits(node, path));

/** A named project carries its name, the stage we read, the reading and the quote: nothing numeric, no date. */
const NAMED_KEYS = ['id', 'name', 'quote', 'reading', 'stage', 'stageProvenance'];
function namedViolations(named: readonly unknown[]): string[] {
  return named.flatMap((raw, i) => {
    const p = raw as Record<string, unknown>;
    const at = `named[${i}]`;
    const v: string[] = [];
    if (numbers(p).length) v.push(`${at}: carries numbers ${numbers(p).join(', ')}`);
    if (strings(p).some(({ text }) => isIsoDate(text))) v.push(`${at}: carries a date`);
    const extra = Object.keys(p).filter((k) => !NAMED_KEYS.includes(k));
    if (extra.length) v.push(`${at}: unexpected fields ${extra.join(', ')}`);
    if (typeof p.quote !== 'string' || !p.quote) v.push(`${at}: no quote`);
    if (!isText(p.reading) || !p.reading.zh || !p.reading.en) v.push(`${at}: no reading`);
    if (p.stageProvenance !== 'inferred') v.push(`${at}: stageProvenance ${String(p.stageProvenance)}`);
    return v;
  });
}

/**
 * The derived figures the data may hold, each with its inputs. A derived figure anywhere else is a violation,
 * as is one whose inputs are not all documented, whose value is not their sum, or which shows no formula.
 */
const DERIVED_INPUTS: Record<string, (ds: Dataset) => Figure[]> = {
  '$.funds.total': (ds) => ds.funds.funds.map((f) => f.size as Figure),
};
function derivedViolations(ds: Dataset): string[] {
  return figures(ds).flatMap(({ path, figure }) => {
    const v: string[] = [];
    if (figure.provenance !== 'derived') {
      if (figure.formula) v.push(`${path}: a formula on a ${figure.provenance} figure`);
      return v;
    }
    if (!figure.formula?.zh || !figure.formula.en) v.push(`${path}: derived without a formula`);
    const inputsOf = DERIVED_INPUTS[path];
    if (!inputsOf) return [...v, `${path}: derived, but not from a known set of documented figures`];
    const inputs = inputsOf(ds);
    if (!inputs.length) v.push(`${path}: no inputs`);
    for (const input of inputs) {
      if (input.provenance !== 'documented') v.push(`${path}: input ${input.value} is ${input.provenance}`);
      if (input.unit !== figure.unit) v.push(`${path}: input unit ${input.unit} ≠ ${figure.unit}`);
      if (input.qualifier !== 'exact') v.push(`${path}: input ${input.value} is ${input.qualifier}, not exact`);
    }
    const sum = inputs.reduce((s, f) => s + f.value, 0);
    if (sum !== figure.value) v.push(`${path}: ${figure.value} ≠ sum of inputs ${sum}`);
    return v;
  });
}

/** Every object whose provenance (or stageProvenance, ...) is 'inferred' must say what was read: a bilingual reading. */
function inferredWithoutReading(ds: unknown): string[] {
  return objects(ds)
    .filter(({ node }) => Object.entries(node).some(([k, v]) => /provenance$/i.test(k) && v === 'inferred'))
    .filter(({ node }) => !isText(node.reading) || !node.reading.zh.trim() || !node.reading.en.trim())
    .map(({ path }) => path);
}
const inferredCount = (ds: unknown) =>
  objects(ds).filter(({ node }) => Object.entries(node).some(([k, v]) => /provenance$/i.test(k) && v === 'inferred')).length;

// ---- the tests ------------------------------------------------------------------------------------------

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
    expect(new Set(projects.map((p) => p.category))).toEqual(new Set(DEMO_CATEGORIES));
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

  it('has valid stages, mostly planning (the letter: most of the 26 are still being planned)', () => {
    for (const p of projects) expect(STAGES).toContain(p.stage);
    expect(projects.filter((p) => p.stage === 'planning').length).toBeGreaterThan(projects.length / 2);
  });

  it('names every project as a placeholder: 示例项目NN / Sample project NN, numbered as its id', () => {
    for (const p of projects) {
      const n = p.id.slice(1);
      expect(p.id, p.id).toMatch(/^P\d{2}$/);
      expect(p.name.zh.startsWith(`示例项目${n}`), p.name.zh).toBe(true);
      expect(p.name.en.startsWith(`Sample project ${n}`), p.name.en).toBe(true);
      expect(p.responsibleUnit.zh.startsWith('示例'), p.responsibleUnit.zh).toBe(true);
      expect(p.responsibleUnit.en.startsWith('Sample'), p.responsibleUnit.en).toBe(true);
    }
  });

  it('puts every project in a placeholder park the data lists', () => {
    expect(parks).toEqual(PLACEHOLDER_PARKS);
    expect(parks.map((p) => p.id)).toEqual(['park-a', 'park-b', 'park-c']);
    for (const park of parks) {
      expect(park.name.zh.startsWith('示例园区'), park.name.zh).toBe(true);
      expect(park.name.en.startsWith('Sample park'), park.name.en).toBe(true);
      expect(park.provenance).toBe('illustrative');
    }
    const ids = new Set(parks.map((p) => p.id));
    for (const p of projects) expect(ids.has(p.park), `${p.id} in ${p.park}`).toBe(true);
    // Every park is used, so the park filter never offers an empty choice.
    expect(new Set(projects.map((p) => p.park))).toEqual(ids);
  });

  it('lists the four categories as a reading of the letter, with its quote', () => {
    const categories = dataset.projects.categories;
    expect(categories.map((c) => c.id)).toEqual([...DEMO_CATEGORIES]);
    expect(categories.map((c) => c.name.zh)).toEqual(['新工科', '新基建', '产学研', '未来社区']);
    for (const c of categories) {
      expect(c.provenance, c.id).toBe('inferred');
      expect(c.quote, c.id).toBe(D.QUOTES.categories);
      expect(c.reading.zh && c.reading.en, c.id).toBeTruthy();
    }
  });
});

describe('real names never meet a made-up figure', () => {
  it('no project, task, park, responsible unit or illustrative record contains a name the letter gives', () => {
    const records = madeUpRecords(dataset);
    // 26 projects + 63 tasks + 3 parks, and again as illustrative records, plus deployment points and industries.
    expect(records.length).toBeGreaterThan(2 * (26 + 63 + 3) + 4);
    expect(NEEDLES.length).toBeGreaterThan(50);
    expect(realNameViolations(dataset)).toEqual([]);
  });

  it('does not pass vacuously: a real name, short form or English name (any case) is caught', () => {
    const cases: [string, (ds: Dataset) => void][] = [
      ['zh name in a project', (ds) => { ds.projects.items[4]!.name.zh = '示例项目05·苏信合作产业园'; }],
      ['zh short form in a task unit', (ds) => { ds.policyTasks.tasks[9]!.responsibleUnit.zh = '示例牵头单位（新县）'; }],
      ['English in upper case in a park', (ds) => { ds.projects.parks[1]!.name.en = 'Sample park B (MINGYANG)'; }],
      ['English short form in a milestone', (ds) => { ds.projects.items[0]!.milestones[0]!.label.en = 'Unisound office opens'; }],
      ['a name in an illustrative industry split', (ds) => { ds.investment.industries[0]!.name.en = 'Health (Kechuang)'; }],
    ];
    for (const [label, breakIt] of cases) {
      const broken = copy();
      breakIt(broken);
      expect(realNameViolations(broken).length, label).toBeGreaterThan(0);
    }
  });
});

describe('the projects the letter names', () => {
  const named = dataset.projects.named;

  it('are exactly the four, under their glossary names, apart from the pipeline', () => {
    expect(named.map((p) => p.name.zh)).toEqual(NAMED);
    for (const p of named) expect(p.name, p.id).toEqual(term(p.name.zh));
    expect(named).toEqual(D.NAMED_PROJECTS.map((p) => ({ ...p, stageProvenance: 'inferred' })));
    const pipelineNames = new Set(projects.flatMap((p) => [p.name.zh, p.name.en]));
    for (const p of named) expect(pipelineNames.has(p.name.zh) || pipelineNames.has(p.name.en), p.id).toBe(false);
  });

  it('each has its quote, a reading and an inferred stage, and no number or date at all', () => {
    expect(namedViolations(named)).toEqual([]);
    for (const p of named) expect(Object.values(D.QUOTES), p.id).toContain(p.quote);
    expect(Object.fromEntries(named.map((p) => [p.id, p.stage]))).toEqual({
      college: 'completed', 'mingyang-park': 'construction', 'suxin-park': 'construction', 'xinxian-park': 'construction',
    });
  });

  it('does not pass vacuously: a number, a date, a missing reading or quote, or a documented stage is caught', () => {
    const breakers: [string, (p: Record<string, unknown>) => void][] = [
      ['a planned amount', (p) => { p.plannedWan = 120_000; }],
      ['a nested number', (p) => { p.reading = { zh: '读作在建', en: 'read', progress: 40 }; }],
      ['a date', (p) => { p.start = '2023-01-01'; }],
      ['no reading', (p) => { delete p.reading; }],
      ['no quote', (p) => { p.quote = ''; }],
      ['a documented stage', (p) => { p.stageProvenance = 'documented'; }],
    ];
    for (const [label, breakIt] of breakers) {
      const broken = structuredClone(named) as Record<string, unknown>[];
      breakIt(broken[2]!);
      expect(namedViolations(broken).length, label).toBeGreaterThan(0);
    }
  });
});

describe('derived figures', () => {
  it('funds.total is derived: the sum of the documented fund sizes, with its formula', () => {
    const total = dataset.funds.total;
    expect(total.provenance).toBe('derived');
    expect(total.value).toBe(dataset.funds.funds.reduce((s, f) => s + f.size.value, 0));
    expect(total.value).toBe(650_000);
    expect(total.unit).toBe('wan-yuan');
    expect(total.formula.zh && total.formula.en).toBeTruthy();
    // The formula names its inputs as the letter does: 50亿元 and 15亿元.
    for (const f of dataset.funds.funds) expect(total.formula.zh).toContain(`${f.size.value / 10_000}亿元`);
  });

  it('no figure anywhere is derived without a formula, or from anything but documented figures', () => {
    const all = figures(dataset);
    expect(all.filter((f) => f.figure.provenance === 'derived').map((f) => f.path)).toEqual(['$.funds.total']);
    for (const { path, figure } of all) expect(PROVENANCES, path).toContain(figure.provenance);
    expect(derivedViolations(dataset)).toEqual([]);
  });

  it('does not pass vacuously: a missing formula, an illustrative input, a wrong sum or a stray derived figure is caught', () => {
    const breakers: [string, (ds: Dataset) => void][] = [
      ['no formula', (ds) => { delete (ds.funds.total as Partial<Figure>).formula; }],
      ['an illustrative input', (ds) => { ds.funds.funds[1]!.size.provenance = 'illustrative'; }],
      ['a wrong sum', (ds) => { ds.funds.total.value = 600_000; }],
      ['a derived figure elsewhere', (ds) => {
        Object.assign(ds.projects.documented.total, { provenance: 'derived', formula: { zh: '各项目之和', en: 'sum of projects' } });
      }],
      ['a formula on a documented figure', (ds) => { Object.assign(ds.funds.funds[0]!.size, { formula: { zh: 'x', en: 'x' } }); }],
    ];
    for (const [label, breakIt] of breakers) {
      const broken = copy();
      breakIt(broken);
      expect(derivedViolations(broken).length, label).toBeGreaterThan(0);
    }
  });
});

describe('readings', () => {
  it('every inferred fact, figure, category and stage in the dataset says what was read', () => {
    // 4 categories + 4 named stages + the fund vehicle + the 2+1+X grouping.
    expect(inferredCount(dataset)).toBeGreaterThanOrEqual(10);
    expect(inferredWithoutReading(dataset)).toEqual([]);
  });

  it('does not pass vacuously: an inferred record without a reading is caught', () => {
    const a = copy();
    delete (a.funds.vehicle as { reading?: unknown }).reading;
    const b = copy();
    (b.projects.categories[2] as { reading: unknown }).reading = { zh: '', en: 'our reading' };
    const c = copy();
    Object.assign(c.investment.agreed, { provenance: 'inferred' });
    const d = copy();
    delete (d.projects.named[0] as { reading?: unknown }).reading;
    expect(inferredWithoutReading(a)).toEqual(['$.funds.vehicle']);
    expect(inferredWithoutReading(b)).toEqual(['$.projects.categories[2]']);
    expect(inferredWithoutReading(c)).toEqual(['$.investment.agreed']);
    expect(inferredWithoutReading(d)).toEqual(['$.projects.named[0]']);
  });
});

describe('illustrative records', () => {
  it('every project, task, park, deployment point and industry is marked illustrative', () => {
    const records = [...projects, ...tasks, ...parks, ...dataset.funds.deployment, ...dataset.investment.industries];
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
  it('lists 63 tasks with ISO dates, every one a placeholder', () => {
    expect(tasks).toHaveLength(63);
    expect(dataset.policyTasks.count.value).toBe(63);
    expect(new Set(tasks.map((t) => t.id)).size).toBe(63);
    for (const t of tasks) {
      expect(isIsoDate(t.start) && isIsoDate(t.due), t.id).toBe(true);
      expect(t.start < t.due, t.id).toBe(true);
      const n = t.id.slice(1);
      expect(t.title).toEqual({ zh: `示例任务${n}`, en: `Sample task ${n}` });
      expect(t.responsibleUnit.zh.startsWith('示例'), t.id).toBe(true);
      expect(Object.keys(t).sort()).toEqual(['due', 'id', 'progress', 'provenance', 'responsibleUnit', 'start', 'title']);
    }
  });

  it('shows the one task the letter quotes only as documented text, never with a progress figure', () => {
    const quoted = JSON.stringify(dataset.policyTasks);
    expect(quoted).not.toContain(D.POLICY.platformTask.zh);
    expect(quoted).not.toContain(D.POLICY.platformTask.quote);
    const listed = dataset.platforms.applications.filter((a) => a.stage === 'listed');
    expect(listed.map((a) => a.id)).toEqual(['ftz-linkage', 'comprehensive', 'e-commerce']);
    for (const a of listed) {
      expect(a.quote).toBe(D.POLICY.platformTask.quote);
      expect(numbers(a)).toEqual([]);
    }
  });
});
