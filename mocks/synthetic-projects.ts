import { CATEGORIES, STAGES, type Project } from '../src/contract/schemas';
import { createRng } from '../seeds/prng';

const PARK_IDS = ['park-a', 'park-b', 'park-c'] as const;

/** Load-test data for ?scenario=scale: plainly synthetic names, deterministic, never mixed with the seed. */
export function syntheticProjects(n: number): Project[] {
  const rng = createRng(n);
  return Array.from({ length: n }, (_, i): Project => {
    const id = String(i + 1).padStart(5, '0');
    const plannedWan = rng.int(1, 400) * 100;
    const startYear = rng.int(2022, 2025);
    const start = `${startYear}-${String(rng.int(1, 12)).padStart(2, '0')}-01`;
    const end = `${startYear + rng.int(2, 4)}-${String(rng.int(1, 12)).padStart(2, '0')}-01`;
    const stage = rng.pick(STAGES);
    const completedWan = stage === 'completed' ? plannedWan : Math.round(plannedWan * rng.between(0, 0.6));
    return {
      id: `S${id}`,
      name: { zh: `合成测试项目${id}`, en: `Synthetic project ${id}` },
      category: rng.pick(CATEGORIES),
      park: rng.pick(PARK_IDS),
      stage,
      plannedWan,
      completedWan,
      annualPlanWan: Math.round(plannedWan / 3),
      annualCompletedWan: Math.round(completedWan / 3),
      start,
      end,
      milestones: [],
      responsibleUnit: { zh: '示例责任单位', en: 'Sample unit' },
      provenance: 'illustrative',
    };
  });
}
