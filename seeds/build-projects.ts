import type { Category, Park, Project, Stage } from '../src/api/schemas';
import { AS_OF, PIPELINE, QUOTES } from './documented';
import { addDays, allocate, toDay, type Rng } from './prng';

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

type Seed = Pick<Project, 'name' | 'nameKind' | 'category' | 'park' | 'stage' | 'stageProvenance'> & { quote?: string };

/** The four projects the letter names: their stage is the letter's; their numbers stay illustrative. */
const NAMED: Seed[] = [
  { name: { zh: '信阳师范学院理工学院', en: 'Xinyang Normal University College of Science and Engineering' }, nameKind: 'documented', quote: QUOTES.college, category: 'new-engineering', park: 'core', stage: 'completed', stageProvenance: 'documented' },
  { name: { zh: '明阳绿色能源装备制造产业园', en: 'Mingyang green energy equipment park' }, nameKind: 'documented', quote: QUOTES.landed, category: 'industry-academia', park: 'green-energy', stage: 'construction', stageProvenance: 'documented' },
  { name: { zh: '苏信合作产业园', en: 'Su-Xin cooperation industrial park' }, nameKind: 'documented', quote: QUOTES.parks, category: 'industry-academia', park: 'suxin', stage: 'construction', stageProvenance: 'documented' },
  { name: { zh: '新县飞地产业园', en: 'Xinxian enclave industrial park' }, nameKind: 'documented', quote: QUOTES.parks, category: 'industry-academia', park: 'xinxian', stage: 'construction', stageProvenance: 'documented' },
];

// The letter: most of the 26 are still being planned (谋划) and pushed forward, so the illustrative stages are too.
const PLACEHOLDER_CATEGORIES: Category[] = [
  'new-engineering', ...Array<Category>(8).fill('new-infrastructure'),
  ...Array<Category>(6).fill('industry-academia'), ...Array<Category>(7).fill('future-community'),
];
const PLACEHOLDER_STAGES: Stage[] = [
  'construction', 'construction', 'approval', 'approval', 'signed', 'signed', ...Array<Stage>(16).fill('planning'),
];
const CATEGORY_WEIGHT: Record<Category, [number, number]> = {
  'new-engineering': [8, 16], 'new-infrastructure': [6, 18], 'industry-academia': [10, 30], 'future-community': [4, 12],
};

const YEAR_START = '2024-01-01';
const YEAR_END = '2024-12-31';
const overlap = (s: string, e: string, a: string, b: string) =>
  Math.max(0, Math.min(toDay(e), toDay(b)) - Math.max(toDay(s), toDay(a)));

function schedule(rng: Rng, stage: Stage, named: boolean) {
  const asOf = toDay(AS_OF);
  let start: string;
  let months: number;
  let pace = 0; // completion relative to the share of time elapsed
  if (stage === 'completed') {
    start = addDays('2021-09-01', rng.int(0, 60));
    months = rng.int(20, 24);
  } else if (stage === 'construction') {
    start = addDays('2022-06-01', rng.int(0, 540));
    months = rng.int(30, 48);
    pace = named ? rng.between(0.98, 1.06) : rng.pick([0.62, 0.78, 0.92]);
  } else if (stage === 'approval') {
    start = addDays('2024-01-15', rng.int(0, 90));
    months = rng.int(24, 36);
    pace = rng.pick([0.2, 0.5]);
  } else {
    start = addDays(stage === 'signed' ? '2024-08-01' : '2025-01-01', rng.int(0, stage === 'signed' ? 150 : 540));
    months = rng.int(24, 48);
  }
  const end = addDays(start, Math.round(months * 30.44));
  const elapsed = Math.min(1, Math.max(0, (asOf - toDay(start)) / (toDay(end) - toDay(start))));
  const share = stage === 'completed' ? 1 : Math.min(1, elapsed * pace);
  return { start, end, share, pace, elapsed };
}

export function buildProjects(rng: Rng): Project[] {
  const placeholders: Seed[] = rng.shuffle(PLACEHOLDER_STAGES).map((stage, i) => {
    const category = PLACEHOLDER_CATEGORIES[i] as Category;
    const kind = rng.pick(KINDS[category]);
    const n = String(i + 5).padStart(2, '0');
    const park: Park = category === 'industry-academia' ? rng.pick(['suxin', 'green-energy', 'xinxian', 'core'] as const) : 'core';
    return {
      name: { zh: `示例项目${n}·${kind.zh}`, en: `Sample project ${n} · ${kind.en}` },
      nameKind: 'placeholder', category, park, stage, stageProvenance: 'illustrative',
    };
  });
  const seeds = [...NAMED, ...placeholders];
  // Whole 100万 units, so every planned figure reads cleanly in 亿元 with two decimals.
  const units = allocate(PIPELINE.total.value / 100, seeds.map((s) => rng.between(...CATEGORY_WEIGHT[s.category])));

  return seeds.map((s, i): Project => {
    const plannedWan = (units[i] as number) * 100;
    const { start, end, share, pace } = schedule(rng, s.stage, s.nameKind === 'documented');
    const completedWan = Math.round((plannedWan * share) / 10) * 10;
    const total = toDay(end) - toDay(start);
    const annualPlanWan = s.stage === 'completed' ? 0
      : Math.round((plannedWan * overlap(start, end, YEAR_START, YEAR_END)) / total / 10) * 10;
    const ytdDue = (plannedWan * overlap(start, end, YEAR_START, AS_OF)) / total;
    const annualCompletedWan = Math.min(completedWan, Math.round((ytdDue * pace) / 10) * 10);
    const done = (d: string) => s.stage === 'completed' || (toDay(d) <= toDay(AS_OF) && s.stage === 'construction');
    const topOut = addDays(start, Math.round(total * 0.7));
    return {
      id: `P${String(i + 1).padStart(2, '0')}`,
      name: s.name,
      nameKind: s.nameKind,
      ...(s.quote ? { quote: s.quote } : {}),
      category: s.category,
      park: s.park,
      stage: s.stage,
      stageProvenance: s.stageProvenance,
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
