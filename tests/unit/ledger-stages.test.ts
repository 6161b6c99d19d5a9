import { describe, expect, it } from 'vitest';
import { defaultStage, proposeStageMap, STAGE_LABELS, stageOf } from '../../src/features/ledger/model/stages';
import { STAGE_IDS } from '../../src/features/ledger/model/types';

describe('defaultStage: a ledger’s words for where a project stands', () => {
  it.each([
    ['前期', 'planning'], ['谋划', 'planning'], ['储备', 'planning'], ['拟建', 'planning'],
    ['签约', 'signed'], ['已签约', 'signed'],
    ['审批', 'approval'], ['手续办理', 'approval'], ['报批', 'approval'],
    ['新建', 'construction'], ['续建', 'construction'], ['在建', 'construction'], ['开工', 'construction'], ['已开工', 'construction'],
    ['竣工', 'completed'], ['完工', 'completed'], ['建成', 'completed'], ['投产', 'completed'], ['已竣工', 'completed'],
  ])('%s → %s', (text, stage) => {
    expect(defaultStage(text)).toBe(stage);
  });

  it('spacing, full-width brackets and a trailing 项目 or 类 do not change the word', () => {
    expect(defaultStage(' 续 建 ')).toBe('construction');
    expect(defaultStage('续建项目')).toBe('construction');
    expect(defaultStage('前期类')).toBe('planning');
    expect(defaultStage('续建（主体施工）')).toBe('construction');
  });

  it('拟开工 and 未开工 have not started: planning, not construction', () => {
    expect(defaultStage('拟开工')).toBe('planning');
    expect(defaultStage('未开工')).toBe('planning');
  });

  it('an unknown word, or one that settles nothing (拟竣工), is left for the planner', () => {
    expect(defaultStage('暂缓')).toBeUndefined();
    expect(defaultStage('拟竣工')).toBeUndefined();
    expect(defaultStage('')).toBeUndefined();
  });
});

describe('proposeStageMap', () => {
  it('lists each distinct text once, in first-seen order, mapped or unknown', () => {
    const { map, unknown } = proposeStageMap(['续建', '前期', '续建', ' 续建 ', '暂缓', '', '新开工', '暂缓', '招商中']);
    expect(Object.keys(map)).toEqual(['续建', '前期', '新开工']);
    expect(map).toEqual({ 续建: 'construction', 前期: 'planning', 新开工: 'construction' });
    expect(unknown).toEqual(['暂缓', '招商中']);
  });

  it('a cell saying “__proto__” or “toString” is an unknown word, not a stage', () => {
    const { map, unknown } = proposeStageMap(['__proto__', 'toString']);
    expect(unknown).toEqual(['__proto__', 'toString']);
    expect(stageOf(map, 'toString')).toBeUndefined();
    expect(stageOf({ 续建: 'construction' }, ' 续建')).toBe('construction');
  });
});

describe('STAGE_LABELS', () => {
  it('names every stage in both languages', () => {
    expect(Object.keys(STAGE_LABELS)).toEqual([...STAGE_IDS]);
    expect(STAGE_LABELS.construction).toEqual({ zh: '在建', en: 'Under construction' });
    expect(STAGE_LABELS.planning).toEqual({ zh: '前期', en: 'Planning' });
  });
});
