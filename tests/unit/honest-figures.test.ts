// @vitest-environment node
/**
 * The honest-figures rule, on every view model the UI draws from: no record that names a company,
 * institution, project, park or energy project from the letter may carry an illustrative value.
 * Records built from illustrative inputs (projects, tasks, deployment, industry split) must name none
 * of them; records that do name one (energy projects) may carry documented figures only.
 */
import { describe, expect, it } from 'vitest';
import dataset from '../../seeds/dataset.json';
import { REAL_NAMES } from '../../seeds/documented';
import { filterProjects } from '../../src/contract/project-filter';
import { projectsSchema, fundsSchema, investmentSchema, energySchema, policyTasksSchema } from '../../src/contract/schemas';
import { assessProjects, assessTasks, projectsNeedingAttention, tasksNeedingAttention } from '../../src/features/attention/attention-logic';
import { energyChartRows, energySummary, energyTableRows } from '../../src/features/energy/energy-logic';
import { deploymentRows, fundTotals, fundsSummary, latestByFund } from '../../src/features/funds/funds-logic';
import { industryRows, investmentSummary } from '../../src/features/investment/investment-logic';
import { byCategory, byStage, pipelineStats, progressOverTime } from '../../src/features/pipeline/pipeline-logic';
import { matrix, progressSummary, stageSummary } from '../../src/features/pipeline/pipeline-summary';
import { policySummary, statusRows } from '../../src/features/policy/policy-logic';
import type { Lang } from '../../src/lib/format';

const projects = projectsSchema.parse(dataset.projects);
const funds = fundsSchema.parse(dataset.funds);
const investment = investmentSchema.parse(dataset.investment);
const energy = energySchema.parse(dataset.energy);
const tasks = policyTasksSchema.parse(dataset.policyTasks);
const asOf = dataset.summary.asOf;

/** Every spelling a reader would recognise: full names and short forms, both languages. */
const NAMES = [...new Set(REAL_NAMES.flatMap((n) => [n.zh, n.en, ...n.short]))];
const namesIn = (record: unknown): string[] => {
  const text = JSON.stringify(record).toLowerCase();
  return NAMES.filter((n) => text.includes(n.toLowerCase()));
};

/** View models whose every number has an illustrative input, by language. */
function illustrativeViewModels(lang: Lang): Record<string, unknown[]> {
  const q = (name: string) => filterProjects(projects.items, { q: name });
  return {
    'KPI: pipeline progress': [pipelineStats(projects.items, asOf)],
    'KPI: funds deployed': [fundTotals(funds).deployed],
    'chart: fund deployment rows': deploymentRows(funds, lang),
    'chart: latest deployment by fund': latestByFund(funds, lang),
    'chart: industry rows': industryRows(investment, lang),
    'chart: pipeline matrix': matrix(projects.items, projects.categories),
    'chart: by category': byCategory(projects.items, projects.categories),
    'chart: by stage': byStage(projects.items),
    'chart: progress over time': progressOverTime(projects.items, asOf),
    'chart: task status rows': statusRows(tasks.tasks, asOf, lang),
    'table: project rows': projects.items,
    'table: task rows': tasks.tasks,
    'attention: projects': assessProjects(projects.items, asOf),
    'attention: tasks': assessTasks(tasks.tasks, asOf),
    'attention: list': [...projectsNeedingAttention(projects.items, asOf), ...tasksNeedingAttention(tasks.tasks, asOf)],
    'search results': NAMES.flatMap(q),
    summaries: [
      stageSummary(byStage(projects.items), byCategory(projects.items, projects.categories), projects.categories, lang),
      progressSummary(progressOverTime(projects.items, asOf), lang),
      policySummary(tasks.tasks, asOf, lang),
    ],
  };
}

describe.each(['zh', 'en'] as const)('no real name beside an illustrative value (%s)', (lang) => {
  it.each(Object.entries(illustrativeViewModels(lang)))('%s', (_name, records) => {
    const offenders = records.flatMap((r) => (namesIn(r).length ? [{ names: namesIn(r), record: r }] : []));
    expect(offenders).toEqual([]);
  });

  it('records that name a real energy project carry documented figures only', () => {
    const rows = [...energyTableRows(energy, lang), ...energyChartRows(energy, lang)];
    expect(rows.some((r) => namesIn(r).length > 0)).toBe(true);
    for (const p of energy.projects) expect(p.capacity.provenance).toBe('documented');
    expect(namesIn(energySummary(energy, lang)).length).toBeGreaterThan(0);
  });

  it('sentences that mix documented totals with illustrative detail name no real company or project', () => {
    expect(namesIn(fundsSummary(funds, lang))).toEqual([]);
    expect(namesIn(investmentSummary(investment, lang))).toEqual([]);
  });
});

describe('the check itself', () => {
  it('catches a real name on an illustrative record', () => {
    const first = projects.items[0];
    if (!first) throw new Error('no projects');
    const planted = { ...first, name: { zh: '明阳示例', en: 'Mingyang sample' } };
    expect(namesIn(planted)).toContain('明阳');
    expect(namesIn(filterProjects([planted], { q: '明阳' })[0])).toContain('Mingyang');
  });

  it('covers every kind the rule names, with short forms in both scripts', () => {
    expect(new Set(REAL_NAMES.map((n) => n.kind))).toEqual(new Set(['company', 'institution', 'project', 'park', 'energy', 'platform']));
    for (const short of ['明阳', '苏信', '新县', '理工学院', '五岳', 'Mingyang', 'Su-Xin', 'Xinxian', 'Wuyue']) expect(NAMES).toContain(short);
  });

  it('keeps the named projects apart from the pipeline, with no number at all', () => {
    expect(projects.named.map((p) => p.name.zh)).toEqual(['信阳师范学院理工学院', '明阳绿色能源装备制造产业园', '苏信合作产业园', '新县飞地产业园']);
    const numeric = (node: unknown): boolean => typeof node === 'number'
      || (!!node && typeof node === 'object' && Object.values(node).some(numeric));
    for (const p of projects.named) expect(numeric(p), p.id).toBe(false);
  });
});
