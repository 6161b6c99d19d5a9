// Published monthly snapshots for `npm run bench` (tests/bench/published-run.mjs): data/index.json and one
// YYYY-MM.json per month, as a zone office would copy them beside index.html. Deterministic (a seeded PRNG, never
// Math.random): the same bytes, so the same hashes, every run. The same projects every month (ids, codes,
// names), their completed investment growing and their stage moving on, so comparing two months means something.
//
// The manifest's totals come from the app's own rule (src/projects/months/totals.ts), and everything written is
// parsed with the contract's schemas and its hashes checked before it is used: loaded with tsx, so there is one
// rule and one contract, not a copy of them here. Run alone: node tests/bench/snapshots.mjs <dir> [months] [projects]
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const MANIFEST_FORMAT = 'yudongnan-dashboard/manifest@1';
export const SNAPSHOT_FORMAT = 'yudongnan-dashboard/snapshot@1';
export const DEFAULTS = { months: 24, projects: 2000, newest: '2026-10', seed: 20261031 };

/** mulberry32: a small, fast, seeded PRNG (0 ≤ x < 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad2 = (n) => String(n).padStart(2, '0');
/** Months as one integer (year × 12 + month − 1), so month arithmetic is subtraction. */
const monthIndex = (id) => Number(id.slice(0, 4)) * 12 + Number(id.slice(5, 7)) - 1;
const monthId = (index) => `${Math.floor(index / 12)}-${pad2((index % 12) + 1)}`;
const lastDay = (index) => new Date(Date.UTC(Math.floor(index / 12), (index % 12) + 1, 0)).getUTCDate();
const firstDate = (index) => `${monthId(index)}-01`;
const lastDate = (index) => `${monthId(index)}-${pad2(lastDay(index))}`;

const PLACES = ['长江', '滨湖', '江南', '星海', '青山', '临港', '东湖', '金沙', '龙泉', '翠屏', '云溪', '南湾', '北辰', '西岭', '锦绣', '天府', '白鹭', '凤凰', '银河', '紫荆'];
const SUBJECTS = ['智能装备', '新能源电池', '光伏组件', '储能系统', '集成电路', '生物制药', '医疗器械', '数据中心', '工业互联网', '人工智能', '新材料', '氢能', '智慧物流', '冷链仓储', '汽车零部件', '精密制造', '软件园', '科创孵化', '检验检测', '电子信息', '绿色建材', '节能环保', '现代农业', '文旅融合', '总部经济'];
const KINDS = ['产业园', '生产基地', '研发中心', '示范项目', '产业化项目', '扩建工程', '综合体', '配套工程'];
const CATEGORIES = ['先进制造', '新能源', '数字经济', '生物医药', '现代服务', '基础设施'];
const PARKS = ['高新片区', '临港片区', '东湖片区', '科学城', '综合保税区'];
const UNITS = ['经济发展局', '科技创新局', '招商服务中心', '建设管理局', '自然资源分局', '产业发展集团', '城投公司', '园区运营公司'];
const SUBJECT_CATEGORY = [0, 1, 1, 1, 2, 3, 3, 2, 2, 2, 0, 1, 4, 4, 0, 0, 2, 4, 4, 2, 5, 5, 5, 4, 4];
const SHEET_HEADER_ROWS = 4; // title, unit, a two-row header: the first project is on row 5

/** The projects, drawn once: who they are and how each one's work runs (all months derive from this). */
function drawProjects(random, count, first, newest) {
  const combos = [];
  for (let p = 0; p < PLACES.length; p++) for (let s = 0; s < SUBJECTS.length; s++) for (let k = 0; k < KINDS.length; k++) combos.push([p, s, k]);
  for (let i = combos.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [combos[i], combos[j]] = [combos[j], combos[i]];
  }
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  return Array.from({ length: count }, (_, i) => {
    const [p, s, k] = combos[i % combos.length];
    const phase = i >= combos.length ? `（${Math.floor(i / combos.length) + 1}期）` : '';
    // Starts from three years before the first month to a year after the newest: some long under way, some
    // finishing within the window, some still being prepared.
    const startIdx = int(first - 36, newest + 12);
    const months = int(12, 48);
    const size = random();
    const plannedWan = Math.max(500, Math.round((size < 0.7 ? 2000 + size * 40000 : 30000 + (size - 0.7) * 600000) / 10) * 10);
    // Pace against the schedule: most near 1, some late (behind), a few stalled.
    const pace = random() < 0.12 ? 0.25 + random() * 0.35 : 0.8 + random() * 0.4;
    return {
      id: `XM${Math.floor(startIdx / 12)}-${String(i + 1).padStart(4, '0')}`, // a 项目编号: start year, serial
      name: `${PLACES[p]}${SUBJECTS[s]}${KINDS[k]}${phase}`,
      category: CATEGORIES[SUBJECT_CATEGORY[s]],
      park: PARKS[int(0, PARKS.length - 1)],
      unit: UNITS[int(0, UNITS.length - 1)],
      startIdx, months, plannedWan, pace, seed: int(1, 2 ** 31 - 1),
    };
  });
}

/**
 * Completed investment of one project at the end of every month from `from` to `to` (an array indexed by month −
 * from): monthly steps at the project's pace, each jittered, so it grows unevenly and never falls.
 */
function completedSeries(project, from, to) {
  const random = prng(project.seed);
  const out = [];
  let done = 0;
  for (let m = from; m <= to; m++) {
    if (m >= project.startIdx && done < project.plannedWan) {
      const step = (project.plannedWan / project.months) * project.pace * (0.3 + random() * 1.4);
      done = Math.min(project.plannedWan, done + Math.round(step));
    }
    out.push(done);
  }
  return out;
}

function stageAt(project, m, done) {
  if (done >= project.plannedWan) return { stage: 'completed', stageText: '竣工' };
  if (m >= project.startIdx) return { stage: 'construction', stageText: m - project.startIdx < 12 ? '新建' : '续建' };
  const ahead = project.startIdx - m;
  if (ahead > 8) return { stage: 'planning', stageText: '前期' };
  if (ahead > 4) return { stage: 'signed', stageText: '签约' };
  return { stage: 'approval', stageText: '审批' };
}

/** The plan's share of a project's months that fall in the given calendar year. */
function yearShare(project, year) {
  const from = Math.max(project.startIdx, year * 12);
  const to = Math.min(project.startIdx + project.months - 1, year * 12 + 11);
  return to < from ? 0 : (to - from + 1) / project.months;
}

const PROGRESS = { planning: '开展前期研究', signed: '已签订投资协议', approval: '办理用地及规划审批', construction: '主体施工', completed: '已竣工验收' };

function projectsResponse(projects, series, m, base, asOf, source) {
  const year = Math.floor(m / 12);
  const items = projects.map((project, i) => {
    const done = series[i][m - base];
    const yearStart = year * 12 - 1 - base; // December of the year before, in the series
    const before = yearStart >= 0 ? series[i][yearStart] : 0;
    const { stage, stageText } = stageAt(project, m, done);
    return {
      id: project.id,
      code: project.id,
      name: { zh: project.name },
      category: project.category,
      park: project.park,
      stage,
      stageText,
      plannedWan: project.plannedWan,
      completedWan: done,
      annualPlanWan: Math.round(project.plannedWan * yearShare(project, year)),
      annualCompletedWan: done - before,
      start: firstDate(project.startIdx),
      end: lastDate(project.startIdx + project.months - 1),
      milestones: [],
      responsibleUnit: { zh: project.unit },
      provenance: 'documented',
      row: { sheet: `${year}年`, row: SHEET_HEADER_ROWS + 1 + i },
      progressText: PROGRESS[stage],
    };
  });
  const used = (list, key) => list.filter((id) => items.some((p) => p[key] === id));
  const categories = used(CATEGORIES, 'category');
  return {
    asOf,
    source,
    documented: {
      count: { value: items.length, unit: 'count', qualifier: 'exact', provenance: 'derived', formula: { zh: '台账中的项目行数', en: 'project rows of the ledger' } },
      total: {
        value: items.reduce((sum, p) => sum + p.plannedWan, 0), unit: 'wan-yuan', qualifier: 'exact', provenance: 'derived',
        formula: { zh: '各项目「总投资」之和', en: 'sum of the rows’ total investment' },
      },
      categories: { value: categories.length, unit: 'count', qualifier: 'exact', provenance: 'derived', formula: { zh: '台账中不同的项目类别数', en: 'distinct categories in the ledger' } },
    },
    categories: categories.map((id) => ({ id, name: { zh: id }, provenance: 'documented' })),
    parks: used(PARKS, 'park').map((id) => ({ id, name: { zh: id }, provenance: 'documented' })),
    named: [],
    total: items.length,
    items,
  };
}

export const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/**
 * Every file of a published data/ folder, in memory: `files` maps a name (index.json, 2026-10.json…) to its exact
 * bytes. `monthTotals(items, asOf)` is the app's rule for the manifest's totals (src/projects/months/totals.ts).
 * @param {{ months?: number, projects?: number, newest?: string, seed?: number }} options
 * @param {{ monthTotals: (items: unknown[], asOf: string) => unknown }} contract
 */
export function buildSnapshots(options, { monthTotals }) {
  const { months, projects: count, newest, seed } = { ...DEFAULTS, ...options };
  const last = monthIndex(newest);
  const first = last - months + 1;
  const random = prng(seed);
  const projects = drawProjects(random, count, first, last);
  // From a year before the first month: a year's completed investment needs the December before it.
  const base = first - 12;
  const series = projects.map((project) => completedSeries(project, base, last));
  const files = new Map();
  const entries = [];
  for (let m = last; m >= first; m--) {
    const month = monthId(m);
    const asOf = lastDate(m);
    const [year, mm] = [Math.floor(m / 12), (m % 12) + 1];
    const source = {
      kind: 'ledger',
      title: { zh: `基准测试高新区重点项目建设进度台账（${year}年1-${mm}月）` },
      by: { zh: '基准测试高新区管委会' },
      date: asOf,
      reference: `重点项目台账${year}年${mm}月.xlsx`,
    };
    const projectsOfMonth = projectsResponse(projects, series, m, base, asOf, source);
    const snapshot = { format: SNAPSHOT_FORMAT, month, asOf, source, resources: { projects: projectsOfMonth } };
    const file = `${month}.json`;
    const bytes = Buffer.from(JSON.stringify(snapshot), 'utf8');
    files.set(file, bytes);
    entries.push({ month, asOf, source, file, sha256: sha256(bytes), totals: monthTotals(projectsOfMonth.items, asOf) });
  }
  const manifest = { format: MANIFEST_FORMAT, months: entries };
  files.set('index.json', Buffer.from(JSON.stringify(manifest), 'utf8'));
  return { manifest, files };
}

/**
 * Parses every file with the contract's schemas and checks what the app checks (published.ts): hash, month,
 * as-of date; throws on the first problem. `sha256Hex` is the app's own (src/api/sha256.ts).
 */
export async function verifySnapshots({ files }, { manifestSchema, snapshotSchema, sha256Hex }) {
  const issue = (r) => `${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message}`;
  const parsed = manifestSchema.safeParse(JSON.parse(files.get('index.json').toString('utf8')));
  if (!parsed.success) throw new Error(`data/index.json: ${issue(parsed)}`);
  for (const entry of parsed.data.months) {
    const bytes = files.get(entry.file);
    if (!bytes) throw new Error(`data/${entry.file}: listed but not written`);
    if ((await sha256Hex(new Uint8Array(bytes))) !== entry.sha256) throw new Error(`data/${entry.file}: hash differs from the manifest's`);
    const snapshot = snapshotSchema.safeParse(JSON.parse(bytes.toString('utf8')));
    if (!snapshot.success) throw new Error(`data/${entry.file}: ${issue(snapshot)}`);
    if (snapshot.data.month !== entry.month || snapshot.data.asOf !== entry.asOf) throw new Error(`data/${entry.file}: month or asOf differs from the manifest's`);
    if (snapshot.data.resources.projects.total !== snapshot.data.resources.projects.items.length) throw new Error(`data/${entry.file}: total is not items.length`);
  }
  return parsed.data;
}

/** The app's schemas, totals rule and hash, loaded from src/ with tsx (its tsconfig paths: @/…). */
export async function loadContract() {
  const { tsImport } = await import('tsx/esm/api');
  const options = { parentURL: import.meta.url, tsconfig: join(ROOT, 'tsconfig.json') };
  const load = (path) => tsImport(pathToFileURL(join(ROOT, path)).href, options);
  // Before any schema is built, as in the app (src/main.tsx).
  await load('src/lib/zod-jitless.ts');
  const [schemas, totals, hash] = await Promise.all([load('src/contract/schemas/snapshot.ts'), load('src/projects/months/totals.ts'), load('src/api/sha256.ts')]);
  return { manifestSchema: schemas.manifestSchema, snapshotSchema: schemas.snapshotSchema, monthTotals: totals.monthTotals, sha256Hex: hash.sha256Hex };
}

/**
 * Writes a fresh, checked data/ folder into `dir` (replacing it). @returns the manifest, file sizes and timings.
 * @param {string} dir
 * @param {{ months?: number, projects?: number, newest?: string, seed?: number }} [options]
 */
export async function writeSnapshots(dir, options = {}) {
  const started = performance.now();
  const contract = await loadContract();
  const built = buildSnapshots(options, contract);
  const builtMs = performance.now() - started;
  await verifySnapshots(built, contract);
  const verifiedMs = performance.now() - started - builtMs;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, bytes] of built.files) writeFileSync(join(dir, name), bytes);
  const sizes = Object.fromEntries([...built.files].map(([name, bytes]) => [name, bytes.length]));
  return { manifest: built.manifest, sizes, builtMs, verifiedMs };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [dir = join(ROOT, '.e2e-tmp', 'bench-data'), months, projects] = process.argv.slice(2);
  const options = { ...(months ? { months: Number(months) } : {}), ...(projects ? { projects: Number(projects) } : {}) };
  const { manifest, sizes, builtMs, verifiedMs } = await writeSnapshots(dir, options);
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  console.log(`${manifest.months.length} months (${manifest.months.at(-1).month} … ${manifest.months[0].month}) → ${dir}: `
    + `${(total / 1e6).toFixed(1)} MB, newest ${(sizes[manifest.months[0].file] / 1e6).toFixed(2)} MB; built in ${Math.round(builtMs)} ms, checked in ${Math.round(verifiedMs)} ms`);
}
