// A zone's key-project ledger (重点项目台账) as a planner receives it, written with SheetJS's writer only (never
// the app's reader): a merged title, a 填报单位 / 单位 line, a two-row header with a merged 投资情况 group, 300
// project rows in the mixed shapes real ledgers have (text amounts, 亿, month-only dates, date cells), a few
// rows that must stay out, a couple that come in with a warning, one hostile name and a 合计 row at the foot.
// Deterministic (seeded PRNG), and it says what the import must make of it: count, total, rows per severity.
import * as XLSX from '@e965/xlsx';

export const LEDGER_FILE = '重点项目台账-2026年10月.xlsx';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const HOSTILE_NAME = '=HYPERLINK("http://evil.example","点我")<img src=x onerror=alert(1)>';
const TITLE = '豫东南高新区重点项目建设进度台账（2026年1-10月）';
const HEAD_TOP = ['序号', '项目名称', '建设性质', '项目类型', '所属园区', '投资情况（万元）', '', '', '',
  '计划开工时间', '计划竣工时间', '形象进度', '责任单位', '存在问题', '联系人', '联系电话'];
const HEAD_SUB = ['总投资', '2026年计划投资', '1-10月完成投资', '累计完成投资'];
const WIDTH = HEAD_TOP.length; // A…P
const FIRST_DATA_ROW = 5; // Excel's row number of the first project
const PROJECTS = 300;

const STAGES = ['新建', '续建', '前期', '竣工'];
const CATEGORIES = ['新能源', '数字经济', '装备制造', '现代服务'];
const PARKS = ['创新创业园', '装备制造产业园', '数字经济产业园'];
const UNITS = ['高新区经发局', '高新区建设局', '高新区招商局', '高新区投资集团'];
const PROGRESS = ['主体施工中', '设备安装中', '完成土地摘牌', '正在办理施工许可', '已竣工投产'];
const ISSUES = ['无', '用地指标待落实', '环评审批中', '资金到位较慢', ''];

/** mulberry32: the same ledger on every run and every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Ymd = [number, number, number];
/** An Excel date cell: the serial Excel stores (days since 1899-12-30, no time zone involved) and a date format. */
const dateCell = ([y, m, d]: Ymd, z: string): XLSX.CellObject => ({ t: 'n', v: (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000, z });
const addMonths = ([y, m, d]: Ymd, n: number): Ymd => { const k = y * 12 + (m - 1) + n; return [Math.floor(k / 12), (k % 12) + 1, d]; };

export interface LedgerFixture {
  buffer: Buffer;
  /** Projects the import must accept, and the sum of their 总投资 (万元). */
  accepted: number;
  totalWan: number;
  /** Excel row numbers: rows that must be refused (an error each), rows with a deliberate warning. */
  errorRows: number[];
  warningRows: number[];
  /** Rows whose dates name only a month: a planner may be told which day was assumed (a 提醒 at most). */
  roughDateRows: number[];
  totalsRow: number;
  hostileRow: number;
  /** What each accepted row's name is, in ledger order. */
  names: string[];
}

/** A deliberately broken or hedged row at data index i (Excel row i + 5). */
const ROW = (excelRow: number) => excelRow - FIRST_DATA_ROW;
const PENDING_TOTAL = ROW(45), NO_NAME = ROW(106), BAD_START = ROW(182), END_FIRST = ROW(255);
const APPROX_TOTAL = ROW(65), OVER_DONE = ROW(135), HOSTILE = ROW(205), YI_TOTAL = ROW(95);
const ERRORS = [PENDING_TOTAL, NO_NAME, BAD_START, END_FIRST];

export function makeLedger(seed = 20261031): LedgerFixture {
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)] as T;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));

  const unitRow: (string | null)[] = Array(WIDTH).fill(null);
  unitRow[0] = '填报单位：豫东南高新区管委会';
  unitRow[13] = '单位：万元';
  const aoa: unknown[][] = [[TITLE, ...Array(WIDTH - 1).fill(null)], unitRow, HEAD_TOP.map((h) => h || null),
    HEAD_TOP.map((_, c) => (c >= 5 && c <= 8 ? HEAD_SUB[c - 5] : null))];
  const merges: XLSX.Range[] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: WIDTH - 1 } }, { s: { r: 2, c: 5 }, e: { r: 2, c: 8 } }];
  for (let c = 0; c < WIDTH; c += 1) if (c < 5 || c > 8) merges.push({ s: { r: 2, c }, e: { r: 3, c } });

  const out: LedgerFixture = { buffer: Buffer.alloc(0), accepted: 0, totalWan: 0, errorRows: [], warningRows: [], roughDateRows: [], totalsRow: 0, hostileRow: 0, names: [] };
  let readableSum = 0;
  for (let i = 0; i < PROJECTS; i += 1) {
    const excelRow = FIRST_DATA_ROW + i;
    const stage = pick(STAGES);
    let planned = int(10, 600) * 100;
    let plannedCell: unknown = planned;
    if (i === YI_TOTAL) { planned = 25000; plannedCell = '2.5亿'; }
    else if (i === APPROX_TOTAL) { planned = 30000; plannedCell = '约3亿'; }
    else if (i === PENDING_TOTAL) plannedCell = '待定';
    else if (i % 23 === 5) plannedCell = planned.toLocaleString('en-US'); // "30,000" typed as text
    const completed = i === OVER_DONE ? planned + int(1, 50) * 100 : stage === '竣工' ? planned : stage === '前期' ? 0 : Math.round(planned * rnd() * 0.8);
    const annualPlan = stage === '竣工' ? 0 : Math.round(planned * (0.1 + rnd() * 0.3));
    const annualDone = Math.min(completed, Math.round(annualPlan * rnd()));

    const start: Ymd = [int(2023, 2026), int(1, 12), int(1, 28)];
    const end = addMonths(start, i === END_FIRST ? -4 : int(8, 36));
    let startCell: unknown = dateCell(start, i % 2 ? 'yyyy/m/d' : 'yyyy"年"m"月"d"日"');
    let endCell: unknown = dateCell(end, 'yyyy/m/d');
    if (i % 11 === 3) startCell = `${start[0]}/${start[1]}/${start[2]}`; // "2024/5/1" typed as text
    // Month-only dates, as ledgers often write them: text, and a date cell formatted 2024年5月.
    const rough = i % 50;
    if (rough === 7) startCell = `${start[0]}.${start[1]}`;
    else if (rough === 17) startCell = `${start[0]}年${start[1]}月`;
    else if (rough === 27) endCell = `${end[0]}-${String(end[1]).padStart(2, '0')}`;
    else if (rough === 37) startCell = dateCell(start, 'yyyy"年"m"月"');
    if (i === BAD_START) startCell = '明年';
    if ([7, 17, 27, 37].includes(rough) && !ERRORS.includes(i)) out.roughDateRows.push(excelRow);

    const name = i === NO_NAME ? '' : i === HOSTILE ? HOSTILE_NAME : `测试项目${String(i + 1).padStart(4, '0')}`;
    aoa.push([i + 1, name, stage, pick(CATEGORIES), pick(PARKS), plannedCell, annualPlan, annualDone, completed, startCell, endCell,
      pick(PROGRESS), pick(UNITS), pick(ISSUES), `联系人${String.fromCharCode(0x4e00 + int(0, 200))}`, `0376-6${String(int(0, 999999)).padStart(6, '0')}`]);

    if (i !== PENDING_TOTAL) readableSum += planned;
    if (ERRORS.includes(i)) { out.errorRows.push(excelRow); continue; }
    if (i === APPROX_TOTAL || i === OVER_DONE) out.warningRows.push(excelRow);
    if (i === HOSTILE) out.hostileRow = excelRow;
    out.accepted += 1;
    out.totalWan += planned;
    out.names.push(name);
  }
  // 合计 across the first five columns; its 总投资 is the sum of every readable row, so it agrees with the rows.
  out.totalsRow = FIRST_DATA_ROW + PROJECTS;
  aoa.push(['合计', null, null, null, null, readableSum, ...Array(WIDTH - 6).fill(null)]);
  merges.push({ s: { r: out.totalsRow - 1, c: 0 }, e: { r: out.totalsRow - 1, c: 4 } });

  const sheet = XLSX.utils.aoa_to_sheet(aoa);
  sheet['!merges'] = merges;
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '2026年1-10月');
  out.buffer = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
  return out;
}

/** A 1×1 PNG: the bytes of a picture, whatever its name says. */
export const PNG_BYTES = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
