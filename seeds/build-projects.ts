import type { Project, Stage } from '../src/contract/schemas';
import { AS_OF, PIPELINE, type DemoCategory as Category } from './documented';
import { addDays, daysBetween, elapsedShare } from '../src/contract/iso-date';
import { allocate, type Rng } from './prng';

const UNITS = ['甲', '乙', '丙', '丁', '戊', '己'].map((zh, i) => ({
  zh: `示例责任单位${zh}`,
  en: `Sample unit ${String.fromCharCode(65 + i)}`,
}));

const KINDS: Record<Category, { zh: string; en: string }[]> = {
  'new-engineering': [{ zh: '实训基地', en: 'training centre' }],
  'new-infrastructure': [
    { zh: '道路工程', en: 'road works' }, { zh: '供水管网', en: 'water mains' }, { zh: '变电站', en: 'substation' },
    { zh: '数据中心', en: 'data centre' }, { zh: '污水处理', en: 'wastewater plant' }, { zh: '燃气管网', en: 'gas network' },
  ],
  'industry-academia': [
    { zh: '标准厂房', en: 'standard factories' }, { zh: '中试基地', en: 'pilot plant' }, { zh: '孵化器', en: 'incubator' },
  ],
  'future-community': [
    { zh: '人才公寓', en: 'talent housing' }, { zh: '学校', en: 'school' }, { zh: '医院', en: 'hospital' },
    { zh: '邻里中心', en: 'neighbourhood centre' }, { zh: '公园', en: 'park' },
  ],
};

/** Placeholder parks: the real parks the letter names never carry an illustrative figure or delay. */
export const PLACEHOLDER_PARKS = (['甲', '乙', '丙'] as const).map((zh, i) => ({
  id: `park-${'abc'[i]}`,
  name: { zh: `示例园区${zh}`, en: `Sample park ${'ABC'[i]}` },
  provenance: 'illustrative' as const,
}));

// The letter: most of the 26 are still being planned (谋划) and pushed forward, so the illustrative stages are too.
const CATEGORY_PLAN: Category[] = [
  ...Array<Category>(2).fill('new-engineering'), ...Array<Category>(8).fill('new-infrastructure'),
  ...Array<Category>(9).fill('industry-academia'), ...Array<Category>(7).fill('future-community'),
];
const STAGE_PLAN: Stage[] = [
  'completed', ...Array<Stage>(5).fill('construction'), 'approval', 'approval', 'signed', 'signed', ...Array<Stage>(16).fill('planning'),
];
const CATEGORY_WEIGHT: Record<Category, [number, number]> = {
  'new-engineering': [8, 16], 'new-infrastructure': [6, 18], 'industry-academia': [10, 30], 'future-community': [4, 12],
};

const YEAR_END = '2024-12-31';
const LAST_YEAR_END = '2023-12-31';
/** Share of a schedule due this year up to `to`: due by `to` less due by the end of last year, one rule for both. */
const dueThisYear = (start: string, end: string, to: string) => elapsedShare(start, end, to) - elapsedShare(start, end, LAST_YEAR_END);

function schedule(rng: Rng, stage: Stage) {
  let start: string;
  let months: number;
  let pace = 0; // completion relative to the share of time elapsed
  if (stage === 'completed') {
    start = addDays('2021-09-01', rng.int(0, 60));
    months = rng.int(20, 24);
  } else if (stage === 'construction') {
    start = addDays('2022-06-01', rng.int(0, 540));
    months = rng.int(30, 48);
    pace = rng.pick([0.62, 0.78, 0.92, 1.02]);
  } else if (stage === 'approval') {
    start = addDays('2024-01-15', rng.int(0, 90));
    months = rng.int(24, 36);
    pace = rng.pick([0.2, 0.5]);
  } else {
    start = addDays(stage === 'signed' ? '2024-08-01' : '2025-01-01', rng.int(0, stage === 'signed' ? 150 : 540));
    months = rng.int(24, 48);
  }
  const end = addDays(start, Math.round(months * 30.44));
  const elapsed = elapsedShare(start, end, AS_OF);
  const share = stage === 'completed' ? 1 : Math.min(1, elapsed * pace);
  return { start, end, share, pace, elapsed };
}

/** All 26 records are placeholders (示例项目NN·<kind>) in placeholder parks; their numbers sum to the letter's totals. */
export function buildProjects(rng: Rng): Project[] {
  const stages = rng.shuffle(STAGE_PLAN);
  const seeds = CATEGORY_PLAN.map((category, i) => {
    const kind = rng.pick(KINDS[category]);
    const n = String(i + 1).padStart(2, '0');
    return {
      name: { zh: `示例项目${n}·${kind.zh}`, en: `Sample project ${n} · ${kind.en}` },
      category,
      park: (rng.pick(PLACEHOLDER_PARKS)).id,
      stage: stages[i] as Stage,
    };
  });
  // Whole 100万 units, so every planned figure reads cleanly in 亿元 with two decimals.
  const units = allocate(PIPELINE.total.value / 100, seeds.map((s) => rng.between(...CATEGORY_WEIGHT[s.category])));

  return seeds.map((s, i): Project => {
    const plannedWan = (units[i] as number) * 100;
    const { start, end, share, pace } = schedule(rng, s.stage);
    const completedWan = Math.round((plannedWan * share) / 10) * 10;
    const annualPlanWan = s.stage === 'completed' ? 0 : Math.round((plannedWan * dueThisYear(start, end, YEAR_END)) / 10) * 10;
    const ytdDue = plannedWan * dueThisYear(start, end, AS_OF);
    const annualCompletedWan = Math.min(completedWan, Math.round((ytdDue * pace) / 10) * 10);
    const done = (d: string) => s.stage === 'completed' || (daysBetween(d, AS_OF) >= 0 && s.stage === 'construction');
    const topOut = addDays(start, Math.round(daysBetween(start, end) * 0.7));
    return {
      id: `P${String(i + 1).padStart(2, '0')}`,
      name: s.name,
      category: s.category,
      park: s.park,
      stage: s.stage,
      plannedWan,
      completedWan,
      annualPlanWan,
      annualCompletedWan,
      start,
      end,
      milestones: [
        { date: start, label: { zh: '开工', en: 'Start of works' }, done: done(start) },
        { date: topOut, label: { zh: '主体完工', en: 'Main works complete' }, done: done(topOut) },
        { date: end, label: { zh: '竣工投用', en: 'In service' }, done: s.stage === 'completed' },
      ],
      responsibleUnit: rng.pick(UNITS),
      provenance: 'illustrative',
    };
  });
}
