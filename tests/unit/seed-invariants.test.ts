// @vitest-environment node
/**
 * What the seed must always be: the letter's totals exactly, illustrative data plainly marked, and no made-up
 * number or lag ever attached to a real project, partner or commitment.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import dataset from '../../seeds/dataset.json';
import * as D from '../../seeds/documented';
import { serializeDataset } from '../../seeds/generate';
import { CATEGORIES, STAGES } from '../../src/api/schemas';
import { assessSchedule } from '../../src/lib/schedule';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const projects = dataset.projects.items;
const tasks = dataset.policyTasks.tasks;
const NAMED = ['信阳师范学院理工学院', '明阳绿色能源装备制造产业园', '苏信合作产业园', '新县飞地产业园'];
const REAL_PARTNERS = ['明阳智慧能源', '科创集团', '中储国能', '云知声', '慧博云通'];

import { isIsoDate } from './seed-walk';

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

