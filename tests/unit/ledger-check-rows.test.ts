import { describe, expect, it } from 'vitest';
import { checkRows, defaultMapping } from '../../src/features/ledger/model/check-rows';
import type { CheckOptions } from '../../src/features/ledger/model/check-rows';
import { analyseSheet } from '../../src/features/ledger/model/find-table';
import { REPORT_COLUMNS, reportRows } from '../../src/features/ledger/model/report-csv';
import type { CheckResult, SheetData, StageMap } from '../../src/features/ledger/model/types';
import { sheet as ledgerSheet, type In } from '../lib/ledger-sheet';

const sheet = (rows: In[][], merges: string[] = []): SheetData => ledgerSheet(rows, merges, '台账');

/** The zone ledger's shape: title, 填报单位 / 单位 row, two-row header with 投资情况（万元） over D–G; data from row 5. */
const HEAD: In[][] = [
  ['信阳市豫东南高新区重点项目建设进度台账（2026年1-10月）'],
  ['填报单位：豫东南高新区管委会', null, null, null, null, null, null, null, null, null, null, '单位：万元'],
  ['序号', '项目名称', '建设性质', '投资情况（万元）', null, null, null, '开工时间', '竣工时间', '形象进度', '责任单位', '存在问题', '备注'],
  [null, null, null, '总投资', '2026年计划投资', '1-10月完成投资', '累计完成投资', null, null, null, null, null, null],
];
const HEAD_MERGES = ['A1:M1', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:G3', 'H3:H4', 'I3:I4', 'J3:J4', 'K3:K4', 'L3:L4', 'M3:M4'];
const ledger = (rows: In[][], merges: string[] = []) => sheet([...HEAD, ...rows], [...HEAD_MERGES, ...merges]);

const GOOD = {
  no: 1 as In, name: '智能制造产业园' as In, stage: '续建' as In, planned: 30000 as In, plan: 8000 as In, annual: 6500 as In,
  completed: 21000 as In, start: '2024年3月1日' as In, end: '2026年12月31日' as In, progress: '主体完工' as In,
  unit: '高新区建设公司' as In, problems: '' as In, notes: '' as In,
};
/** A project row with the given cells changed. */
const project = (over: Partial<typeof GOOD> = {}): In[] => Object.values({ ...GOOD, ...over });

const STAGES: StageMap = { 续建: 'construction', 新开工: 'construction', 前期: 'planning' };
const check = (s: SheetData, stages: StageMap = STAGES, options: CheckOptions = {}): CheckResult => {
  const analysis = analyseSheet(s)!;
  return checkRows(s, analysis, defaultMapping(analysis), stages, options);
};
const zh = (result: CheckResult) => result.issues.map((i) => i.message.zh);

describe('a clean ledger', () => {
  it('a complete row comes in whole, amounts in 万元, at its Excel row number', () => {
    const result = check(ledger([project({ problems: '资金缺口', notes: '省重点' })]));
    expect(result.issues).toEqual([]);
    expect(result.rejected).toBe(0);
    expect(result.records).toEqual([{
      row: 5, name: '智能制造产业园', stage: 'construction', stageText: '续建', unit: '高新区建设公司',
      plannedWan: 30000, annualPlanWan: 8000, annualCompletedWan: 6500, completedWan: 21000, qualifiers: {},
      start: '2024-03-01', end: '2026-12-31', precision: { start: 'day', end: 'day' },
      progress: '主体完工', problems: '资金缺口', notes: '省重点', warnings: [],
    }]);
    expect(result.records[0]!.id).toBeUndefined();
  });

  it('blank rows are skipped without a word', () => {
    const result = check(ledger([[], project(), [null, '  ', null], project({ name: '物流园' })]));
    expect(result.records.map((r) => r.row)).toEqual([6, 8]);
    expect(result.issues).toEqual([]);
  });

  it('a line holding only its 序号 (a pre-numbered template row) is as blank as an empty one', () => {
    const result = check(ledger([project(), [2], [3, null, null]]));
    expect(result.records).toHaveLength(1);
    expect(result.issues).toEqual([]);
  });

  it('a note or signature line under the table is skipped and said so', () => {
    const result = check(ledger([project(), ['注：本表金额单位为万元'], ['填表人：张三', null, null, null, null, '审核人：李四']], ['A6:M6']));
    expect(result.records).toHaveLength(1);
    expect(zh(result)).toEqual(['第6行：表尾说明“注：本表金额单位为万元”，已跳过', '第7行：表尾说明“填表人：张三 审核人：李四”，已跳过']);
  });

  it('a stage cell merged over several rows holds for each of them', () => {
    const result = check(ledger([project(), project({ name: '物流园', stage: null })], ['C5:C6']));
    expect(result.records.map((r) => [r.row, r.stage, r.stageText])).toEqual([[5, 'construction', '续建'], [6, 'construction', '续建']]);
  });
});

describe('totals and group rows', () => {
  it('a 合计 row is skipped and said so, with its 总投资 kept', () => {
    const result = check(ledger([project(), project({ name: '物流园', planned: 20000, completed: 9000 }), ['合计', null, null, 50000]]));
    expect(result.records).toHaveLength(2);
    expect(result.issues).toEqual([{ sheet: '台账', row: 7, value: '合计', severity: 'info', code: 'totals-row', message: { zh: '第7行：合计行，已跳过', en: 'Row 7: a totals row (合计), skipped' } }]);
    expect(result.totals).toEqual([{ row: 7, label: '合计', plannedWan: 50000 }]);
  });

  it('“总 计” in the name cell is a totals row too', () => {
    const result = check(ledger([project(), [null, '总 计', null, 30000]]));
    expect(zh(result)).toEqual(['第6行：总计行，已跳过']);
    expect(result.totals).toEqual([{ row: 6, label: '总 计', plannedWan: 30000 }]);
  });

  it('a 合计 that disagrees with its rows is flagged on the 合计 row; rejected rows count in the sum', () => {
    const result = check(ledger([project(), project({ name: '物流园', planned: 20000, completed: 9000, start: null }), ['合计', null, null, 60000]]));
    expect(result.rejected).toBe(1);
    const warning = result.issues.find((i) => i.code === 'totals-mismatch');
    expect(warning).toEqual({
      sheet: '台账', row: 7, column: '投资情况（万元）/总投资', value: '60000', severity: 'warning', code: 'totals-mismatch',
      message: { zh: '第7行「总投资」：合计为60000万元，各项目总投资之和为50000万元', en: 'Row 7, “总投资”: the total says 60000 (10k yuan) but the projects add up to 50000 (10k yuan)' },
    });
  });

  it('each 小计 is compared with its own group, not with the whole sheet', () => {
    const result = check(ledger([
      ['一、续建项目（2个）'], project(), project({ name: '物流园', planned: 20000, completed: 9000 }), ['小计', null, null, 50000],
      ['二、新建项目（1个）'], project({ name: '电池项目', planned: 80000, stage: '新开工' }), ['小计', null, null, 70000],
    ], ['A5:M5', 'A9:M9']));
    expect(result.issues.filter((i) => i.severity === 'warning').map((i) => i.message.zh)).toEqual(['第11行「总投资」：合计为70000万元，各项目总投资之和为80000万元']);
    expect(result.totals.map((t) => t.row)).toEqual([8, 11]);
  });

  it('a group heading (一、续建项目（15个）, （一）工业项目) is skipped and said so', () => {
    const result = check(ledger([['一、续建项目（15个）'], ['（一）工业项目'], project()], ['A5:M5']));
    expect(result.records.map((r) => r.row)).toEqual([7]);
    expect(result.issues.map((i) => [i.row, i.severity, i.message.zh])).toEqual([
      [5, 'info', '第5行：分组行“一、续建项目（15个）”，已跳过'],
      [6, 'info', '第6行：分组行“（一）工业项目”，已跳过'],
    ]);
    expect(result.issues[0]!.message.en).toBe('Row 5: a group heading “一、续建项目（15个）”, skipped');
  });
});

describe('errors keep a row out', () => {
  it.each([
    ['an empty name', { name: '' }, 'name-empty', '第5行「项目名称」：空着，项目名称必填'],
    ['an empty 总投资', { planned: null }, 'planned-empty', '第5行「总投资」：空着，总投资必填'],
    ['a 总投资 of 待定', { planned: '待定' }, 'planned-pending', '第5行「总投资」：“待定”不是金额'],
    ['a 总投资 in words', { planned: '三千万' }, 'planned-not-amount', '第5行「总投资」：“三千万”不是金额'],
    ['a zero 总投资', { planned: 0 }, 'planned-zero', '第5行「总投资」：“0”：总投资须大于0'],
    ['a negative 总投资', { planned: -500 }, 'planned-negative', '第5行「总投资」：“-500”是负数'],
    ['a missing start', { start: null }, 'date-empty', '第5行「开工时间」：空着，没有开工时间'],
    ['an unreadable start', { start: '明年' }, 'not-date', '第5行「开工时间」：“明年”不是日期'],
    ['a missing end', { end: '' }, 'date-empty', '第5行「竣工时间」：空着，没有竣工时间'],
    ['an impossible end', { end: '2026-02-30' }, 'not-date', '第5行「竣工时间」：“2026-02-30”不是日期'],
    ['an end before the start', { start: '2026年5月1日', end: '2025年3月31日' }, 'end-before-start', '第5行「竣工时间」：竣工（2025年3月31日）早于开工（2026年5月1日）'],
    ['a stage word not mapped yet', { stage: '暂缓' }, 'stage-unmapped', '第5行「建设性质」：“暂缓”还没有对应的项目阶段，请在阶段对应中为它选一个'],
    ['an empty stage', { stage: null }, 'stage-empty', '第5行「建设性质」：空着，不知道项目处于哪个阶段'],
  ] as const)('%s', (_label, over, code, message) => {
    const result = check(ledger([project(over)]));
    expect(result.records).toEqual([]);
    expect(result.rejected).toBe(1);
    expect(result.issues.map((i) => [i.row, i.severity, i.code, i.message.zh])).toEqual([[5, 'error', code, message]]);
  });

  it('says it in English as well, naming the column as the ledger does', () => {
    const [issue] = check(ledger([project({ planned: '待定' })])).issues;
    expect(issue).toEqual({
      sheet: '台账', row: 5, column: '投资情况（万元）/总投资', value: '待定', severity: 'error', code: 'planned-pending',
      message: { zh: '第5行「总投资」：“待定”不是金额', en: 'Row 5, “总投资”: “待定” is not an amount' },
    });
  });

  it('a row with several problems reports each, and the rows around it still come in', () => {
    const result = check(ledger([project(), project({ name: '', planned: '待定', end: '明年' }), project({ name: '物流园' })]));
    expect(result.records.map((r) => r.row)).toEqual([5, 7]);
    expect(result.issues.map((i) => `${i.row} ${i.code}`)).toEqual(['6 name-empty', '6 planned-pending', '6 not-date']);
  });
});

describe('warnings let a row in and say what was assumed', () => {
  const warned = (over: Partial<typeof GOOD>) => {
    const result = check(ledger([project(over)]));
    expect(result.records).toHaveLength(1);
    expect(result.records[0]!.warnings).toEqual(result.issues.map((i) => i.message));
    expect(result.issues.every((i) => i.severity === 'warning')).toBe(true);
    return result;
  };

  it('约3亿 is imported as 30000万元 and marked approximate', () => {
    const result = warned({ planned: '约3亿' });
    expect(zh(result)).toEqual(['第5行「总投资」：“约3亿”是约数，按30000万元导入并标注“约”']);
    expect(result.records[0]).toMatchObject({ plannedWan: 30000, qualifiers: { planned: 'approx' } });
  });

  it('5000万以上 is imported as 5000万元 and marked as a lower bound', () => {
    const result = warned({ planned: '5000万以上', completed: 3000, annual: 1000 });
    expect(zh(result)).toEqual(['第5行「总投资」：“5000万以上”是下限，按5000万元导入并标注“以上”']);
    expect(result.records[0]!.qualifiers).toEqual({ planned: 'over' });
  });

  it('a date with only a month or a year says which day was used', () => {
    const result = warned({ start: 2024.3, end: 2026 });
    expect(zh(result)).toEqual(['第5行「开工时间」：“2024.3”只写到月份，开工按2024年3月1日计', '第5行「竣工时间」：“2026”只写到年份，竣工按2026年12月31日计']);
    expect(result.issues[1]!.message.en).toBe('Row 5, “竣工时间”: “2026” gives only a year; the completion is taken as 31 December 2026');
    expect(result.records[0]).toMatchObject({ start: '2024-03-01', end: '2026-12-31', precision: { start: 'month', end: 'year' } });
  });

  it('the number 2024.1 is read as January, and the planner is asked whether October was meant', () => {
    const result = warned({ start: 2024.1 });
    expect(zh(result)).toEqual(['第5行「开工时间」：“2024.1”按2024年1月读；若是2024年10月（Excel把2024.10存成2024.1），请把单元格改成文本“2024年10月”']);
    expect(result.records[0]!.start).toBe('2024-01-01');
  });

  it('累计完成 above 总投资 is flagged', () => {
    const result = warned({ completed: 36000 });
    expect(zh(result)).toEqual(['第5行「累计完成投资」：累计完成（36000万元）超过总投资（30000万元）']);
  });

  it('年度完成 above 累计完成 is flagged', () => {
    const result = warned({ annual: 25000 });
    expect(zh(result)).toEqual(['第5行「1-10月完成投资」：年度完成（25000万元）超过累计完成（21000万元）']);
  });

  it('a project name seen twice is flagged on the second row, naming the first', () => {
    const result = check(ledger([project(), project({ no: 2 }), project({ no: 3 })]));
    expect(result.records).toHaveLength(3);
    expect(zh(result)).toEqual(['第6行「项目名称」：与第5行同名', '第7行「项目名称」：与第5行同名']);
    expect(result.records[1]!.warnings).toEqual([result.issues[0]!.message]);
  });

  it('an unreadable optional amount is left out, not guessed; 待定 or — there is just “none yet”', () => {
    const result = warned({ plan: '待核', annual: '—' });
    expect(zh(result)).toEqual(['第5行「2026年计划投资」：“待核”不是金额，此项不导入']);
    expect(result.records[0]!.annualPlanWan).toBeUndefined();
    expect(result.records[0]!.annualCompletedWan).toBeUndefined();
  });

  it('text is trimmed with its line breaks and runs of spaces made one space', () => {
    const result = check(ledger([project({ name: ' 智能制造\n产业园　 一期 ', progress: '主体\r\n完工' })]));
    expect(result.records[0]).toMatchObject({ name: '智能制造 产业园 一期', progress: '主体 完工' });
    expect(result.issues).toEqual([]);
  });

  it('a name over 200 characters (other text over 1000) is cut, and said so', () => {
    const result = warned({ name: '园'.repeat(250), progress: '进'.repeat(1200) });
    expect(result.records[0]!.name).toHaveLength(200);
    expect(result.records[0]!.progress).toHaveLength(1000);
    expect(zh(result)).toEqual(['第5行「项目名称」：超过200字，只保留前200字', '第5行「形象进度」：超过1000字，只保留前1000字']);
  });
});

describe('what the columns decide', () => {
  const oneRow = (head: In[], rows: In[][], above: In[][] = []) => sheet([...above, head, ...rows]);

  it('without a stage column every project is under construction, said once for the sheet', () => {
    const result = check(oneRow(['项目名称', '总投资', '开工时间', '竣工时间'], [['园区', 100, '2024-01-01', '2025-01-01'], ['物流园', 200, '2024-01-01', '2025-01-01']]));
    expect(result.records.map((r) => r.stage)).toEqual(['construction', 'construction']);
    expect(result.issues.map((i) => [i.row, i.severity, i.message.zh])).toEqual([[1, 'warning', '表头：没有“建设性质”列：所有项目按“在建”导入']]);
  });

  it('without any date column the sheet cannot be imported, said once, not on every row', () => {
    const result = check(oneRow(['项目名称', '总投资', '建设性质'], [['园区', 100, '续建'], ['物流园', 200, '续建']]));
    expect(result.records).toEqual([]);
    expect(result.rejected).toBe(2);
    expect(zh(result)).toEqual([
      '表头：没有开工时间列，也没有“建设起止年限”列，本表不能导入；请在列对应中指定',
      '表头：没有竣工时间列，也没有“建设起止年限”列，本表不能导入；请在列对应中指定',
    ]);
  });

  it('建设起止年限 gives the start and the end, and says when it names no days', () => {
    const result = check(oneRow(['项目名称', '总投资', '建设起止年限', '建设性质'], [['园区', 100, '2024-2026', '续建'], ['物流园', 200, '三年', '续建']]));
    expect(result.records).toEqual([expect.objectContaining({ row: 2, start: '2024-01-01', end: '2026-12-31', precision: { start: 'year', end: 'year' } })]);
    expect(zh(result)).toEqual([
      '第2行「建设起止年限」：“2024-2026”没写到日，按2024年1月1日至2026年12月31日计',
      '第3行「建设起止年限」：“三年”不是起止年限（应写成2024-2026或2024.3-2026.12）',
    ]);
  });

  it('an empty 开工时间 falls back to 建设起止年限 when the sheet has both', () => {
    const result = check(oneRow(['项目名称', '总投资', '开工时间', '竣工时间', '建设起止年限', '建设性质'], [['园区', 100, null, '2026-06-30', '2024.3-2026.12', '续建']]));
    expect(result.records[0]).toMatchObject({ start: '2024-03-01', end: '2026-06-30', precision: { start: 'month', end: 'day' } });
  });

  it('单位：亿元 above the header makes a bare number 亿元', () => {
    const result = check(oneRow(['项目名称', '总投资', '开工时间', '竣工时间', '建设性质'], [['园区', 3.2, '2024-01-01', '2025-01-01', '续建']], [['单位：亿元']]));
    expect(result.records[0]!.plannedWan).toBe(32000);
  });

  it('a unit the planner chose for a column wins over its header’s', () => {
    const result = check(ledger([project({ planned: 3 })]), STAGES, { columnUnits: { 3: 'yi' } });
    expect(result.records[0]!.plannedWan).toBe(30000);
  });

  it('a 项目编号 column gives each record its id; 序号 never does', () => {
    const result = check(oneRow(['序号', '项目编号', '项目名称', '总投资', '开工时间', '竣工时间', '建设性质'], [[1, '2024-411500-001', '园区', 100, '2024-01-01', '2025-01-01', '续建']]));
    expect(result.records[0]!.id).toBe('2024-411500-001');
  });

  it('issues come in row order, the header’s first', () => {
    const result = check(oneRow(['项目名称', '总投资', '开工时间', '竣工时间'], [['园区', '待定', '2024-01-01', '2025-01-01'], ['合计', 300], ['园区', 100, '2024-01-01', '2025-01-01']]));
    expect(result.issues.map((i) => `${i.row} ${i.code}`)).toEqual(['1 no-stage-column', '2 planned-pending', '3 totals-row', '3 totals-mismatch', '4 duplicate-name']);
    expect(result.issues[3]!.message.zh).toBe('第3行「总投资」：合计为300万元，各项目总投资之和为100万元（另有1行总投资读不出）');
  });
});

describe('the check report for download', () => {
  const result = check(ledger([project({ planned: '待定' }), ['合计', null, null, 0]]));

  it('has the six columns in either language', () => {
    expect(REPORT_COLUMNS('zh').map((c) => c.header)).toEqual(['工作表', '行', '列', '值', '级别', '问题']);
    expect(REPORT_COLUMNS('en').map((c) => c.header)).toEqual(['Sheet', 'Row', 'Column', 'Value', 'Severity', 'Problem']);
  });

  it('one line per issue, in the issues’ order, the row a number', () => {
    expect(reportRows(result.issues, 'zh')).toEqual([
      { sheet: '台账', row: 5, column: '投资情况（万元）/总投资', value: '待定', severity: '错误', problem: '第5行「总投资」：“待定”不是金额' },
      { sheet: '台账', row: 6, column: '', value: '合计', severity: '说明', problem: '第6行：合计行，已跳过' },
    ]);
    expect(reportRows(result.issues, 'en')[1]).toEqual({ sheet: '台账', row: 6, column: '', value: '合计', severity: 'Note', problem: 'Row 6: a totals row (合计), skipped' });
  });
});
