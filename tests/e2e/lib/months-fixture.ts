// Two consecutive monthly ledgers of the zone (重点项目台账, 2026年1-9月 and 1-10月), written with SheetJS's
// writer only (never the app's reader), designed project by project so the journey knows exactly what moved
// between them: who invested more, who started works (谋划/签约/审批 → 在建/建成), who turned 预警/滞后, who
// recovered, who is new, who is gone, whose 累计完成 was corrected down, and who did not change at all.
//
// Statuses are set by the one visible rule (src/lib/schedule.ts), written out again here so the fixture does not
// lean on the code it tests: lag = share of the window elapsed at the as-of day − 累计完成 / 总投资; done at 100%,
// 未开始 before the start, 滞后 past the end or > 15 pts, 预警 > 5 pts, else 正常. Most projects run the calendar
// year 2026, so at 2026-09-30 74.8% of the time is gone and at 2026-10-31 83.3%. Every project states the status
// it is meant to have in each month; makeMonths() computes it by the rule and throws if the design is wrong.
//
// Projects are matched across months by name + responsible unit (no 项目编号 column), so the fixture also has a
// name written with full-width brackets one month and half-width the next (one project), and the same name under
// two units (two projects).
import * as XLSX from '@e965/xlsx';
import { formatMoneyWan } from '../../../src/lib/format';

export type Status = 'not-started' | 'on-track' | 'at-risk' | 'behind' | 'done';
export type Kind = 'invested' | 'started' | 'worsened' | 'recovered' | 'decreased' | 'added' | 'changed';
type Stage = 'planning' | 'signed' | 'approval' | 'construction' | 'completed';

/** The ledger's own words in 建设性质 and the stage each stands for (src/features/ledger/model/stages.ts). */
const STAGE_OF: Record<string, Stage> = {
  前期: 'planning', 签约: 'signed', 审批中: 'approval', 新建: 'construction', 续建: 'construction', 在建: 'construction',
  新开工: 'construction', 竣工: 'completed',
};

interface MonthRow {
  /** The name as this month's ledger writes it (default: the project's). */
  name?: string;
  stage: keyof typeof STAGE_OF;
  /** 累计完成 as a share of 总投资 (two decimals, so every amount is whole 万元). */
  done: number;
  status: Status;
}

interface Design {
  name: string;
  unit: string;
  category: string;
  park: string;
  plannedWan: number;
  start: string;
  end: string;
  sep?: MonthRow;
  oct?: MonthRow;
}

const U = { build: '高新区建设局', econ: '高新区经发局', invest: '高新区招商局', group: '高新区投资集团' } as const;
const YEAR = { start: '2026-01-01', end: '2026-12-31' } as const;
const on = 'on-track', risk = 'at-risk', behind = 'behind';

/** The zone's projects over the two months (Sep, Oct). A comment says what the design makes of each. */
const DESIGN: Design[] = [
  // Invested more, on track both months.
  { name: '新能源电池材料产业园项目', unit: U.build, category: '新能源', park: '创新创业园', plannedWan: 5000, ...YEAR, sep: { stage: '续建', done: 0.8, status: on }, oct: { stage: '续建', done: 0.85, status: on } },
  { name: '智能装备产业园（一期）', unit: U.econ, category: '装备制造', park: '装备制造产业园', plannedWan: 3000, ...YEAR, sep: { stage: '续建', done: 0.78, status: on }, oct: { name: '智能装备产业园(一期)', stage: '续建', done: 0.86, status: on } },
  { name: '数字经济大厦', unit: U.group, category: '数字经济', park: '数字经济产业园', plannedWan: 2000, ...YEAR, sep: { stage: '续建', done: 0.74, status: on }, oct: { stage: '续建', done: 0.82, status: on } },
  { name: '5G基站建设工程', unit: U.build, category: '数字经济', park: '数字经济产业园', plannedWan: 1000, ...YEAR, sep: { stage: '续建', done: 0.9, status: on }, oct: { stage: '续建', done: 0.95, status: on } },
  { name: '冷链物流中心', unit: U.invest, category: '现代服务', park: '创新创业园', plannedWan: 4000, ...YEAR, sep: { stage: '新建', done: 0.75, status: on }, oct: { stage: '新建', done: 0.81, status: on } },
  { name: '光伏发电二期', unit: U.group, category: '新能源', park: '装备制造产业园', plannedWan: 6000, ...YEAR, sep: { stage: '续建', done: 0.72, status: on }, oct: { stage: '续建', done: 0.8, status: on } },
  // Nothing moved.
  { name: '高新区人才公寓', unit: U.build, category: '现代服务', park: '创新创业园', plannedWan: 3000, ...YEAR, sep: { stage: '续建', done: 0.9, status: on }, oct: { stage: '续建', done: 0.9, status: on } },
  { name: '创新创业孵化中心', unit: U.econ, category: '现代服务', park: '创新创业园', plannedWan: 1500, ...YEAR, sep: { stage: '续建', done: 0.95, status: on }, oct: { stage: '续建', done: 0.95, status: on } },
  { name: '污水处理厂提标改造', unit: U.build, category: '现代服务', park: '装备制造产业园', plannedWan: 2500, ...YEAR, sep: { stage: '竣工', done: 1, status: 'done' }, oct: { stage: '竣工', done: 1, status: 'done' } },
  // Turned 预警/滞后: the calendar moved on and the work did not (or not enough).
  { name: '园区道路提升工程', unit: U.build, category: '现代服务', park: '装备制造产业园', plannedWan: 2000, ...YEAR, sep: { stage: '续建', done: 0.75, status: on }, oct: { stage: '续建', done: 0.75, status: risk } },
  { name: '电子信息产业园标准厂房', unit: U.invest, category: '数字经济', park: '数字经济产业园', plannedWan: 5000, ...YEAR, sep: { stage: '续建', done: 0.76, status: on }, oct: { stage: '续建', done: 0.76, status: risk } },
  { name: '氢能装备制造基地', unit: U.group, category: '新能源', park: '装备制造产业园', plannedWan: 8000, ...YEAR, sep: { stage: '续建', done: 0.65, status: risk }, oct: { stage: '续建', done: 0.65, status: behind } },
  { name: '智慧园区综合管理平台', unit: U.econ, category: '数字经济', park: '数字经济产业园', plannedWan: 1000, ...YEAR, sep: { stage: '续建', done: 0.76, status: on }, oct: { stage: '续建', done: 0.77, status: risk } },
  // Past its end (15 October) and not finished: 滞后 whatever its share.
  { name: '新材料中试基地', unit: U.build, category: '装备制造', park: '装备制造产业园', plannedWan: 2000, start: '2025-11-01', end: '2026-10-15', sep: { stage: '续建', done: 0.95, status: on }, oct: { stage: '续建', done: 0.96, status: behind } },
  // Recovered (预警/滞后 → 正常/已完成).
  { name: '精密模具产业园', unit: U.invest, category: '装备制造', park: '装备制造产业园', plannedWan: 3000, ...YEAR, sep: { stage: '续建', done: 0.65, status: risk }, oct: { stage: '续建', done: 0.85, status: on } },
  { name: '锂电池回收利用项目', unit: U.group, category: '新能源', park: '创新创业园', plannedWan: 2000, ...YEAR, sep: { stage: '续建', done: 0.55, status: behind }, oct: { stage: '续建', done: 0.82, status: on } },
  { name: '科技企业加速器', unit: U.build, category: '现代服务', park: '创新创业园', plannedWan: 1000, ...YEAR, sep: { stage: '续建', done: 0.55, status: behind }, oct: { stage: '竣工', done: 1, status: 'done' } },
  // Better, but not back to 正常: no recovery claimed.
  { name: '生物医药产业园', unit: U.econ, category: '现代服务', park: '创新创业园', plannedWan: 6000, ...YEAR, sep: { stage: '续建', done: 0.64, status: risk }, oct: { stage: '续建', done: 0.74, status: risk } },
  { name: '跨境电商产业园', unit: U.invest, category: '现代服务', park: '数字经济产业园', plannedWan: 2000, ...YEAR, sep: { stage: '续建', done: 0.5, status: behind }, oct: { stage: '续建', done: 0.7, status: risk } },
  // 新开工: from 前期 / 签约 / 审批 to works under way.
  { name: '储能电站示范项目', unit: U.group, category: '新能源', park: '装备制造产业园', plannedWan: 2000, start: '2026-10-10', end: '2027-09-30', sep: { stage: '前期', done: 0, status: 'not-started' }, oct: { stage: '新建', done: 0.04, status: on } },
  { name: '智能网联汽车测试场', unit: U.build, category: '装备制造', park: '装备制造产业园', plannedWan: 4000, start: '2026-10-01', end: '2027-12-31', sep: { stage: '签约', done: 0, status: 'not-started' }, oct: { stage: '在建', done: 0.05, status: on } },
  { name: '半导体封装测试项目', unit: U.invest, category: '数字经济', park: '数字经济产业园', plannedWan: 5000, start: '2026-10-20', end: '2027-10-19', sep: { stage: '审批中', done: 0, status: 'not-started' }, oct: { stage: '新开工', done: 0, status: on } },
  // Still before works: one unchanged, one moved 前期 → 审批 (a change, but no start).
  { name: '工业互联网平台', unit: U.econ, category: '数字经济', park: '数字经济产业园', plannedWan: 3000, start: '2027-03-01', end: '2028-02-28', sep: { stage: '前期', done: 0, status: 'not-started' }, oct: { stage: '前期', done: 0, status: 'not-started' } },
  { name: '文化创意街区', unit: U.group, category: '现代服务', park: '创新创业园', plannedWan: 2000, start: '2027-01-01', end: '2027-12-31', sep: { stage: '前期', done: 0, status: 'not-started' }, oct: { stage: '审批中', done: 0, status: 'not-started' } },
  // 累计完成 corrected down (a ledger correction).
  { name: '高端装备检测中心', unit: U.build, category: '装备制造', park: '装备制造产业园', plannedWan: 1000, ...YEAR, sep: { stage: '续建', done: 0.9, status: on }, oct: { stage: '续建', done: 0.88, status: on } },
  // New this month; the third shares a name with a project above, under another unit: a project of its own.
  { name: '新型显示材料项目', unit: U.invest, category: '数字经济', park: '数字经济产业园', plannedWan: 3000, ...YEAR, oct: { stage: '新建', done: 0.82, status: on } },
  { name: '氢燃料电池示范线', unit: U.group, category: '新能源', park: '装备制造产业园', plannedWan: 4000, start: '2027-02-01', end: '2028-01-31', oct: { stage: '前期', done: 0, status: 'not-started' } },
  { name: '数字经济大厦', unit: U.invest, category: '数字经济', park: '数字经济产业园', plannedWan: 1500, ...YEAR, oct: { stage: '续建', done: 0.84, status: on } },
  // In September's ledger only.
  { name: '老旧厂区改造项目', unit: U.build, category: '现代服务', park: '创新创业园', plannedWan: 1200, ...YEAR, sep: { stage: '续建', done: 0.8, status: on } },
  { name: '物流园区配套工程', unit: U.invest, category: '现代服务', park: '创新创业园', plannedWan: 1800, ...YEAR, sep: { stage: '续建', done: 0.66, status: risk } },
];

// ── the rule, written out again ──────────────────────────────────────────────────────────────────────────────
const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
function statusOf(d: Design, row: MonthRow, asOf: string): Status {
  if (row.done >= 1) return 'done';
  if (day(asOf) < day(d.start)) return 'not-started';
  const elapsed = Math.min(1, Math.max(0, (day(asOf) - day(d.start) + 1) / (day(d.end) - day(d.start) + 1)));
  const lag = Math.round((elapsed - row.done) * 1000) / 10;
  if (day(asOf) > day(d.end) || lag > 15) return 'behind';
  return lag > 5 ? 'at-risk' : 'on-track';
}
const SEVERITY: Record<Status, number> = { 'not-started': 0, 'on-track': 0, done: 0, 'at-risk': 1, behind: 2 };
const BEFORE_WORKS: Stage[] = ['planning', 'signed', 'approval'];

// ── the sheets ───────────────────────────────────────────────────────────────────────────────────────────────
const HEADER = ['序号', '项目名称', '建设性质', '项目类型', '所属园区', '总投资（万元）', '2026年计划投资（万元）', '{ytd}完成投资（万元）',
  '累计完成投资（万元）', '计划开工时间', '计划竣工时间', '形象进度', '责任单位'];
const dateCell = (iso: string): XLSX.CellObject => ({ t: 'n', v: day(iso) - day('1899-12-30'), z: 'yyyy/m/d' });

export interface MonthProject {
  name: string;
  unit: string;
  stage: Stage;
  plannedWan: number;
  completedWan: number;
  status: Status;
}

export interface MonthLedger {
  month: '2026-09' | '2026-10';
  /** As the dialog, the header and the picker write it. */
  label: string;
  asOf: string;
  asOfText: string;
  fileName: string;
  title: string;
  buffer: Buffer;
  projects: MonthProject[];
  totalWan: number;
  completedWan: number;
  status: Record<Status, number>;
}

export interface MonthsFixture {
  sep: MonthLedger;
  oct: MonthLedger;
  /** This month's names of each kind of change (names, since the list shows names; one is listed twice, see above). */
  kinds: Record<Kind, string[]>;
  /** Σ of the rises in 累计完成 of the projects matched in both months (万元). */
  investedWan: number;
  /** Last month's projects not in this month's ledger. */
  gone: MonthProject[];
  /** The 较上月 cell of a few projects, as the list writes it. */
  column: Record<string, string>;
}

const STATUS_ZH: Record<Status, string> = { done: '已完成', 'on-track': '正常', 'at-risk': '预警', behind: '滞后', 'not-started': '未开始' };
const STAGE_ZH: Record<Stage, string> = { planning: '谋划', signed: '签约', approval: '审批', construction: '在建', completed: '建成/投产' };
export { STATUS_ZH };

function ledger(month: 'sep' | 'oct'): MonthLedger {
  const [id, label, asOf, asOfText, ytd] = month === 'sep'
    ? ['2026-09', '2026年9月', '2026-09-30', '2026年9月30日', '1-9月'] as const
    : ['2026-10', '2026年10月', '2026-10-31', '2026年10月31日', '1-10月'] as const;
  const title = `豫东南高新区重点项目建设进度台账（2026年${ytd}）`;
  const header = HEADER.map((h) => h.replace('{ytd}', ytd));
  const unitRow: (string | null)[] = Array(header.length).fill(null);
  unitRow[0] = '填报单位：豫东南高新区管委会';
  unitRow[header.length - 1] = '单位：万元';
  const aoa: unknown[][] = [[title, ...Array(header.length - 1).fill(null)], unitRow, header];
  const projects: MonthProject[] = [];
  for (const d of DESIGN) {
    const row = d[month];
    if (!row) continue;
    const name = row.name ?? d.name;
    const status = statusOf(d, row, asOf);
    if (status !== row.status) throw new Error(`months fixture: ${name} (${id}) is ${status} by the rule, designed as ${row.status}`);
    const completedWan = Math.round(d.plannedWan * row.done);
    // Work before 2026 counts toward 累计 only; the year's plan is the rest of the project, split over its years.
    const beforeYear = d.start < '2026-01-01' ? Math.round(completedWan * 0.4) : 0;
    const annualPlan = Math.round((d.plannedWan - beforeYear) * 0.9);
    aoa.push([projects.length + 1, name, row.stage, d.category, d.park, d.plannedWan, annualPlan, completedWan - beforeYear, completedWan,
      dateCell(d.start), dateCell(d.end), row.done >= 1 ? '已竣工投产' : row.done > 0 ? '主体施工中' : '正在办理前期手续', d.unit]);
    projects.push({ name, unit: d.unit, stage: STAGE_OF[row.stage]!, plannedWan: d.plannedWan, completedWan, status });
  }
  const sheet = XLSX.utils.aoa_to_sheet(aoa);
  sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: header.length - 1 } }];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, `2026年${ytd}`);
  const status = { 'not-started': 0, 'on-track': 0, 'at-risk': 0, behind: 0, done: 0 } as Record<Status, number>;
  for (const p of projects) status[p.status] += 1;
  return {
    month: id, label, asOf, asOfText, title, fileName: `重点项目台账-${label}.xlsx`,
    buffer: XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer,
    projects,
    totalWan: projects.reduce((s, p) => s + p.plannedWan, 0),
    completedWan: projects.reduce((s, p) => s + p.completedWan, 0),
    status,
  };
}

/** The journey's key for a project: what the app matches by, normalised as a ledger's spellings vary. */
const keyOf = (p: { name: string; unit: string }) => `${p.name.normalize('NFKC').replace(/[\s\p{P}\p{S}]+/gu, '')}|${p.unit}`;

export function makeMonths(): MonthsFixture {
  const sep = ledger('sep');
  const oct = ledger('oct');
  const before = new Map(sep.projects.map((p) => [keyOf(p), p]));
  const now = new Set(oct.projects.map(keyOf));
  const kinds = Object.fromEntries((['invested', 'started', 'worsened', 'recovered', 'decreased', 'added', 'changed'] as Kind[]).map((k) => [k, [] as string[]])) as Record<Kind, string[]>;
  const column: Record<string, string> = {};
  let investedWan = 0;
  for (const p of oct.projects) {
    const q = before.get(keyOf(p));
    if (!q) { kinds.added.push(p.name); kinds.changed.push(p.name); column[`${p.name}|${p.unit}`] = '新列入'; continue; }
    const delta = p.completedWan - q.completedWan;
    if (delta > 0) { kinds.invested.push(p.name); investedWan += delta; }
    if (delta < 0) kinds.decreased.push(p.name);
    if (BEFORE_WORKS.includes(q.stage) && !BEFORE_WORKS.includes(p.stage)) kinds.started.push(p.name);
    if (SEVERITY[p.status] > 0 && SEVERITY[p.status] > SEVERITY[q.status]) kinds.worsened.push(p.name);
    if (SEVERITY[q.status] > 0 && (p.status === 'on-track' || p.status === 'done')) kinds.recovered.push(p.name);
    if (delta !== 0 || q.stage !== p.stage || q.status !== p.status) kinds.changed.push(p.name);
    // The cell as the list words it: 累计完成±X万元，stage→stage，status→status (or 无变化).
    const parts = [
      ...(delta ? [`累计完成${delta > 0 ? '+' : '−'}${formatMoneyWan(Math.abs(delta), 'zh')}`] : []),
      ...(q.stage !== p.stage ? [`${STAGE_ZH[q.stage]}→${STAGE_ZH[p.stage]}`] : []),
      ...(q.status !== p.status ? [`${STATUS_ZH[q.status]}→${STATUS_ZH[p.status]}`] : []),
    ];
    // A name written otherwise last month (matched all the same) is given as it was.
    column[`${p.name}|${p.unit}`] = `${parts.length ? parts.join('，') : '无变化'}${q.name !== p.name ? ` 上月名称：${q.name}` : ''}`;
  }
  const gone = sep.projects.filter((q) => !now.has(keyOf(q)));
  return { sep, oct, kinds, investedWan, gone, column };
}
