/**
 * The pure parts of a project's own page (src/features/project-detail/detail-logic.ts): the schedule rule taken
 * apart into the numbers it used, in both languages, for every way it can decide; the displayed elapsed − done
 * = lag arithmetic holding to one decimal; and where milestones and the as-of line sit on the timeline.
 * The expected sentences are written out by hand from the records (days counted in the comments).
 */
import { describe, expect, it } from 'vitest';
import dataset from '../../seeds/dataset.json';
import type { Project } from '../../src/contract/schemas';
import {
  consistentTenths, lagWords, ruleBreakdown, ruleSentence, timelineOf, timelinePoint,
} from '../../src/features/project-detail/detail-logic';
import { DETAIL_MESSAGES } from '../../src/lib/i18n/detail';
import { MESSAGES } from '../../src/lib/i18n';
import type { Lang } from '../../src/lib/format';
import { assessProject } from '../../src/projects/selection/select';
import { THRESHOLDS } from '../../src/lib/schedule';

const ASOF = dataset.projects.asOf;
const SEED = dataset.projects.items as unknown as Project[];
const byId = (id: string) => SEED.find((p) => p.id === id)!;

/** A record with only what the rule reads set; money in 万元. */
const project = (start: string, end: string, completedWan: number, plannedWan = 1000, milestones: Project['milestones'] = []): Project => ({
  id: 'T1', name: { zh: '测试', en: 'Test' }, category: 'new-infrastructure', park: 'park-a', stage: 'construction',
  plannedWan, completedWan, annualPlanWan: 0, annualCompletedWan: 0, start, end, milestones,
  responsibleUnit: { zh: '单位', en: 'Unit' }, provenance: 'illustrative',
});

const sentence = (p: Project, lang: Lang) => ruleSentence(p, ASOF, DETAIL_MESSAGES[lang], MESSAGES[lang].status, lang);

describe('the rule applied, in words, with its numbers', () => {
  // 2024-01-01 → 2025-01-26 is 392 days; by the end of 2024-05-30, 151 have passed: 151/392 = 38.52 %. Done 17.0 %.
  const example = project('2024-01-01', '2025-01-26', 170);
  // 2022-06-22 → 2025-08-22: 1,158 days, 709 passed (61.23 %); done 63,010 / 100,900 = 62.45 %.
  const p09 = byId('P09');
  // The same window as the example, but past its end: 2022-01-01 → 2023-12-31, 80 % invested.
  const late = project('2022-01-01', '2023-12-31', 800);
  // 2024-05-01 → 2024-06-29 is 60 days, 30 passed: exactly half, and half invested.
  const level = project('2024-05-01', '2024-06-29', 500);

  const CASES: [string, Project, string, string][] = [
    ['behind by the lag (the brief\'s example)', example,
      '时间进度 38.5% − 完成进度 17.0% = 落后21.5个百分点 → 滞后',
      'Time elapsed 38.5% − invested 17.0% = 21.5 pts behind → Behind'],
    ['ahead of schedule (P09)', p09,
      '时间进度 61.2% − 完成进度 62.4% = 领先1.2个百分点 → 正常',
      'Time elapsed 61.2% − invested 62.4% = 1.2 pts ahead → On track'],
    // 30.720 % − 28.264 % = 2.456 → 2.5; rounded alone 30.7 − 28.3 = 2.4, so done shows 28.2 (0.64 off, elapsed would be 0.80).
    ['on track, a little behind (P19)', byId('P19'),
      '时间进度 30.7% − 完成进度 28.2% = 落后2.5个百分点 → 正常',
      'Time elapsed 30.7% − invested 28.2% = 2.5 pts behind → On track'],
    // 59.363 % − 46.303 % = 13.06 → 13.1.
    ['at risk (P10)', byId('P10'),
      '时间进度 59.4% − 完成进度 46.3% = 落后13.1个百分点 → 预警',
      'Time elapsed 59.4% − invested 46.3% = 13.1 pts behind → At risk'],
    // 41.247 % − 25.573 % = 15.674 → 15.7; rounded alone 41.2 − 25.6 = 15.6, so elapsed shows 41.3.
    ['behind (P13)', byId('P13'),
      '时间进度 41.3% − 完成进度 25.6% = 落后15.7个百分点 → 滞后',
      'Time elapsed 41.3% − invested 25.6% = 15.7 pts behind → Behind'],
    ['not started (P01, starts 2025-10-22)', byId('P01'),
      '计划开始日期2025年10月22日晚于数据截至日2024年5月30日，时间进度尚未起算 → 未开始',
      'Planned start 22 October 2025 is after the as-of date, 30 May 2024; no time has elapsed yet → Not started'],
    ['finished (P12)', byId('P12'),
      '完成进度 100.0%，累计完成投资已达计划投资 → 已完成',
      'Invested 100.0%: the planned investment is reached → Done'],
    // The lag is formatted as the attention list formats it (formatNumber, up to one decimal): 20, not 20.0.
    ['past the end date', late,
      '时间进度 100.0% − 完成进度 80.0% = 落后20个百分点；已过计划结束日期2023年12月31日而未完成 → 滞后',
      'Time elapsed 100.0% − invested 80.0% = 20 pts behind; past the planned end date, 31 December 2023, and not finished → Behind'],
    ['level', level,
      '时间进度 50.0% − 完成进度 50.0% = 持平（0个百分点） → 正常',
      'Time elapsed 50.0% − invested 50.0% = level (0 pts) → On track'],
  ];

  it.each(CASES)('%s', (_label, p, zh, en) => {
    expect(sentence(p, 'zh')).toBe(zh);
    expect(sentence(p, 'en')).toBe(en);
  });

  it('says which clause decided, and carries the very assessment the table uses', () => {
    expect(CASES.map(([, p]) => ruleBreakdown(p, ASOF).ruleCase)).toEqual(['lag', 'lag', 'lag', 'lag', 'lag', 'not-started', 'finished', 'past-end', 'lag']);
    for (const [, p] of CASES) expect(ruleBreakdown(p, ASOF).assessment).toBe(assessProject(p, ASOF));
  });

  it('a past end date decides even a small lag: behind at 2 points', () => {
    const nearly = project('2022-01-01', '2023-12-31', 980);
    expect(ruleBreakdown(nearly, ASOF).assessment.status).toBe('behind');
    expect(sentence(nearly, 'zh')).toBe('时间进度 100.0% − 完成进度 98.0% = 落后2个百分点；已过计划结束日期2023年12月31日而未完成 → 滞后');
  });

  it('the statuses follow THRESHOLDS: just over the amber line is at risk, just over red is behind', () => {
    // 151 of 392 days (38.52 %): done so that the lag is 5.1 and 15.1 points.
    const over = (pts: number) => project('2024-01-01', '2025-01-26', Math.round((151 / 392 - pts / 100) * 100_000), 100_000);
    expect(ruleBreakdown(over(THRESHOLDS.amberPts), ASOF).assessment.status).toBe('on-track');
    expect(ruleBreakdown(over(THRESHOLDS.amberPts + 0.1), ASOF).assessment.status).toBe('at-risk');
    expect(ruleBreakdown(over(THRESHOLDS.redPts), ASOF).assessment.status).toBe('at-risk');
    expect(ruleBreakdown(over(THRESHOLDS.redPts + 0.1), ASOF).assessment.status).toBe('behind');
  });

  it('states the rule from THRESHOLDS and the status words', () => {
    const rule = (lang: Lang) => DETAIL_MESSAGES[lang].projectDetail.progress.rule(
      String(THRESHOLDS.amberPts), String(THRESHOLDS.redPts), MESSAGES[lang].status['at-risk'], MESSAGES[lang].status.behind);
    expect(rule('zh')).toContain('落后超过5个百分点为预警，超过15个百分点为滞后');
    expect(rule('en')).toContain('more than 5 pts behind is At risk, more than 15 pts behind is Behind');
  });

  it('never says −0 or "0 points ahead"', () => {
    const dm = DETAIL_MESSAGES.zh;
    expect(lagWords(-0, dm, 'zh')).toBe('持平（0个百分点）');
    expect(lagWords(-0.1, dm, 'zh')).toBe('领先0.1个百分点');
    expect(lagWords(21.5, DETAIL_MESSAGES.en, 'en')).toBe('21.5 pts behind');
  });
});

describe('elapsed − done = lag, to one decimal, as shown', () => {
  it('holds for every seed project and a sweep of shares, each shown value within 0.1 point of the truth', () => {
    const pairs: [number, number][] = SEED.map((p) => {
      const a = assessProject(p, ASOF);
      return [a.elapsed, p.completedWan / p.plannedWan];
    });
    for (let i = 0; i <= 400; i++) for (let j = 0; j <= 40; j++) pairs.push([(i * 2.5 + 0.37) / 1000, (j * 25.3 + i * 0.011) / 1000]);
    pairs.push([1, 0.9996], [0, 0], [1, 1], [0.00049, 0.00051]);
    for (const [e, d] of pairs) {
      const lagPts = Math.round((e - d) * 1000) / 10;
      const { elapsedTenths, doneTenths } = consistentTenths(e, d, lagPts);
      expect(elapsedTenths - doneTenths, `${e} − ${d}`).toBe(Math.round(lagPts * 10) + 0); // + 0: −0 and 0 are the same tenth
      expect(Math.abs(elapsedTenths - e * 1000)).toBeLessThanOrEqual(1);
      expect(Math.abs(doneTenths - d * 1000)).toBeLessThanOrEqual(1);
      expect(elapsedTenths).toBeGreaterThanOrEqual(0);
      expect(elapsedTenths).toBeLessThanOrEqual(1000);
    }
  });

  it('leaves both alone when they already agree', () => {
    expect(consistentTenths(0.385204, 0.17, 21.5)).toEqual({ elapsedTenths: 385, doneTenths: 170 });
  });
});

describe('the timeline', () => {
  it('puts the as-of line at the share of the window elapsed: the 时间进度 the rule used', () => {
    // The whole of 2024 (366 days); by the end of 30 May, 151 days.
    const year = project('2024-01-01', '2024-12-31', 0);
    expect(timelineOf(year, ASOF).asOf).toEqual({ date: ASOF, share: 151 / 366, outside: null });
    const p09 = byId('P09');
    expect(timelineOf(p09, ASOF).asOf.share).toBeCloseTo(709 / 1158, 12);
    expect(timelineOf(p09, ASOF).asOf.share).toBe(assessProject(p09, ASOF).elapsed);
  });

  it('clamps what falls outside the window to its edges and says which side', () => {
    expect(timelinePoint('2024-01-01', '2024-12-31', '2023-06-01')).toEqual({ date: '2023-06-01', share: 0, outside: 'before' });
    expect(timelinePoint('2024-01-01', '2024-12-31', '2025-02-01')).toEqual({ date: '2025-02-01', share: 1, outside: 'after' });
    expect(timelinePoint('2024-01-01', '2024-12-31', '2024-12-31')).toEqual({ date: '2024-12-31', share: 1, outside: null });
    // A project that has not started: the as-of line sits at the start, marked as before it.
    expect(timelineOf(byId('P01'), ASOF).asOf).toEqual({ date: ASOF, share: 0, outside: 'before' });
    expect(timelineOf(project('2022-01-01', '2023-12-31', 800), ASOF).asOf).toMatchObject({ share: 1, outside: 'after' });
  });

  it('lists the milestones by date, each placed, whatever order the record gives them in', () => {
    const label = (zh: string) => ({ zh, en: zh });
    const p = project('2024-01-01', '2024-12-31', 0, 1000, [
      { date: '2025-03-01', label: label('晚'), done: false },
      { date: '2024-01-01', label: label('开工'), done: true },
      { date: '2023-12-01', label: label('早'), done: true },
      { date: '2024-07-01', label: label('中'), done: false },
    ]);
    const { milestones } = timelineOf(p, ASOF);
    expect(milestones.map((m) => [m.label.zh, m.share, m.outside, m.done])).toEqual([
      ['早', 0, 'before', true],
      ['开工', 1 / 366, null, true],
      ['中', 183 / 366, null, false],
      ['晚', 1, 'after', false],
    ]);
  });
});
