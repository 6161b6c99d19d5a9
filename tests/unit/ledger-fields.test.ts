import { describe, expect, it } from 'vitest';
import { FIELD_LABELS, headerKey, matchField, normaliseHeader, unitInHeader } from '../../src/features/ledger/model/fields';
import { FIELDS } from '../../src/features/ledger/model/types';

describe('normaliseHeader', () => {
  it('drops whitespace, full-width spaces and line breaks', () => {
    expect(normaliseHeader(' 项目\u3000名称\n')).toBe('项目名称');
  });

  it('unifies brackets and drops a trailing unit', () => {
    expect(normaliseHeader('总投资（万元）')).toBe('总投资');
    expect(normaliseHeader('总投资(亿元)')).toBe('总投资');
    expect(normaliseHeader('总投资【万元】')).toBe('总投资');
    expect(normaliseHeader('总投资（万元/亿元）')).toBe('总投资');
    expect(normaliseHeader('总投资\n（万元）')).toBe('总投资');
  });

  it('keeps a bracket that is not a unit, and each part of a group header', () => {
    expect(normaliseHeader('项目名称（盖章）')).toBe('项目名称(盖章)');
    expect(normaliseHeader('投资情况（万元）/总投资')).toBe('投资情况/总投资');
  });
});

describe('unitInHeader', () => {
  it('finds 万元 or 亿元 anywhere, a group header included', () => {
    expect(unitInHeader('总投资（万元）')).toBe('wan');
    expect(unitInHeader('总投资(亿元)')).toBe('yi');
    expect(unitInHeader('投资情况（万元）/总投资')).toBe('wan');
    expect(unitInHeader('投资情况（亿元）/累计完成投资')).toBe('yi');
  });

  it('says nothing when the header names no unit, or both', () => {
    expect(unitInHeader('总投资')).toBeUndefined();
    expect(unitInHeader('总投资（万元/亿元）')).toBeUndefined();
  });
});

describe('matchField: the headers real ledgers use', () => {
  it.each([
    ['项目名称', 'name'], ['项目', 'name'], ['项目名称及建设内容', 'name'],
    ['建设性质', 'stage'], ['项目状态', 'stage'], ['建设状态', 'stage'], ['项目性质', 'stage'],
    ['项目类型', 'category'], ['产业类别', 'category'], ['所属行业', 'category'], ['行业类别', 'category'], ['项目类别', 'category'], ['产业类型', 'category'],
    ['所属园区', 'park'], ['建设地点', 'park'], ['片区', 'park'], ['园区', 'park'], ['所在园区', 'park'],
    ['总投资', 'planned'], ['计划总投资', 'planned'], ['项目总投资', 'planned'], ['投资总额', 'planned'], ['总投资（万元）', 'planned'],
    ['年度计划投资', 'annualPlan'], ['2026年计划投资', 'annualPlan'], ['2025年计划投资（万元）', 'annualPlan'], ['年度计划', 'annualPlan'], ['本年计划投资', 'annualPlan'], ['年计划投资', 'annualPlan'],
    ['1-10月完成投资', 'annualCompleted'], ['1—10月完成投资', 'annualCompleted'], ['1-3月完成投资', 'annualCompleted'], ['10月', 'annualCompleted'], ['1—10月', 'annualCompleted'],
    ['1-10月累计完成投资', 'annualCompleted'], ['年度累计完成投资', 'annualCompleted'], ['本年完成投资', 'annualCompleted'], ['年度完成投资', 'annualCompleted'], ['本年累计完成', 'annualCompleted'],
    ['累计完成投资', 'completed'], ['开工至今累计完成投资', 'completed'], ['累计完成', 'completed'], ['自开工累计完成投资', 'completed'],
    ['开工时间', 'start'], ['计划开工时间', 'start'], ['开工日期', 'start'], ['开工年月', 'start'],
    ['竣工时间', 'end'], ['计划竣工时间', 'end'], ['竣工日期', 'end'], ['完工时间', 'end'],
    ['建设起止年限', 'period'], ['建设年限', 'period'], ['起止年限', 'period'], ['建设周期', 'period'],
    ['形象进度', 'progress'], ['工程形象进度', 'progress'], ['建设进度', 'progress'], ['进展情况', 'progress'], ['1-10月形象进度', undefined],
    ['责任单位', 'unit'], ['牵头单位', 'unit'], ['建设单位', 'unit'], ['实施单位', 'unit'], ['项目单位', 'unit'],
    ['存在问题', 'problems'], ['存在的问题', 'problems'], ['问题及困难', 'problems'],
    ['备注', 'notes'], ['联系人', 'contact'], ['项目联系人', 'contact'], ['联系电话', 'phone'], ['电话', 'phone'], ['手机', 'phone'],
    ['项目编号', 'id'], ['项目代码', 'id'], ['编号', 'id'], ['项目ID', 'id'],
  ])('“%s” → %s', (header, field) => {
    expect(matchField(header)).toBe(field);
  });

  it('序号 is a running number, not a stable id: it maps to nothing', () => {
    expect(matchField('序号')).toBeUndefined();
  });

  it('year-to-date columns are not the since-start 累计完成投资', () => {
    expect(matchField('年度累计完成投资')).toBe('annualCompleted');
    expect(matchField('1-10月累计完成投资')).toBe('annualCompleted');
    expect(matchField('累计完成投资')).toBe('completed');
  });

  it('a group header is matched on its last part first', () => {
    expect(matchField('投资情况（万元）/总投资')).toBe('planned');
    expect(matchField('投资情况（万元）/2026年计划投资')).toBe('annualPlan');
    expect(matchField('投资情况（万元）/1-10月完成投资')).toBe('annualCompleted');
    expect(matchField('投资情况（万元）/累计完成投资')).toBe('completed');
    expect(matchField('2026年完成投资/1-10月')).toBe('annualCompleted');
  });

  it('spacing, line breaks and full-width text do not matter', () => {
    expect(matchField('项 目 名 称')).toBe('name');
    expect(matchField('总投资\n（万元）')).toBe('planned');
    expect(matchField('２０２６年计划投资')).toBe('annualPlan');
  });

  it('an unknown or empty header maps to nothing', () => {
    expect(matchField('建设规模及主要内容')).toBeUndefined();
    expect(matchField('')).toBeUndefined();
  });
});

describe('FIELD_LABELS and headerKey', () => {
  it('every field has a label in both languages', () => {
    for (const field of FIELDS) {
      expect(FIELD_LABELS[field].zh).not.toBe('');
      expect(FIELD_LABELS[field].en).not.toBe('');
    }
    expect(FIELD_LABELS.name).toEqual({ zh: '项目名称', en: 'Project name' });
    expect(FIELD_LABELS.stage).toEqual({ zh: '建设性质', en: 'Stage' });
  });

  it('the same headers give the same key, whatever their spacing; other headers another', () => {
    expect(headerKey(['序号', '项目名称', '总投资（万元）'])).toBe(headerKey(['序号', '项目 名称', '总投资(万元)']));
    expect(headerKey(['序号', '项目名称'])).not.toBe(headerKey(['项目名称', '序号']));
    expect(headerKey(['a', 'b'])).not.toBe(headerKey(['a|b']));
  });
});
