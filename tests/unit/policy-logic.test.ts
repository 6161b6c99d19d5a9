/** The policy panel: status counts come from the schedule rule at the data's as-of date, never the clock. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import dataset from '../../seeds/dataset.json';
import { policyTasksSchema, type PolicyTask } from '../../src/contract/schemas';
import { policySummary, statusRows, TASK_STATUS_ORDER, tasksByStatus } from '../../src/features/policy/policy-logic';

const policy = policyTasksSchema.parse(dataset.policyTasks);
const { tasks, asOf } = policy;

describe('statusRows', () => {
  it('gives one row per status in order, with icon and words, counts adding up to all tasks', () => {
    const rows = statusRows(tasks, asOf, 'zh');
    expect(rows.map((r) => r.status)).toEqual(TASK_STATUS_ORDER);
    expect(rows.map((r) => r.label)).toEqual(['✔ 已完成', '● 正常', '▲ 预警', '■ 滞后', '○ 未开始']);
    expect(rows.map((r) => r.count)).toEqual([0, 26, 2, 3, 32]);
    expect(rows.reduce((a, r) => a + r.count, 0)).toBe(tasks.length);
    expect(rows.reduce((a, r) => a + r.share, 0)).toBeCloseTo(1);
    expect(statusRows(tasks, asOf, 'en')[1]?.label).toBe('● On track');
  });

  it('puts each count in its own status column only, so each bar takes one colour', () => {
    for (const row of statusRows(tasks, asOf, 'zh')) {
      for (const s of TASK_STATUS_ORDER) {
        if (s === row.status) expect(row[s]).toBe(row.count);
        else expect(row).not.toHaveProperty(s);
      }
    }
  });

  it('agrees with tasksByStatus and handles no tasks', () => {
    const counts = tasksByStatus(tasks, asOf);
    for (const r of statusRows(tasks, asOf, 'zh')) expect(r.count).toBe(counts[r.status]);
    expect(statusRows([], asOf, 'zh').every((r) => r.count === 0 && r.share === 0)).toBe(true);
  });
});

describe('policySummary', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('names every status, zeros included (the panel\'s note says the data is illustrative) (zh)', () => {
    expect(policySummary(tasks, asOf, 'zh')).toBe('63项任务中，已完成0项，正常26项，预警2项，滞后3项，未开始32项。');
  });

  it('says the same in English', () => {
    expect(policySummary(tasks, asOf, 'en')).toBe('Of 63 tasks, 0 done, 26 on track, 2 at risk, 3 behind and 32 not started.');
  });

  it('is computed at the as-of date given, not today', () => {
    const one: PolicyTask[] = [{ ...tasks[0]!, start: '2024-01-01', due: '2024-12-31', progress: 100 }];
    expect(policySummary(one, asOf, 'zh')).toBe('1项任务中，已完成1项，正常0项，预警0项，滞后0项，未开始0项。');
    const late: PolicyTask[] = [{ ...tasks[0]!, start: '2024-01-01', due: '2024-03-31', progress: 50 }];
    expect(policySummary(late, asOf, 'en')).toBe('Of 1 task, 0 done, 0 on track, 0 at risk, 1 behind and 0 not started.');

    // The seed at its own as-of date (2024-05-30), whatever the clock says: before every task starts
    // (2000: all would be not started) and after every task is due (2030: all would be behind).
    expect(asOf).toBe('2024-05-30');
    const atAsOf = { done: 0, 'on-track': 26, 'at-risk': 2, behind: 3, 'not-started': 32 };
    for (const today of ['2000-01-01T12:00:00Z', '2030-06-15T12:00:00Z']) {
      vi.useFakeTimers();
      vi.setSystemTime(new Date(today));
      expect(new Date().toISOString()).toBe(new Date(today).toISOString());
      expect(tasksByStatus(tasks, asOf)).toEqual(atAsOf);
      expect(policySummary(tasks, asOf, 'zh')).toBe('63项任务中，已完成0项，正常26项，预警2项，滞后3项，未开始32项。');
      vi.useRealTimers();
    }

    // A different as-of date gives different counts, so neither a fixed date nor the clock can stand in for it.
    expect(tasksByStatus(tasks, '2026-01-01')).toEqual({ done: 0, 'on-track': 0, 'at-risk': 0, behind: 63, 'not-started': 0 });
    expect(tasksByStatus(tasks, '2026-01-01')).not.toEqual(atAsOf);
    expect(policySummary(tasks, '2026-01-01', 'zh')).not.toBe(policySummary(tasks, asOf, 'zh'));
  });
});
