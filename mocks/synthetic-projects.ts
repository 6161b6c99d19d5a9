import { STAGES, type Project } from '../src/contract/schemas';
import dataset from '../seeds/dataset.json';
import { createRng, type Rng } from '../seeds/prng';

const PARK_IDS = ['park-a', 'park-b', 'park-c'] as const;
/** The demo's categories, from the data the demo serves (not from seeds/documented.ts: it would ride into the demo's chunk). */
const CATEGORY_IDS = dataset.projects.categories.map((c) => c.id);

/**
 * Parts of the load-test names. Made-up streets and kinds of facility, with the polyphones a search and a
 * pinyin sort must cope with: 长 (cháng 长江, zhǎng 长者), 重 (chóng 重庆, zhòng 重型), 行 (háng 银行,
 * xíng 行政), 乐 (lè/yuè), 朝 (cháo/zhāo). None is, or contains, a name the letter gives (seeds/documented.ts
 * REAL_NAMES; a unit test checks), and every name starts with 合成 / Synthetic.
 */
const PLACES = [
  ['长江路', 'Changjiang Rd'], ['长春路', 'Changchun Rd'], ['长乐街', 'Changle St'], ['重庆路', 'Chongqing Rd'],
  ['重阳路', 'Chongyang Rd'], ['行政中心', 'Civic Centre'], ['行知路', 'Xingzhi Rd'], ['银行街', 'Bank St'],
  ['朝阳路', 'Chaoyang Rd'], ['乐山路', 'Leshan Rd'], ['银杏大道', 'Ginkgo Ave'], ['黄河路', 'Huanghe Rd'],
  ['人民路', 'Renmin Rd'], ['建设路', 'Jianshe Rd'], ['东湖片区', 'East Lake area'], ['北环路', 'North Ring Rd'],
] as const;
const KINDS = [
  ['重型装备厂', 'heavy equipment plant'], ['重点实验室', 'key laboratory'], ['银行网点', 'bank branch'],
  ['行政服务中心', 'administrative service centre'], ['长者服务中心', 'elderly care centre'], ['长租公寓', 'rental flats'],
  ['数据中心', 'data centre'], ['物流园', 'logistics park'], ['孵化器', 'incubator'], ['研发中心', 'R&D centre'],
  ['实训基地', 'training base'], ['人才公寓', 'talent flats'], ['污水处理厂', 'sewage works'], ['变电站', 'substation'],
  ['充电站', 'charging station'], ['光伏电站', 'solar farm'], ['标准厂房', 'standard factory'], ['冷链仓库', 'cold store'],
  ['检测中心', 'testing centre'], ['行车道改造', 'carriageway upgrade'],
] as const;
const PHASES = [['一期', 'phase 1'], ['二期', 'phase 2'], ['三期', 'phase 3']] as const;

/** Three shapes of name, so a search or a sort never sees one repeated pattern. The id keeps each one unique. */
function nameOf(rng: Rng, id: string): Project['name'] {
  const [placeZh, placeEn] = rng.pick(PLACES);
  const [kindZh, kindEn] = rng.pick(KINDS);
  switch (rng.int(0, 2)) {
    case 0: return { zh: `合成${placeZh}${kindZh}${id}`, en: `Synthetic ${placeEn} ${kindEn} ${id}` };
    case 1: {
      const [phaseZh, phaseEn] = rng.pick(PHASES);
      return { zh: `合成${placeZh}${kindZh}${phaseZh}·${id}`, en: `Synthetic ${placeEn} ${kindEn}, ${phaseEn} (${id})` };
    }
    default: return { zh: `合成${kindZh}（${placeZh}）${id}`, en: `Synthetic ${kindEn} (${placeEn}) ${id}` };
  }
}

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
      name: nameOf(rng, id),
      category: rng.pick(CATEGORY_IDS),
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
