/**
 * Which record of last month is which of this month (src/projects/months/match.ts). The ledger's own project
 * number is the key only when every record of both months has one; otherwise the normalised name and the
 * responsible unit. A key two records of one month share matches nothing: never merged by guess.
 */
import { describe, expect, it } from 'vitest';
import { keyOf, matchBy, matchMonths, normaliseName } from '../../src/projects/months/match';
import type { Project } from '../../src/contract/schemas';
import { project } from '../lib/months-fixture';

const ids = (xs: readonly { project: Project }[]) => xs.map((x) => x.project.id).sort();
const pairIds = (m: ReturnType<typeof matchMonths>) => m.pairs.map((p) => [p.previous.id, p.current.id]);

describe('normalising names and units', () => {
  it('reads full-width and half-width brackets, spaces and case as one', () => {
    expect(normaliseName('标准化厂房项目（一期）')).toBe(normaliseName('标准化厂房项目(一期)'));
    expect(normaliseName('ＡＢＣ 产业园　二期')).toBe(normaliseName('abc产业园二期'));
    expect(normaliseName('【重点】电子信息产业园·配套道路')).toBe('重点电子信息产业园配套道路');
  });

  it('keeps the words themselves: a different phase is a different name', () => {
    expect(normaliseName('标准化厂房项目（一期）')).not.toBe(normaliseName('标准化厂房项目（二期）'));
  });
});

describe('matching by name and responsible unit', () => {
  it('matches the same project written with full-width brackets, letters, digits and spaces one month, half-width the next', () => {
    const previous = [project('p1', { name: 'A区标准化厂房项目(1期)', unit: '高新区 建设局' })];
    const current = [project('c1', { name: 'Ａ区标准化厂房项目（１期）', unit: '高新区　建设局' })];
    const m = matchMonths(current, previous);
    expect(m.by).toBe('name-unit');
    expect(pairIds(m)).toEqual([['p1', 'c1']]);
    expect(m.added).toEqual([]);
    expect(m.gone).toEqual([]);
  });

  it('never merges a renamed project without numbers: one added, one gone', () => {
    const previous = [project('p1', { name: '智能终端产业园' })];
    const current = [project('c1', { name: '智能终端产业园（更名）' })];
    const m = matchMonths(current, previous);
    expect(m.pairs).toEqual([]);
    expect(m.added).toEqual([{ project: current[0], duplicate: false }]);
    expect(m.gone).toEqual([{ project: previous[0], duplicate: false }]);
  });

  it('tells the same name under two responsible units apart', () => {
    expect(keyOf(project('a', { name: '污水处理厂', unit: '建设局' }), 'name-unit'))
      .not.toBe(keyOf(project('b', { name: '污水处理厂', unit: '水务局' }), 'name-unit'));
  });

  it('matches a project split by responsible unit to the record under its old unit; the other is new', () => {
    const previous = [project('p1', { name: '高新区污水处理厂', unit: '高新区建设局' })];
    const current = [
      project('c1', { name: '高新区污水处理厂', unit: '高新区建设局' }),
      project('c2', { name: '高新区污水处理厂', unit: '高新区水务局' }),
    ];
    const m = matchMonths(current, previous);
    expect(pairIds(m)).toEqual([['p1', 'c1']]);
    expect(m.added).toEqual([{ project: current[1], duplicate: false }]);
    expect(m.gone).toEqual([]);
  });
});

describe('matching by the ledger\'s own project number', () => {
  it('uses the numbers when every record of both months has one, and then a rename is the same project', () => {
    const previous = [project('p1', { code: 'GX-2026-001', name: '智能终端产业园' }), project('p2', { code: 'GX-2026-002' })];
    const current = [project('c1', { code: 'GX-2026-001', name: '智能终端产业园（更名）' }), project('c2', { code: 'GX-2026-002' })];
    const m = matchMonths(current, previous);
    expect(m.by).toBe('code');
    expect(pairIds(m)).toEqual([['p1', 'c1'], ['p2', 'c2']]);
    expect(m.pairs[0]!.previous.name.zh).toBe('智能终端产业园');
    expect(m.pairs[0]!.current.name.zh).toBe('智能终端产业园（更名）');
    expect(m.added).toEqual([]);
    expect(m.gone).toEqual([]);
  });

  it('matches numbers by the project number, not the unit: a record moved to another unit stays matched', () => {
    const m = matchMonths([project('c1', { code: 'GX-7', unit: '水务局' })], [project('p1', { code: 'GX-7', unit: '建设局' })]);
    expect(pairIds(m)).toEqual([['p1', 'c1']]);
  });

  it('falls back to name and unit for all records when only some have numbers (this month or last)', () => {
    const previous = [project('p1', { code: 'GX-001', name: '智能终端产业园' }), project('p2', { code: 'GX-002', name: '配套道路' })];
    const current = [project('c1', { code: 'GX-001', name: '智能终端产业园（更名）' }), project('c2', { name: '配套道路' })];
    expect(matchBy(current, previous)).toBe('name-unit');
    expect(matchBy(previous, current)).toBe('name-unit');
    const m = matchMonths(current, previous);
    expect(m.by).toBe('name-unit');
    // 配套道路 by its name; the renamed one is not matched by its number: one added, one gone.
    expect(pairIds(m)).toEqual([['p2', 'c2']]);
    expect(ids(m.added)).toEqual(['c1']);
    expect(ids(m.gone)).toEqual(['p1']);
  });

  it('does not count a blank or punctuation-only number as a number', () => {
    const previous = [project('p1', { code: 'GX-1' })];
    expect(matchBy([project('c1', { code: ' - ' })], previous)).toBe('name-unit');
    expect(matchBy([project('c1', { code: 'GX-1' })], previous)).toBe('code');
  });
});

describe('duplicate keys within one month', () => {
  it('lists both records sharing a name and unit this month as added, and last month\'s as gone, all duplicate', () => {
    const previous = [project('p1', { name: '标准化厂房项目（一期）' }), project('p2', { name: '配套道路' })];
    const current = [
      project('c1', { name: '标准化厂房项目（一期）' }),
      project('c2', { name: '标准化厂房项目(一期)' }),
      project('c3', { name: '配套道路' }),
    ];
    const m = matchMonths(current, previous);
    expect(pairIds(m)).toEqual([['p2', 'c3']]);
    expect(m.added).toEqual([{ project: current[0], duplicate: true }, { project: current[1], duplicate: true }]);
    expect(m.gone).toEqual([{ project: previous[0], duplicate: true }]);
  });

  it('does the same when last month held the duplicate', () => {
    const previous = [project('p1', { name: '配套道路' }), project('p2', { name: '配套道路' })];
    const current = [project('c1', { name: '配套道路' })];
    const m = matchMonths(current, previous);
    expect(m.pairs).toEqual([]);
    expect(m.added).toEqual([{ project: current[0], duplicate: true }]);
    expect(m.gone).toEqual([{ project: previous[0], duplicate: true }, { project: previous[1], duplicate: true }]);
  });

  it('treats a project number used twice in one month as a duplicate, not a match', () => {
    const previous = [project('p1', { code: 'GX-1' }), project('p2', { code: 'GX-2' })];
    const current = [project('c1', { code: 'GX-1' }), project('c2', { code: 'GX-1' }), project('c3', { code: 'GX-2' })];
    const m = matchMonths(current, previous);
    expect(m.by).toBe('code');
    expect(pairIds(m)).toEqual([['p2', 'c3']]);
    expect(m.added.map((a) => [a.project.id, a.duplicate])).toEqual([['c1', true], ['c2', true]]);
    expect(m.gone.map((g) => [g.project.id, g.duplicate])).toEqual([['p1', true]]);
  });
});

describe('empty months', () => {
  it('matches nothing between two empty months', () => {
    expect(matchMonths([], [])).toEqual({ by: 'name-unit', pairs: [], added: [], gone: [] });
  });

  it('lists every record as added when last month is empty, and as gone when this month is', () => {
    const items = [project('a', { code: 'GX-1' }), project('b', { code: 'GX-2' })];
    const first = matchMonths(items, []);
    expect(first.by).toBe('name-unit');
    expect(first.added).toEqual([{ project: items[0], duplicate: false }, { project: items[1], duplicate: false }]);
    expect(first.gone).toEqual([]);
    const last = matchMonths([], items);
    expect(last.added).toEqual([]);
    expect(last.gone).toEqual([{ project: items[0], duplicate: false }, { project: items[1], duplicate: false }]);
  });
});
