/**
 * The "needs attention" ranking: red and amber only, red first, then furthest behind, all computed at the
 * data's as-of date. A leader reading the list in 2026 must see what the 2024-05-30 data says, not today's clock.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import dataset from '../../seeds/dataset.json';
import type { PolicyTask, Project } from '../../src/contract/schemas';
import { policyTasksSchema, projectsSchema } from '../../src/contract/schemas';
import {
  assessProjects, assessTasks, attentionCounts, compareAttention, needsAttention,
  projectsNeedingAttention, tasksNeedingAttention, type AttentionItem,
} from '../../src/features/attention/attention-logic';
import { THRESHOLDS } from '../../src/lib/schedule';

const AS_OF = '2024-05-30';
const projects = projectsSchema.parse(dataset.projects);
const policy = policyTasksSchema.parse(dataset.policyTasks);

const text = (zh: string) => ({ zh, en: zh });
// 2024-01-01 → 2024-12-31 is 366 days, both ends counted; by the end of 2024-05-30, 151 have elapsed: 41.3% of the time.
const task = (id: string, progress: number, over: Partial<PolicyTask> = {}): PolicyTask => ({
  id, title: text(`任务${id}`), start: '2024-01-01', due: '2024-12-31', progress,
  responsibleUnit: text('单位'), provenance: 'illustrative', ...over,
});
const project = (id: string, completedWan: number, over: Partial<Project> = {}): Project => ({
  id, name: text(`项目${id}`), category: 'new-infrastructure', park: 'park-a', stage: 'construction',
  plannedWan: 1000, completedWan, annualPlanWan: 0, annualCompletedWan: 0,
  start: '2024-01-01', end: '2024-12-31', milestones: [], responsibleUnit: text('单位'), provenance: 'illustrative', ...over,
});

afterEach(() => {
  vi.useRealTimers();
});

describe('needsAttention: red and amber only', () => {
  it('keeps red and amber, drops on-track, done and not-started', () => {
    const items = assessTasks([
      task('green', 40), // 1.3 pts behind → on track
      task('amber', 30), // 11.3 pts → at risk
      task('red', 10), // 31.3 pts → behind
      task('done', 100),
      task('future', 0, { start: '2024-07-01', due: '2024-12-31' }),
    ], AS_OF);
    const ids = needsAttention(items).map((i) => i.id);
    expect(ids).toEqual(['red', 'amber']);
  });

  it('uses the thresholds from src/lib/schedule.ts (amber above 5, red above 15 points)', () => {
    expect(THRESHOLDS).toEqual({ amberPts: 5, redPts: 15 });
    const [justAmber, justRed, edgeAmber] = assessTasks([task('a', 35), task('r', 26), task('e', 36.3)], AS_OF);
    expect(justAmber!.assessment.rag).toBe('amber'); // 6.3 pts
    expect(justRed!.assessment.rag).toBe('red'); // 15.3 pts
    expect(edgeAmber!.assessment.lagPts).toBe(5);
    expect(edgeAmber!.assessment.rag).toBe('green'); // exactly 5 is not "more than 5"
  });

  it('marks an overdue item red and overdue even with a small lag', () => {
    const [late] = assessTasks([task('late', 99, { start: '2024-01-01', due: '2024-05-01' })], AS_OF);
    expect(late!.overdue).toBe(true);
    expect(late!.assessment.rag).toBe('red');
    expect(late!.assessment.lagPts).toBe(1);
    expect(needsAttention([late!]).map((i) => i.id)).toEqual(['late']);
  });
});

describe('ordering', () => {
  it('puts every red before any amber, then sorts by lag descending', () => {
    const items = assessTasks([task('a1', 32), task('r1', 20), task('a2', 28), task('r2', 5), task('r3', 12)], AS_OF);
    const sorted = needsAttention(items);
    expect(sorted.map((i) => i.id)).toEqual(['r2', 'r3', 'r1', 'a2', 'a1']);
    expect(sorted.map((i) => i.assessment.rag)).toEqual(['red', 'red', 'red', 'amber', 'amber']);
  });

  it('ranks an overdue red with a small lag above an amber with a larger one', () => {
    const sorted = needsAttention(assessTasks([
      task('amber', 30),
      task('overdue', 97, { due: '2024-05-01' }),
    ], AS_OF));
    expect(sorted.map((i) => i.id)).toEqual(['overdue', 'amber']);
  });

  it('breaks equal lags by id so the list does not reshuffle between renders', () => {
    const items = assessTasks([task('b', 30), task('a', 30)], AS_OF);
    expect(needsAttention(items).map((i) => i.id)).toEqual(['a', 'b']);
    expect(compareAttention(items[0]!, items[0]!)).toBe(0);
  });
});

describe('figures shown next to the lag', () => {
  it('computes project progress as money invested over money planned', () => {
    const [p] = assessProjects([project('p', 250)], AS_OF);
    expect(p!.done).toBe(0.25);
    expect(p!.assessment.elapsed).toBeCloseTo(151 / 366, 6);
    expect(p!.assessment.lagPts).toBe(16.3);
  });

  it('counts red and amber for the heading', () => {
    const items = needsAttention(assessTasks([task('a', 30), task('r', 10), task('r2', 1)], AS_OF));
    expect(attentionCounts(items)).toEqual({ red: 2, amber: 1 });
  });
});

describe('the seed data at its as-of date', () => {
  const expected = {
    projects: ['P13', 'P10', 'P03', 'P14'],
    tasks: ['T34', 'T23', 'T31', 'T18', 'T02'],
  };

  it('flags the same items whatever the system clock says', () => {
    for (const now of ['2024-05-30T08:00:00Z', '2020-01-01T00:00:00Z', '2031-12-31T23:59:59Z']) {
      vi.useFakeTimers();
      vi.setSystemTime(new Date(now));
      expect(projectsNeedingAttention(projects.items, projects.asOf).map((i) => i.id)).toEqual(expected.projects);
      expect(tasksNeedingAttention(policy.tasks, policy.asOf).map((i) => i.id)).toEqual(expected.tasks);
      vi.useRealTimers();
    }
  });

  it('is sorted red first, then by lag descending', () => {
    const list: AttentionItem[] = tasksNeedingAttention(policy.tasks, policy.asOf);
    const rank = (i: AttentionItem) => (i.assessment.rag === 'red' ? 0 : 1);
    for (let k = 1; k < list.length; k++) {
      const [a, b] = [list[k - 1]!, list[k]!];
      expect(rank(a) < rank(b) || (rank(a) === rank(b) && a.assessment.lagPts >= b.assessment.lagPts)).toBe(true);
    }
    expect(list[0]!.assessment.lagPts).toBe(28.2);
  });

  it('changes only when the as-of date changes', () => {
    const later = tasksNeedingAttention(policy.tasks, '2024-12-31').map((i) => i.id);
    expect(later).not.toEqual(expected.tasks);
  });
});
