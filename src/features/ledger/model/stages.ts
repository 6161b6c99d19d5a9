/**
 * A ledger's own stage words (续建, 前期, 新开工…) proposed as the contract's stages. Only words whose meaning
 * is settled are proposed; anything else is left for the planner to map, since a wrong stage moves a project
 * between the dashboard's columns without anyone noticing.
 */
import { collapse, halfWidth, squash } from './text';
import type { StageId, StageMap } from './types';

export const STAGE_LABELS: Record<StageId, { zh: string; en: string }> = {
  planning: { zh: '前期', en: 'Planning' },
  signed: { zh: '签约', en: 'Signed' },
  approval: { zh: '审批', en: 'Approval' },
  construction: { zh: '在建', en: 'Under construction' },
  completed: { zh: '竣工', en: 'Completed' },
};

const EXACT = new Map<string, StageId>();
const WORDS: [StageId, string[]][] = [
  ['planning', ['前期', '谋划', '储备', '拟建', '前期工作', '筹建', '拟开工', '未开工', '计划新开工', '计划开工']],
  ['signed', ['签约', '已签约', '新签约']],
  ['approval', ['审批', '手续办理', '报批', '审批中', '手续办理中', '报批中', '办理手续']],
  ['construction', ['新建', '续建', '在建', '开工', '已开工', '新开工', '扩建', '改扩建', '建设中', '施工']],
  ['completed', ['竣工', '完工', '建成', '投产', '已竣工', '已完工', '已建成', '已投产', '竣工投产', '建成投产']],
];
for (const [stage, words] of WORDS) for (const word of words) EXACT.set(word, stage);

/** Longer phrasings ("续建（主体施工）"), tried in this order after the exact words. */
const CONTAINS: [StageId, RegExp][] = [
  ['planning', /前期|谋划|储备|拟建/],
  ['signed', /签约/],
  ['approval', /审批|手续|报批/],
  ['construction', /在建|续建|新建|开工/],
  ['completed', /竣工|完工|建成|投产/],
];

/** The key a stage text is remembered under: the ledger's word as shown, whitespace collapsed. */
export function stageKey(text: string): string {
  return collapse(text);
}

/** The stage a map gives a text: own keys only, so "toString" in a cell is not a stage. */
export function stageOf(stages: StageMap, text: string): StageId | undefined {
  const key = stageKey(text);
  return Object.prototype.hasOwnProperty.call(stages, key) ? stages[key] : undefined;
}

export function defaultStage(text: string): StageId | undefined {
  // "续建项目" and "续建类" are still 续建.
  const t = squash(halfWidth(text)).replace(/(项目|类)$/, '');
  if (t === '') return undefined;
  const exact = EXACT.get(t);
  if (exact) return exact;
  // 拟/未/计划 + 开工 is not under way yet; 拟竣工 says nothing settled, so it is left to the planner.
  if (/^(拟|未|待|计划)/.test(t)) return /开工|建/.test(t) && !/竣工|完工|投产/.test(t) ? 'planning' : undefined;
  const rule = CONTAINS.find(([, pattern]) => pattern.test(t));
  return rule ? rule[0] : undefined;
}

/** Every distinct stage text in first-seen order, proposed where settled and listed as unknown otherwise. */
export function proposeStageMap(texts: string[]): { map: StageMap; unknown: string[] } {
  // No prototype: a ledger's text is a key here, and "__proto__" or "constructor" must stay plain words.
  const map = Object.create(null) as StageMap;
  const unknown: string[] = [];
  const seen = new Set<string>();
  for (const raw of texts) {
    const key = stageKey(raw);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    const stage = defaultStage(key);
    if (stage) map[key] = stage;
    else unknown.push(key);
  }
  return { map, unknown };
}
