/**
 * The change figures between two published months (src/projects/months/changes.ts) and a month's totals
 * (src/projects/months/totals.ts). Each status is the schedule rule at its own month's as-of date: 2026-09-30
 * last month, 2026-10-31 this month (the table in tests/lib/months-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { cachedMonthChanges, monthChanges } from '../../src/projects/months/changes';
import { monthTotals, statusAt } from '../../src/projects/months/totals';
import { assessSchedule } from '../../src/lib/schedule';
import type { Project } from '../../src/contract/schemas';
import { DONE, OCT, SEP, project } from '../lib/months-fixture';

/** This month (October) against last (September). */
const compare = (current: Project[], previous: Project[]) => monthChanges({ items: current, asOf: OCT }, { items: previous, asOf: SEP });
const sorted = (s: ReadonlySet<string>) => [...s].sort();

describe('the fixture\'s statuses', () => {
  it('are what the schedule rule gives at each month\'s as-of date', () => {
    for (const [status, completedWan] of Object.entries(DONE.sep)) expect(statusAt(project('x', { completedWan }), SEP)).toBe(status);
    for (const [status, completedWan] of Object.entries(DONE.oct)) expect(statusAt(project('x', { completedWan }), OCT)).toBe(status);
  });
});

describe('invested and decreased (累计完成)', () => {
  const previous = [
    project('a', { completedWan: 500 }), project('b', { completedWan: 600 }), project('c', { completedWan: 900 }), project('d', { completedWan: 800 }),
  ];
  const current = [
    project('a', { completedWan: 600 }), project('b', { completedWan: 850 }), project('c', { completedWan: 850 }), project('d', { completedWan: 800 }),
  ];
  const changes = compare(current, previous);

  it('sums only the rises: +100 and +250 make 350, the fall of 50 is not netted off', () => {
    expect(changes.investedWan).toBe(350);
    expect(sorted(changes.ids.invested)).toEqual(['a', 'b']);
  });

  it('lists a fall in 累计完成 as decreased, and neither an unchanged record', () => {
    expect(sorted(changes.ids.decreased)).toEqual(['c']);
    expect(changes.ids.invested.has('d')).toBe(false);
    expect(changes.ids.decreased.has('d')).toBe(false);
  });

  it('gives each matched project its own difference', () => {
    expect(['a', 'b', 'c', 'd'].map((id) => changes.byId.get(id)!.completedDeltaWan)).toEqual([100, 250, -50, 0]);
  });
});

describe('started (新开工)', () => {
  it('is a stage before works last month (谋划, 签约, 审批) and in construction or completed now', () => {
    const pairs: [string, Project['stage'], Project['stage']][] = [
      ['planning→construction', 'planning', 'construction'],
      ['signed→construction', 'signed', 'construction'],
      ['approval→completed', 'approval', 'completed'],
      ['construction→completed', 'construction', 'completed'],
      ['planning→approval', 'planning', 'approval'],
      ['construction→construction', 'construction', 'construction'],
      ['completed→construction', 'completed', 'construction'],
    ];
    const changes = compare(pairs.map(([id, , to]) => project(id, { stage: to })), pairs.map(([id, from]) => project(id, { stage: from })));
    expect(sorted(changes.ids.started)).toEqual(['approval→completed', 'planning→construction', 'signed→construction']);
    expect(changes.byId.get('planning→approval')).toMatchObject({ stageFrom: 'planning', stageTo: 'approval' });
    expect(changes.ids.changed.has('planning→approval')).toBe(true);
  });
});

describe('worsened (转为预警/滞后) and recovered (恢复正常)', () => {
  // 累计完成 last month (at 2026-09-30) and this month (at 2026-10-31), per the fixture's table.
  const cases: [string, number, number][] = [
    ['on-track→at-risk', DONE.sep['on-track'], DONE.oct['at-risk']],
    ['at-risk→behind', DONE.sep['at-risk'], DONE.oct.behind],
    ['on-track→behind', DONE.sep['on-track'], DONE.oct.behind],
    ['on-track→on-track', DONE.sep['on-track'], 900],
    ['behind→behind', DONE.sep.behind, DONE.oct.behind],
    ['behind→at-risk', DONE.sep.behind, DONE.oct['at-risk']],
    ['at-risk→on-track', DONE.sep['at-risk'], DONE.oct['on-track']],
    ['behind→done', DONE.sep.behind, DONE.oct.done],
  ];
  const changes = compare(cases.map(([id, , now]) => project(id, { completedWan: now })), cases.map(([id, before]) => project(id, { completedWan: before })));

  it('evaluates the cases as their names say', () => {
    for (const [id] of cases) {
      const [from, to] = id.split('→');
      expect(changes.byId.get(id), id).toMatchObject({ statusFrom: from, statusTo: to });
    }
  });

  it('counts a project now at risk or behind and worse than last month, at-risk → behind included', () => {
    expect(sorted(changes.ids.worsened)).toEqual(['at-risk→behind', 'on-track→at-risk', 'on-track→behind']);
  });

  it('does not count one that stays on track, stays behind or improves from behind to at risk', () => {
    for (const id of ['on-track→on-track', 'behind→behind', 'behind→at-risk']) expect(changes.ids.worsened.has(id), id).toBe(false);
  });

  it('counts as recovered one that was at risk or behind and is on track or done now, and no other', () => {
    expect(sorted(changes.ids.recovered)).toEqual(['at-risk→on-track', 'behind→done']);
  });

  it('counts a project not started last month and behind now as worsened', () => {
    const before = project('late', { start: '2026-10-15', end: '2026-10-25', completedWan: 0 });
    const after = project('late', { start: '2026-10-15', end: '2026-10-25', completedWan: 100 });
    const c = compare([after], [before]);
    expect(c.byId.get('late')).toMatchObject({ statusFrom: 'not-started', statusTo: 'behind' });
    expect(c.ids.worsened.has('late')).toBe(true);
  });
});

describe('each month\'s status at its own as-of date', () => {
  it('turns an unchanged record from at risk to behind just because a month passed', () => {
    const record = { completedWan: 650, stage: 'construction' } as const;
    const changes = compare([project('same', record)], [project('same', record)]);
    expect(changes.byId.get('same')).toMatchObject({ completedDeltaWan: 0, statusFrom: 'at-risk', statusTo: 'behind', stageFrom: 'construction', stageTo: 'construction' });
    expect(changes.ids.worsened.has('same')).toBe(true);
    expect(changes.ids.changed.has('same')).toBe(true);
    expect(changes.ids.invested.has('same')).toBe(false);
  });

  it('turns an unchanged on-track record behind when its end date passes between the two dates', () => {
    const record = { completedWan: 900, end: '2026-10-15' };
    const changes = compare([project('due', record)], [project('due', record)]);
    expect(changes.byId.get('due')).toMatchObject({ statusFrom: 'on-track', statusTo: 'behind' });
    expect(changes.ids.worsened.has('due')).toBe(true);
  });

  it('leaves out of changed a record unchanged in figures, stage and status', () => {
    const changes = compare([project('still', { completedWan: 900 })], [project('still', { completedWan: 900 })]);
    expect(changes.byId.get('still')).toMatchObject({ statusFrom: 'on-track', statusTo: 'on-track', completedDeltaWan: 0 });
    expect(changes.ids.changed.size).toBe(0);
  });

  it('reports the two dates it compared', () => {
    expect(compare([], [])).toMatchObject({ asOf: OCT, previousAsOf: SEP });
  });
});

describe('added and gone projects', () => {
  const previous = [project('kept', { completedWan: 700 }), project('old', { name: '旧厂房改造' })];
  const current = [project('kept', { completedWan: 800 }), project('new', { name: '新材料产业园', completedWan: 900, stage: 'construction' })];
  const changes = compare(current, previous);

  it('counts an added project in added and changed, but its 累计完成 is not this month\'s investment', () => {
    expect(sorted(changes.ids.added)).toEqual(['new']);
    expect(sorted(changes.ids.changed)).toEqual(['kept', 'new']);
    expect(changes.ids.invested.has('new')).toBe(false);
    expect(changes.investedWan).toBe(100);
    expect(changes.byId.get('new')).toEqual({ added: true, duplicate: false, completedDeltaWan: 0, statusTo: 'on-track', stageTo: 'construction' });
  });

  it('never counts an added project as started, worsened or recovered: it has no last month', () => {
    const c = compare([project('x', { stage: 'construction', completedWan: DONE.oct.behind })], []);
    for (const kind of ['started', 'worsened', 'recovered', 'invested', 'decreased'] as const) expect(c.ids[kind].size, kind).toBe(0);
    expect(c.ids.added.has('x')).toBe(true);
  });

  it('lists last month\'s project missing now as gone', () => {
    expect(changes.gone).toEqual([{ project: previous[1], duplicate: false }]);
    expect(changes.byId.has('old')).toBe(false);
  });

  it('marks records sharing a key as added and duplicate, never as matched', () => {
    const c = compare(
      [project('c1', { name: '配套道路', completedWan: 900 }), project('c2', { name: '配套道路', completedWan: 900 })],
      [project('p1', { name: '配套道路', completedWan: 100 })],
    );
    expect(c.investedWan).toBe(0);
    expect(sorted(c.ids.added)).toEqual(['c1', 'c2']);
    expect(c.byId.get('c1')).toMatchObject({ added: true, duplicate: true });
    expect(c.gone).toEqual([{ project: expect.objectContaining({ id: 'p1' }), duplicate: true }]);
  });

  it('keeps last month\'s record of a project renamed under its number, with the old name', () => {
    const c = compare([project('c', { code: 'GX-9', name: '新名称' })], [project('p', { code: 'GX-9', name: '旧名称' })]);
    expect(c.by).toBe('code');
    expect(c.byId.get('c')).toMatchObject({ added: false, previous: { id: 'p', name: { zh: '旧名称' } } });
  });
});

describe('provenance of the changes', () => {
  it('is derived when both months\' records are documented', () => {
    expect(compare([project('a')], [project('a')]).provenance).toBe('derived');
  });

  it('is illustrative when any record of either month is illustrative', () => {
    expect(compare([project('a'), project('b', { provenance: 'illustrative' })], [project('a')]).provenance).toBe('illustrative');
    expect(compare([project('a')], [project('a', { provenance: 'illustrative' })]).provenance).toBe('illustrative');
    // Even a record that matched nothing (gone) makes the comparison a guess.
    expect(compare([project('a')], [project('a'), project('z', { name: '已移出', provenance: 'illustrative' })]).provenance).toBe('illustrative');
  });

  it('is inferred when a record is inferred and none illustrative', () => {
    expect(compare([project('a', { provenance: 'inferred' })], [project('a')]).provenance).toBe('inferred');
  });
});

describe('cachedMonthChanges', () => {
  it('returns the same object for the same two lists, and a fresh one for other lists', () => {
    const current = [project('a', { completedWan: 900 })];
    const previous = [project('a', { completedWan: 800 })];
    const first = cachedMonthChanges({ items: current, asOf: OCT }, { items: previous, asOf: SEP });
    expect(cachedMonthChanges({ items: current, asOf: OCT }, { items: previous, asOf: SEP })).toBe(first);
    expect(first.investedWan).toBe(100);
    const other = cachedMonthChanges({ items: [...current], asOf: OCT }, { items: previous, asOf: SEP });
    expect(other).not.toBe(first);
    expect(other).toEqual(first);
    expect(cachedMonthChanges({ items: previous, asOf: OCT }, { items: current, asOf: SEP }).ids.decreased.has('a')).toBe(true);
  });
});

describe('monthTotals and statusAt', () => {
  it('gives a project\'s status by the schedule rule at the date asked', () => {
    const p = project('a', { completedWan: 650 });
    expect(statusAt(p, SEP)).toBe(assessSchedule({ start: p.start, end: p.end, done: 0.65 }, SEP).status);
    expect([statusAt(p, SEP), statusAt(p, OCT)]).toEqual(['at-risk', 'behind']);
  });

  it('counts the projects by status at the month\'s as-of date and sums the four amounts', () => {
    const items = [
      project('a', { completedWan: 800, annualPlanWan: 100, annualCompletedWan: 50 }),
      project('b', { completedWan: 750, plannedWan: 1000, annualPlanWan: 200, annualCompletedWan: 150 }),
      project('c', { completedWan: 650, annualPlanWan: 300, annualCompletedWan: 0 }),
      project('d', { completedWan: 1000, annualPlanWan: 0, annualCompletedWan: 0 }),
      project('e', { completedWan: 0, plannedWan: 5000, start: '2027-01-01', end: '2028-12-31', annualPlanWan: 0, annualCompletedWan: 0 }),
    ];
    expect(monthTotals(items, OCT)).toEqual({
      count: 5,
      plannedWan: 9000,
      completedWan: 3200,
      annualPlanWan: 600,
      annualCompletedWan: 200,
      status: { 'not-started': 1, 'on-track': 1, 'at-risk': 1, behind: 1, done: 1 },
    });
    // The same records a month earlier: 750 was on track, 650 only at risk.
    expect(monthTotals(items, SEP).status).toEqual({ 'not-started': 1, 'on-track': 2, 'at-risk': 1, behind: 0, done: 1 });
  });

  it('gives zeros, every status listed, for an empty month', () => {
    expect(monthTotals([], OCT)).toEqual({
      count: 0, plannedWan: 0, completedWan: 0, annualPlanWan: 0, annualCompletedWan: 0,
      status: { 'not-started': 0, 'on-track': 0, 'at-risk': 0, behind: 0, done: 0 },
    });
  });
});
