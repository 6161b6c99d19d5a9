/** The policy panel: status counts come from the schedule rule at the data's as-of date, never the clock. */
import { describe, expect, it } from 'vitest';
import dataset from '../../seeds/dataset.json';
import { policyTasksSchema, type PolicyTask } from '../../src/api/schemas';
import { policySummary, statusRows, TASK_STATUS_ORDER, tasksByStatus } from '../../src/features/policy/policy-logic';

const policy = policyTasksSchema.parse(dataset.policyTasks);
const { tasks, asOf } = policy;

describe('statusRows', () => {
  it('gives one row per status in order, with icon and words, counts adding up to all tasks', () => {
    const rows = statusRows(tasks, asOf, 'zh');
    expect(rows.map((r) => r.status)).toEqual(TASK_STATUS_ORDER);
    expect(rows.map((r) => r.label)).toEqual(['✔ 已完成', '● 正常', '▲ 预警', '■ 滞后', '○ 未开始']);
    expect(rows.map((r) => r.count)).toEqual([0, 14, 3, 3, 43]);
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
  it('names every status, zeros included, and says the data is illustrative (zh)', () => {
    expect(policySummary(tasks, asOf, 'zh')).toBe('63项任务中，已完成0项，正常14项，预警3项，滞后3项，未开始43项（示例数据）。');
  });

  it('says the same in English', () => {
    expect(policySummary(tasks, asOf, 'en')).toBe('Of 63 tasks, 0 done, 14 on track, 3 at risk, 3 behind and 43 not started (illustrative).');
  });

  it('is computed at the as-of date given, not today', () => {
    const one: PolicyTask[] = [{ ...tasks[0]!, start: '2024-01-01', due: '2024-12-31', progress: 100 }];
    expect(policySummary(one, asOf, 'zh')).toBe('1项任务中，已完成1项，正常0项，预警0项，滞后0项，未开始0项（示例数据）。');
    const late: PolicyTask[] = [{ ...tasks[0]!, start: '2024-01-01', due: '2024-03-31', progress: 50 }];
    expect(policySummary(late, asOf, 'en')).toBe('Of 1 task, 0 done, 0 on track, 0 at risk, 1 behind and 0 not started (illustrative).');
  });
});
