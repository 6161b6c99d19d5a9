import {
  cooperationSchema, energySchema, fundsSchema, investmentSchema, platformsSchema, policyTasksSchema,
  projectsSchema, summarySchema, type FundDeploymentPoint, type PolicyTask,
} from '../src/contract/schemas';
import * as D from './documented';
import { buildProjects, PLACEHOLDER_PARKS } from './build-projects';
import { addDays, elapsedShare } from '../src/contract/iso-date';
import { allocate, createRng, type Rng } from './prng';

export const SEED = 20240530;
const ILLUSTRATIVE_NOTE = { zh: '示例数据：来函未给出此数，按来函总数生成', en: 'Illustrative: the letter gives no such figure; generated to match its totals' };

function buildDeployment(rng: Rng): FundDeploymentPoint[] {
  const months = ['2023-10', '2023-11', '2023-12', '2024-01', '2024-02', '2024-03', '2024-04', '2024-05'];
  return D.FUNDS.flatMap((fund) => {
    const target = Math.round((fund.size.value * rng.between(0.08, 0.3)) / 100) * 100;
    const steps = allocate(target / 100, months.map(() => rng.between(0.2, 1)));
    let running = 0;
    return months.map((month, i) => {
      running += (steps[i] as number) * 100;
      return { month, fundId: fund.id, cumulativeWan: running, provenance: 'illustrative' as const };
    });
  });
}

/** The letter names none of the 63 tasks but one; all carry illustrative dates and progress under placeholder titles. */
function buildTasks(rng: Rng): PolicyTask[] {
  const units = ['甲', '乙', '丙', '丁'].map((zh, i) => ({ zh: `示例牵头单位${zh}`, en: `Sample lead unit ${String.fromCharCode(65 + i)}` }));
  return Array.from({ length: D.POLICY.count.value }, (_, i): PolicyTask => {
    const start = addDays('2024-01-20', rng.int(0, 330));
    const due = addDays(start, rng.int(150, 720));
    const elapsed = elapsedShare(start, due, D.AS_OF);
    const pace = rng.pick([0.45, 0.8, 1, 1, 1.1, 1.2]);
    const progress = elapsed === 0 ? 0 : Math.min(100, Math.round(elapsed * pace * 100));
    const n = String(i + 1).padStart(2, '0');
    return {
      id: `T${n}`,
      // Every task is a placeholder: the one task the letter quotes is shown as a documented fact, never with a progress figure.
      title: { zh: `示例任务${n}`, en: `Sample task ${n}` },
      start, due, progress,
      responsibleUnit: rng.pick(units),
      provenance: 'illustrative',
    };
  });
}

export function buildDataset() {
  const rng = createRng(SEED);
  const asOf = D.AS_OF;
  const source = D.SOURCE;
  const projects = buildProjects(rng);
  const agreedWan = (3000 + rng.int(10, 150)) * 1000; // over 300亿, as the letter says
  const agreedParts = allocate(agreedWan / 1000, D.INDUSTRIES.map(() => rng.between(0.5, 1.5)));
  const dataset = {
    summary: summarySchema.parse({
      asOf, source, zone: D.ZONE,
      context: D.CONTEXT,
      headline: { investmentAgreed: D.AGREED, pipelineTotal: D.PIPELINE.total, pipelineCount: D.PIPELINE.count, policyTasks: D.POLICY.count },
    }),
    funds: fundsSchema.parse({ asOf, source, funds: D.FUNDS, total: D.FUNDS_TOTAL, vehicle: D.FUND_VEHICLE, deployment: buildDeployment(rng) }),
    investment: investmentSchema.parse({
      asOf, source, agreed: D.AGREED, partners: D.PARTNERS, landed: D.LANDED,
      industries: D.INDUSTRIES.map((ind, i) => {
        const agreed = (agreedParts[i] as number) * 1000;
        return { id: ind.id, name: { zh: ind.zh, en: ind.en }, group: ind.group, agreedWan: agreed,
          landedWan: Math.round((agreed * rng.between(0.12, 0.35)) / 1000) * 1000, provenance: 'illustrative' };
      }),
      industryGrouping: D.INDUSTRY_GROUPING, targetRegions: D.TARGET_REGIONS, event: D.EVENT,
    }),
    energy: energySchema.parse({ asOf, source, projects: D.ENERGY }),
    projects: projectsSchema.parse({
      asOf, source, documented: D.PIPELINE, categories: D.PIPELINE_CATEGORIES, parks: PLACEHOLDER_PARKS,
      named: D.NAMED_PROJECTS.map((p) => ({ ...p, stageProvenance: 'inferred' })), total: projects.length, items: projects,
    }),
    policyTasks: policyTasksSchema.parse({
      asOf, source, document: { title: D.POLICY.title, number: D.POLICY.number, quote: D.POLICY.quote },
      count: D.POLICY.count, tasks: buildTasks(rng),
    }),
    cooperation: cooperationSchema.parse({ asOf, source, counts: D.COOPERATION, suXin: D.SU_XIN }),
    platforms: platformsSchema.parse({
      asOf, source, policy: { id: 'policy', text: { zh: `《${D.POLICY.title.zh}》（${D.POLICY.number}）`, en: `${D.POLICY.title.en} (${D.POLICY.number})` }, quote: D.POLICY.quote, provenance: 'documented' },
      applications: D.PLATFORM_APPLICATIONS, parks: D.PARKS_DOC, clusters: D.CLUSTERS, chains: D.CHAINS, nextSteps: D.NEXT_STEPS,
    }),
  };
  return { meta: { seed: SEED, asOf, note: ILLUSTRATIVE_NOTE, generator: 'seeds/generate.ts' }, ...dataset };
}
export type Dataset = ReturnType<typeof buildDataset>;
