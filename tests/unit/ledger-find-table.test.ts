import { describe, expect, it } from 'vitest';
import { analyseSheet, likeliestSheet } from '../../src/features/ledger/model/find-table';
import { sheet, type In } from '../lib/ledger-sheet';

const TITLE = '信阳市豫东南高新区重点项目建设进度台账（2026年1-10月）';
const HEAD_3 = ['序号', '项目名称', '建设性质', '投资情况（万元）', null, null, null, '开工时间', '竣工时间', '形象进度', '责任单位', '存在问题', '备注'];
const HEAD_4 = [null, null, null, '总投资', '2026年计划投资', '1-10月完成投资', '累计完成投资', null, null, null, null, null, null];
/** Row 3's cells outside the group merge down over row 4; the group spans D3:G3. */
const HEADER_MERGES = ['A3:A4', 'B3:B4', 'C3:C4', 'D3:G3', 'H3:H4', 'I3:I4', 'J3:J4', 'K3:K4', 'L3:L4', 'M3:M4'];
const DATA: In[][] = [
  ['一、续建项目（2个）'],
  [1, '信阳高新区智能制造产业园', '续建', 30000, 8000, 6500, 21000, 2024.3, '2026.12', '主体完工', '高新区建设公司', '', ''],
  [2, '豫东南现代物流园', '续建', 52000, 9000, 7000, 30000, '2023年5月', '2026年6月', '钢结构安装', '物流公司', '资金缺口', ''],
  [],
  ['二、新建项目（1个）'],
  [3, '新能源电池项目', '新开工', 80000, 20000, 12000, 12000, '2026.3', '2028.12', '桩基施工', '电池公司', '', '省重点'],
  ['合计', null, null, 162000, 37000, 25500, 63000],
];
const MERGES = ['A1:M1', 'A2:F2', ...HEADER_MERGES, 'A5:M5', 'A9:M9'];

/** The shape of the zone's real ledger: title, 填报单位 + 单位 row, a two-row header with a group. */
const realLedger = (unitRow: In[] = ['填报单位：豫东南高新区管委会', null, null, null, null, null, null, null, null, null, null, '单位：万元']) =>
  sheet([[TITLE], unitRow, HEAD_3, HEAD_4, ...DATA], MERGES, '2026年1-10月');

describe('analyseSheet on the zone ledger', () => {
  const a = analyseSheet(realLedger())!;

  it('finds the two-row header below the title and the 填报单位 row', () => {
    expect(a.headerRows).toEqual([3, 4]);
    expect(a.dataStart).toBe(5);
  });

  it('joins a group header with its sub-header, and reads each column only once from a vertical merge', () => {
    expect(a.columns.map((c) => c.header)).toEqual([
      '序号', '项目名称', '建设性质', '投资情况（万元）/总投资', '投资情况（万元）/2026年计划投资', '投资情况（万元）/1-10月完成投资',
      '投资情况（万元）/累计完成投资', '开工时间', '竣工时间', '形象进度', '责任单位', '存在问题', '备注',
    ]);
  });

  it('maps each column by its header, 序号 to nothing', () => {
    expect(a.columns.map((c) => c.field)).toEqual([
      undefined, 'name', 'stage', 'planned', 'annualPlan', 'annualCompleted', 'completed', 'start', 'end', 'progress', 'unit', 'problems', 'notes',
    ]);
    expect(a.score).toBe(12);
  });

  it('the group header’s 万元 is the unit of every column under it', () => {
    expect(a.columns.filter((c) => c.unit).map((c) => [c.index, c.unit])).toEqual([[3, 'wan'], [4, 'wan'], [5, 'wan'], [6, 'wan']]);
  });

  it('reads the sheet unit from 单位：万元, the title, 填报单位 and the report date', () => {
    expect(a.defaultUnit).toEqual({ unit: 'wan', from: 'unit-row' });
    expect(a.title).toBe(TITLE);
    expect(a.reportedBy).toBe('豫东南高新区管委会');
    expect(a.titleDate).toBe('2026-10-31');
    expect(a.sheet).toBe('2026年1-10月');
  });

  it('samples up to three values per column, skipping group headings and the 合计 row', () => {
    expect(a.columns[1]!.samples).toEqual(['信阳高新区智能制造产业园', '豫东南现代物流园', '新能源电池项目']);
    expect(a.columns[0]!.samples).toEqual(['1', '2', '3']);
    expect(a.columns[12]!.samples).toEqual(['省重点']);
  });

  it('counts the non-blank rows after the header', () => {
    expect(a.dataRows).toBe(6);
  });
});

describe('analyseSheet: other ledger shapes', () => {
  it('one cell “填报单位：xx　　单位：亿元” gives both the unit and who reported', () => {
    const a = analyseSheet(realLedger(['填报单位：豫东南高新区管委会　　单位：亿元']))!;
    expect(a.defaultUnit).toEqual({ unit: 'yi', from: 'unit-row' });
    expect(a.reportedBy).toBe('豫东南高新区管委会');
  });

  it('“填报单位：xx单位：万元” without a space still ends the name at 单位：', () => {
    const a = analyseSheet(realLedger(['填报单位：豫东南高新区管委会单位：万元']))!;
    expect(a.reportedBy).toBe('豫东南高新区管委会');
    expect(a.defaultUnit.unit).toBe('wan');
  });

  it('a one-row header on row 1, no title: 万元 assumed, no title date', () => {
    const a = analyseSheet(sheet([
      ['项目名称', '总投资（亿元）', '建设起止年限', '建设性质'],
      ['智能制造产业园', 3.2, '2024-2026', '续建'],
    ]))!;
    expect(a.headerRows).toEqual([1, 1]);
    expect(a.dataStart).toBe(2);
    expect(a.defaultUnit).toEqual({ unit: 'wan', from: 'assumed' });
    expect(a.columns.map((c) => c.field)).toEqual(['name', 'planned', 'period', 'stage']);
    expect(a.columns[1]!.unit).toBe('yi');
    expect(a.title).toBeUndefined();
    expect(a.titleDate).toBeUndefined();
    expect(a.dataRows).toBe(1);
  });

  it('a data row of text only is not header, even when a cell holds a header word (a project in 园区)', () => {
    const a = analyseSheet(sheet([
      ['项目名称', '总投资', '开工时间', '所属园区'],
      ['电池项目', '3.2亿', '2024年3月', '园区'],
    ]))!;
    expect(a.headerRows).toEqual([1, 1]);
    expect(a.columns.map((c) => c.header)).toEqual(['项目名称', '总投资', '开工时间', '所属园区']);
  });

  it('a header cell’s line break is layout: “总投资\\n（万元）” reads as 总投资（万元）', () => {
    const a = analyseSheet(sheet([['项目名称', '总投资\n（万元）'], ['园区', 100]]))!;
    expect(a.columns[1]).toMatchObject({ header: '总投资（万元）', field: 'planned', unit: 'wan' });
  });

  it('a group-label row above the matched row belongs to the header', () => {
    const a = analyseSheet(sheet([
      ['重点项目台账'],
      ['基本情况', null, '投资（万元）', null],
      ['项目名称', '建设性质', '总投资', '累计完成投资'],
      ['园区', '续建', 100, 50],
    ], ['A1:D1', 'A2:B2', 'C2:D2']))!;
    expect(a.headerRows).toEqual([2, 3]);
    expect(a.columns.map((c) => c.header)).toEqual(['基本情况/项目名称', '基本情况/建设性质', '投资（万元）/总投资', '投资（万元）/累计完成投资']);
    expect(a.title).toBe('重点项目台账');
  });

  it('a three-row header stops at three rows; the first data row is not header', () => {
    const a = analyseSheet(sheet([
      ['项目名称', '投资（万元）', null, null],
      [null, '总投资', '完成投资', null],
      [null, null, '1-10月', '累计完成'],
      ['园区', 100, 20, 50],
    ], ['A1:A3', 'B1:D1', 'B2:B3', 'C2:D2']))!;
    expect(a.headerRows).toEqual([1, 3]);
    expect(a.columns.map((c) => c.field)).toEqual(['name', 'planned', 'annualCompleted', 'completed']);
  });

  it('no header in the first 20 rows: undefined', () => {
    expect(analyseSheet(sheet([['说明'], ['本表为汇总表'], ['a', 'b']]))).toBeUndefined();
    const late = Array.from({ length: 21 }, () => ['…'] as In[]);
    expect(analyseSheet(sheet([...late, ['项目名称', '总投资']]))).toBeUndefined();
    expect(analyseSheet(sheet([]))).toBeUndefined();
  });

  it.each([
    ['（2026年1-10月）', '2026-10-31'],
    ['2026年1-10月份', '2026-10-31'],
    ['（2026年1—2月）', '2026-02-28'],
    ['2026年10月', '2026-10-31'],
    ['截至2026年10月底', '2026-10-31'],
    ['截至2026年10月15日', '2026-10-15'],
  ])('the title “…%s” dates the report %s', (tail, iso) => {
    const a = analyseSheet(sheet([[`重点项目建设进度台账${tail}`], ['项目名称', '总投资'], ['园区', 1]]))!;
    expect(a.titleDate).toBe(iso);
  });

  it('a title that names no month gives no report date', () => {
    expect(analyseSheet(sheet([['2026年重点项目台账'], ['项目名称', '总投资'], ['园区', 1]]))!.titleDate).toBeUndefined();
  });
});

describe('likeliestSheet', () => {
  it('preselects the sheet whose header matches most fields, then the one with most rows', () => {
    const notes = analyseSheet(sheet([['项目名称', '备注'], ['a', 'b']], [], '说明'));
    const ledger = analyseSheet(realLedger());
    const copy = analyseSheet(sheet([['项目', '总投资'], ['a', 1], ['b', 2]], [], '副本'));
    const short = analyseSheet(sheet([['项目', '总投资'], ['a', 1]], [], '短'));
    expect(likeliestSheet([notes, undefined, ledger])?.sheet).toBe('2026年1-10月');
    expect(likeliestSheet([short, copy])?.sheet).toBe('副本');
    expect(likeliestSheet([undefined])).toBeUndefined();
  });
});
