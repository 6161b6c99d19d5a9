// @vitest-environment node
/**
 * The verdict line and the document title: the sentence a leader reads first, at the data's as-of date with the
 * clock set years away (a sentence computed from the clock reads 0% elapsed in 2031 and fails), the status
 * rule's thresholds, the illustrative flag, plurals, and a title that carries the letter's figures only.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import dataset from '../../seeds/dataset.json';
import { documentTitle } from '../../src/app/document-title';
import { verdict, verdictSegments, verdictSentence } from '../../src/app/verdict';
import { policyTasksSchema, projectsSchema, type PolicyTask, type PolicyTasks, type Project, type Projects } from '../../src/contract/schemas';
import type { Lang } from '../../src/lib/format';
import { MESSAGES } from '../../src/lib/i18n';

const PROJECTS = projectsSchema.parse(dataset.projects);
const TASKS = policyTasksSchema.parse(dataset.policyTasks);
/** A number and its word are kept together with a no-break space; read it as a space. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const say = (v: ReturnType<typeof verdict>, lang: Lang) => plain(verdictSentence(v, MESSAGES[lang], lang));

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2031-01-01'));
});
afterEach(() => vi.useRealTimers());

describe('the demo data at its as-of date (2024-05-30), the clock in 2031', () => {
  const v = verdict(PROJECTS, TASKS);

  it('reads in Chinese', () => {
    expect(say(v, 'zh')).toBe(
      '截至2024年5月30日：26个项目中在建5个；年度投资完成率27.7%，落后序时进度13.6个百分点（▲ 预警）；需关注项目4个、政策任务5项',
    );
  });

  it('reads in English', () => {
    expect(say(v, 'en')).toBe(
      'As of 30 May 2024: 5 of 26 projects under construction; annual investment 27.7% complete, '
      + '13.6 points behind time elapsed (▲ At risk); needing attention: 4 projects, 5 policy tasks',
    );
  });

  it('keeps the parts apart, with the status run separate for colouring, and flags the illustrative records', () => {
    expect(v).toMatchObject({
      asOf: '2024-05-30', tasksAsOf: null, illustrative: true, provenance: 'illustrative',
      projects: { count: 26, construction: 5, attention: 4 },
      rate: { status: 'at-risk', rag: 'amber', lagPts: 13.6 },
      tasks: { count: 63, attention: 5 },
    });
    expect(verdictSegments(v, MESSAGES.zh, 'zh')).toContainEqual({ status: 'at-risk', rag: 'amber', text: '▲ 预警' });
  });
});

const ASOF = '2024-05-30'; // 序时进度 41.3% (151 of 366 days)
const base = PROJECTS.items[0]!;
/** A project running the calendar year; `done` true puts it past the attention list, false makes it red. */
const project = (id: string, over: Partial<Project> = {}, done = true): Project => ({
  ...base, id, stage: 'construction', start: '2024-01-01', end: '2024-12-31', plannedWan: 1000,
  completedWan: done ? 1000 : 0, annualPlanWan: 1000, annualCompletedWan: 413, provenance: 'documented', ...over,
});
const task = (id: string, progress: number, over: Partial<PolicyTask> = {}): PolicyTask => ({
  ...TASKS.tasks[0]!, id, start: '2024-01-01', due: '2024-12-31', progress, provenance: 'documented', ...over,
});
const projects = (items: Project[], asOf = ASOF): Projects => ({ ...PROJECTS, asOf, items, total: items.length });
const tasks = (list: PolicyTask[], asOf = ASOF): PolicyTasks => ({ ...TASKS, asOf, tasks: list });
/** One project whose year reached `completed` of 1000 planned: the rate is completed/10 %. */
const rated = (completed: number) => verdict(projects([project('P1', { annualCompletedWan: completed })]), tasks([task('T1', 100)]));

describe('the status rule on 年度投资完成率 against 序时进度 (thresholds 5 and 15 points)', () => {
  it.each([
    [413, 0, 'on-track', '与序时进度持平（● 正常）', 'level with time elapsed (● On track)'],
    [433, -2, 'on-track', '领先序时进度2个百分点（● 正常）', '2 points ahead of time elapsed (● On track)'],
    [403, 1, 'on-track', '落后序时进度1个百分点（● 正常）', '1 point behind time elapsed (● On track)'],
    [363, 5, 'on-track', '落后序时进度5个百分点（● 正常）', '5 points behind time elapsed (● On track)'],
    [362, 5.1, 'at-risk', '落后序时进度5.1个百分点（▲ 预警）', '5.1 points behind time elapsed (▲ At risk)'],
    [263, 15, 'at-risk', '落后序时进度15个百分点（▲ 预警）', '15 points behind time elapsed (▲ At risk)'],
    [262, 15.1, 'behind', '落后序时进度15.1个百分点（■ 滞后）', '15.1 points behind time elapsed (■ Behind)'],
  ] as const)('%i of 1000 done: lag %f, %s', (completed, lag, status, zh, en) => {
    const v = rated(completed);
    expect(v.rate).toMatchObject({ lagPts: lag, status });
    expect(say(v, 'zh')).toContain(`年度投资完成率${(completed / 10).toFixed(1)}%，${zh}`);
    expect(say(v, 'en')).toContain(`annual investment ${(completed / 10).toFixed(1)}% complete, ${en}`);
  });
});

describe('missing lists and plurals', () => {
  it('says there are no projects where their figures would stand, and gives no rate', () => {
    const v = verdict(projects([]), tasks([task('T1', 0), task('T2', 100)]));
    expect(v.rate).toBeNull();
    expect(say(v, 'zh')).toBe('截至2024年5月30日：暂无项目记录；需关注政策任务1项');
    expect(say(v, 'en')).toBe('As of 30 May 2024: no project records; needing attention: 1 policy task');
  });

  it('says there are no tasks, after the projects', () => {
    const v = verdict(projects([project('P1', {}, false), project('P2')]), tasks([]));
    expect(say(v, 'zh')).toBe('截至2024年5月30日：2个项目中在建2个；年度投资完成率41.3%，与序时进度持平（● 正常）；需关注项目1个；暂无政策任务记录');
    expect(say(v, 'en')).toBe(
      'As of 30 May 2024: 2 of 2 projects under construction; annual investment 41.3% complete, '
      + 'level with time elapsed (● On track); needing attention: 1 project; no policy-task records',
    );
  });

  it('says when neither list has a record', () => {
    const v = verdict(projects([]), tasks([]));
    expect(say(v, 'zh')).toBe('截至2024年5月30日：暂无项目和政策任务记录');
    expect(say(v, 'en')).toBe('As of 30 May 2024: no project or policy-task records');
  });

  it('uses the singular for one, the plural for zero and many', () => {
    const one = verdict(projects([project('P1', { stage: 'planning' }, false)]), tasks([task('T1', 0)]));
    expect(say(one, 'en')).toMatch(/^As of 30 May 2024: 0 of 1 project under construction; .*needing attention: 1 project, 1 policy task$/);
    const none = verdict(projects([project('P1'), project('P2')]), tasks([task('T1', 100), task('T2', 100)]));
    expect(say(none, 'en')).toMatch(/needing attention: 0 projects, 0 policy tasks$/);
    expect(say(none, 'zh')).toMatch(/需关注项目0个、政策任务0项$/);
  });

  it('names the tasks\' own date when it differs from the projects\', and assesses the tasks at it', () => {
    // 30% done of April–June: on track at 30 April (33% elapsed), far behind at 30 May (66%).
    const v = verdict(projects([project('P1')]), tasks([task('T1', 30, { start: '2024-04-01', due: '2024-06-30' })], '2024-04-30'));
    expect(say(v, 'zh')).toMatch(/需关注项目0个、政策任务0项（政策任务截至2024年4月30日）$/);
    expect(say(v, 'en')).toMatch(/0 policy tasks \(tasks as of 30 April 2024\)$/);
  });
});

describe('the illustrative flag follows the records, not the build', () => {
  it('is off when every record is documented, so the line is a derived count', () => {
    expect(rated(413)).toMatchObject({ illustrative: false, provenance: 'derived' });
  });

  it('is on when one project or one task is illustrative', () => {
    const p = verdict(projects([project('P1'), project('P2', { provenance: 'illustrative' })]), tasks([task('T1', 100)]));
    const t = verdict(projects([project('P1')]), tasks([task('T1', 100, { provenance: 'illustrative' })]));
    expect([p.illustrative, t.illustrative]).toEqual([true, true]);
  });
});

describe('document title', () => {
  it('carries the letter\'s count, total and date, in each language', () => {
    expect(documentTitle(PROJECTS, MESSAGES.zh, 'zh')).toBe('豫东南高新区建设进展看板｜26个项目 总投资319.3亿元｜数据截至2024年5月30日');
    expect(plain(documentTitle(PROJECTS, MESSAGES.en, 'en'))).toBe(
      'Yudongnan High-tech Zone progress dashboard | 26 projects, CNY 31.93 bn total investment | data as of 30 May 2024',
    );
  });

  it('falls back to the plain title before data, and whenever a figure is not documented', () => {
    expect(documentTitle(undefined, MESSAGES.zh, 'zh')).toBe('豫东南高新区建设进展看板');
    const guessed = { ...PROJECTS, documented: { ...PROJECTS.documented, total: { ...PROJECTS.documented.total, provenance: 'illustrative' as const } } };
    expect(documentTitle(guessed, MESSAGES.en, 'en')).toBe('Yudongnan High-tech Zone progress dashboard');
  });
});
