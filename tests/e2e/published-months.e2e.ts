// Journey: the zone office publishes its monthly ledger for everyone, month after month, and the site shows it.
// A planner imports September's ledger (导入台账), publishes it (发布… → 发布月度数据) and downloads 2026-09.json
// and index.json; a month later imports October's, publishes it on top of September's index.json (dropped into
// the dialog) and downloads 2026-10.json and the new index.json. The four files go into data/ beside a copy of the
// production build on a plain static host, and a fresh browser with no stored ledger shows the newest month, what
// changed since September project by project (each change a link to exactly its projects), the trend of both
// months, and September as it was through the month picker. A corrupted snapshot and a malformed index.json are
// named on the page, never a blank one. The two ledgers are written in node (lib/months-fixture.ts), designed so
// every project's change is known in advance.
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import dataset from '../../seeds/dataset.json';
import { formatMoneyWan } from '../../src/lib/format';
import { expectAccessible } from './lib/axe';
import { TMP } from './lib/build.mjs';
import { EXPECT } from './lib/expectations.mjs';
import { XLSX_MIME } from './lib/ledger-fixture';
import { makeMonths, STATUS_ZH, type Kind, type MonthLedger } from './lib/months-fixture';
import { openJourney, unexpectedProblems, withQuery, type Journey } from './lib/page';
import { rowNames } from './lib/planner';
import { startStaticServer, type StaticServer } from './lib/static-server.mjs';
import { normaliseText, readerText, scrollThrough, tokenPattern, useBrowser } from './lib/steps';

const MONTHS = makeMonths();
const { sep: SEP, oct: OCT } = MONTHS;
const money = (wan: number) => formatMoneyWan(wan, 'zh');
const DEMO_TOTAL = money(dataset.projects.documented.total.value);

const COPY = {
  open: '导入台账', choose: '选择台账文件', report: '检查结果', importN: (n: number) => `导入 ${n} 个项目`,
  publish: '发布…', dialog: '发布月度数据', chooseOld: '选择网站上现有的 index.json', download: (file: string) => `下载 ${file}`,
  hostNone: '本站尚未发布月度数据，这将是第一个月份。',
  fileAdd: (name: string, n: number, list: string, month: string) => `「${name}」列出${n}个月份：${list}，将新增${month}。`,
  localNote: (file: string) => `项目数据来自本机导入的台账「${file}」`,
  localWins: '本机的本地台账优先于本站已发布的月度数据',
  publishedNote: (month: string) => `项目数据为已发布的${month}台账`,
  picker: '月份', newest: (month: string) => `${month}（最新）`,
  changes: (month: string) => `较上月（${month}）`,
  gone: '上月有、本月未列的项目', byName: '按项目名称与责任单位匹配两个月的项目',
  link: (n: number) => `查看这${n}个项目`,
  trend: '逐月累计完成投资与项目状态', illustrativeProgress: '计划与完成投资（累计）',
  total: '总投资', tab: '项目清单', list: '项目清单，点击列标题排序', count: (n: number, of: number) => `显示 ${n} / ${of} 个项目`,
  changeColumn: '较上月', changeFilter: '较上月',
  hash: (file: string) => `已发布的数据文件 ${file} 与 data/index.json 记录的内容哈希不符`,
  notJson: (file: string) => `已发布的数据文件 ${file} 不是有效的 JSON 数据。`,
} as const;

/** The tiles of 较上月, in the order the section shows them, and what each must say. */
const TILES: { kind: Kind; title: string; figure: string }[] = [
  { kind: 'invested', title: '本月新增完成投资', figure: money(MONTHS.investedWan) },
  { kind: 'started', title: '新开工', figure: String(MONTHS.kinds.started.length) },
  { kind: 'worsened', title: '转为预警/滞后', figure: String(MONTHS.kinds.worsened.length) },
  { kind: 'recovered', title: '恢复正常', figure: String(MONTHS.kinds.recovered.length) },
  { kind: 'added', title: '新列入', figure: String(MONTHS.kinds.added.length) },
  { kind: 'decreased', title: '累计完成减少', figure: String(MONTHS.kinds.decreased.length) },
];

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const sorted = (xs: readonly string[]) => [...xs].sort();

// ── What the planner's journey leaves for the site: the files exactly as downloaded. ────────────────────────────
interface Published { sep: Buffer; oct: Buffer; index: Buffer }
let published: Published | undefined;
const files = (): Published => {
  if (!published) throw new Error('the publishing journey (the first test) did not produce the files: run it first, and see why it failed');
  return published;
};

// ── Steps ─────────────────────────────────────────────────────────────────────────────────────────────────────
/** 导入台账 → the dialog → the ledger chosen → its report → imported. */
async function importLedger(page: Page, ledger: MonthLedger): Promise<void> {
  await page.getByRole('button', { name: COPY.open, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: COPY.open });
  await dialog.getByLabel(COPY.choose).setInputFiles({ name: ledger.fileName, mimeType: XLSX_MIME, buffer: ledger.buffer });
  await dialog.getByRole('heading', { name: COPY.report, exact: true }).waitFor({ timeout: 30_000 });
  expect(await dialog.getByLabel('数据截至').inputValue(), `${ledger.label}: 数据截至 from the title`).toBe(ledger.asOf);
  await dialog.getByRole('button', { name: COPY.importN(ledger.projects.length), exact: true }).click();
  await dialog.waitFor({ state: 'hidden', timeout: 20_000 });
  await page.getByRole('banner').getByText(`数据截至 ${ledger.asOfText}`).first().waitFor({ timeout: 20_000 });
  await page.getByRole('note').filter({ hasText: COPY.localNote(ledger.fileName) }).waitFor();
}

async function openPublish(page: Page): Promise<Locator> {
  await page.getByRole('note').getByRole('button', { name: COPY.publish, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: COPY.dialog });
  await dialog.waitFor({ timeout: 20_000 });
  return dialog;
}

/** The dialog's facts (报告月份, 数据截至, 项目数, 总投资) as term → definition. */
async function factsOf(dialog: Locator): Promise<Record<string, string>> {
  return dialog.locator('dl').evaluate((dl) => {
    const out: Record<string, string> = {};
    for (const dt of dl.querySelectorAll('dt')) out[(dt.textContent ?? '').trim()] = (dt.nextElementSibling?.textContent ?? '').trim();
    return out;
  });
}

async function download(page: Page, button: Locator): Promise<{ download: Download; bytes: Buffer }> {
  const [got] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), button.click()]);
  return { download: got, bytes: await readFile(await got.path()) };
}

const statusLine = (dialog: Locator, text: string) => dialog.getByRole('status').filter({ hasText: text }).waitFor({ timeout: 20_000 });

interface ManifestEntry { month: string; asOf: string; file: string; sha256: string; totals: { count: number; plannedWan: number; completedWan: number; status: Record<string, number> } }
const manifestOf = (bytes: Buffer) => JSON.parse(bytes.toString('utf8')) as { format: string; months: ManifestEntry[] };

/** The month's entry must describe the month: its file, its as-of date, the hash of its bytes, its totals. */
function expectEntry(entry: ManifestEntry | undefined, ledger: MonthLedger, snapshot: Buffer): void {
  expect(entry, `index.json lists ${ledger.month}`).toBeDefined();
  expect(entry).toMatchObject({ month: ledger.month, asOf: ledger.asOf, file: `${ledger.month}.json`, sha256: sha256(snapshot) });
  expect(entry!.totals, `${ledger.month} totals in index.json`).toMatchObject({
    count: ledger.projects.length, plannedWan: ledger.totalWan, completedWan: ledger.completedWan, status: ledger.status,
  });
}

const kpiTile = (page: Page, title: string) => page.getByRole('region', { name: EXPECT.zh.kpiRegion, exact: true })
  .getByRole('article').filter({ has: page.getByRole('heading', { name: title, exact: true }) });

async function expectHeadline(page: Page, ledger: MonthLedger): Promise<void> {
  const tile = kpiTile(page, COPY.total);
  await expect.poll(() => readerText(tile), { timeout: 20_000, message: `${ledger.label}: 总投资 tile` }).toContain(money(ledger.totalWan));
  // The count under it (a 计算值 mark may stand between the figure and its words).
  const text = await readerText(tile);
  expect(text.replace(/ ?计算值 ?/g, ' ')).toMatch(tokenPattern(String(ledger.projects.length), '% 个项目'));
}

const picker = (page: Page) => page.getByRole('banner').getByRole('combobox', { name: COPY.picker, exact: true });
const changesRegion = (page: Page, month: string) => page.getByRole('region', { name: COPY.changes(month), exact: true });
/** The overview's first line (a heading): 截至<date>：…, the month's own date. */
const verdict = (page: Page, ledger: MonthLedger) => page.getByRole('heading', { level: 2 }).filter({ hasText: `截至${ledger.asOfText}：` });

/** Every row of the (virtualised) projects table as column heading → cell text, read as it scrolls past. */
async function tableRows(box: Locator): Promise<Record<string, string>[]> {
  return box.evaluate(async (el) => {
    const text = (cell: Element) => {
      const copy = cell.cloneNode(true) as Element;
      for (const hidden of copy.querySelectorAll('[aria-hidden="true"], [role="tooltip"]')) hidden.remove();
      for (const br of copy.querySelectorAll('br')) br.replaceWith(' ');
      return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    };
    const heads = [...el.querySelectorAll('thead th')].map(text);
    const seen = new Map<number, string[]>();
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 40)));
    el.scrollTop = 0;
    for (let step = 0; step < 500; step += 1) {
      await frame();
      // The projects table numbers its rows (aria-rowindex: virtualised); a plain table's rows are in order.
      [...el.querySelectorAll('tbody > tr:not([aria-hidden="true"])')].forEach((row, i) => {
        seen.set(Number(row.getAttribute('aria-rowindex') ?? i + 2), [...row.children].map(text));
      });
      if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1) break;
      el.scrollTop += Math.max(40, el.clientHeight * 0.8);
    }
    el.scrollTop = 0;
    return [...seen].sort((a, b) => a[0] - b[0]).map(([, cells]) => Object.fromEntries(heads.map((h, i) => [h, cells[i] ?? ''])));
  });
}

/** The projects list now shows exactly these names (a name the ledger has twice, twice). */
async function expectListed(page: Page, names: readonly string[], of: number): Promise<void> {
  await page.getByText(COPY.count(names.length, of), { exact: true }).waitFor({ timeout: 20_000 });
  // A row let in with a warning carries a ⚠ after its name (the second 数字经济大厦: a name seen before).
  const listed = (await rowNames(page.getByRole('region', { name: COPY.list }))).map((name) => name.replace(/⚠$/, ''));
  expect(sorted(listed), 'the projects listed').toEqual(sorted(names));
}

// ── The published site: a copy of the demo build with the four files in data/, on a plain static host. ─────────
const servers: StaticServer[] = [];
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A fresh copy of the demo build (as global-setup served it) with `data` written into data/, served under its own sub-path. */
async function publishedSite(name: string, data: Record<string, Buffer | string>): Promise<StaticServer> {
  const root = await mkdtemp(join(tmpdir(), `months-${name}-`));
  dirs.push(root);
  await cp(join(TMP, 'build-demo'), root, { recursive: true });
  for (const [file, bytes] of Object.entries(data)) await writeFile(join(root, 'data', file), bytes);
  const server = await startStaticServer({ root, basePath: `/yudongnan/${name}/` });
  servers.push(server);
  return server;
}

let site: StaticServer | undefined;
async function theSite(): Promise<StaticServer> {
  const { sep, oct, index } = files();
  site ??= await publishedSite('published', { '2026-09.json': sep, '2026-10.json': oct, 'index.json': index });
  return site;
}

/** A fresh browser (no stored ledger), on the published site. */
const visit = async (browser: Browser, url: string): Promise<Journey> => {
  const journey = await openJourney(browser, url);
  await journey.page.getByRole('heading', { level: 1 }).waitFor();
  return journey;
};

describe('publishing the monthly ledger: two months, the files on a static host, and the site showing them', () => {
  const browser = useBrowser();

  it('imports September and publishes it, then October on top of September\'s index.json: four files, newest first', async () => {
    const journey = await openJourney(browser(), inject('demoUrl'));
    const { page } = journey;

    // ── Month 1: September. The host ships an empty index.json: nothing is published yet.
    await importLedger(page, SEP);
    let dialog = await openPublish(page);
    expect(await factsOf(dialog), 'what is about to be published').toEqual({
      报告月份: SEP.label, 数据截至: SEP.asOfText, 项目数: `${SEP.projects.length} 个`, 总投资: money(SEP.totalWan),
    });
    await statusLine(dialog, COPY.hostNone);
    await expectAccessible(page, 'publish dialog');
    const sepFile = await download(page, dialog.getByRole('button', { name: COPY.download('2026-09.json'), exact: true }));
    expect(sepFile.download.suggestedFilename()).toBe('2026-09.json');
    const sepIndex = await download(page, dialog.getByRole('button', { name: COPY.download('index.json'), exact: true }));
    expect(sepIndex.download.suggestedFilename()).toBe('index.json');

    const sepSnapshot = JSON.parse(sepFile.bytes.toString('utf8')) as { format: string; month: string; asOf: string; source: { local?: boolean }; resources: { projects: { items: { name: { zh: string } }[] } } };
    expect(sepSnapshot).toMatchObject({ format: 'yudongnan-dashboard/snapshot@1', month: '2026-09', asOf: SEP.asOf });
    expect(sepSnapshot.source.local, 'a published snapshot is nobody\'s local copy').toBeUndefined();
    expect(sorted(sepSnapshot.resources.projects.items.map((p) => p.name.zh)), 'September\'s projects in its snapshot').toEqual(sorted(SEP.projects.map((p) => p.name)));
    const first = manifestOf(sepIndex.bytes);
    expect(first.format).toBe('yudongnan-dashboard/manifest@1');
    expect(first.months.map((m) => m.month), 'the first index.json').toEqual(['2026-09']);
    expectEntry(first.months[0], SEP, sepFile.bytes);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    // ── Month 2: October, in the same browser a month later. The host still has nothing published, so the
    // planner drops September's index.json (as the site has it) into the dialog.
    await importLedger(page, OCT);
    dialog = await openPublish(page);
    expect(await factsOf(dialog)).toEqual({
      报告月份: OCT.label, 数据截至: OCT.asOfText, 项目数: `${OCT.projects.length} 个`, 总投资: money(OCT.totalWan),
    });
    await statusLine(dialog, COPY.hostNone);
    await dialog.getByLabel(COPY.chooseOld).setInputFiles({ name: 'index.json', mimeType: 'application/json', buffer: sepIndex.bytes });
    await statusLine(dialog, COPY.fileAdd('index.json', 1, SEP.label, OCT.label));
    const octFile = await download(page, dialog.getByRole('button', { name: COPY.download('2026-10.json'), exact: true }));
    expect(octFile.download.suggestedFilename()).toBe('2026-10.json');
    const octIndex = await download(page, dialog.getByRole('button', { name: COPY.download('index.json'), exact: true }));

    const both = manifestOf(octIndex.bytes);
    expect(both.months.map((m) => m.month), 'the new index.json: both months, newest first').toEqual(['2026-10', '2026-09']);
    expectEntry(both.months[0], OCT, octFile.bytes);
    expectEntry(both.months[1], SEP, sepFile.bytes);
    expect(both.months[1], 'September\'s entry carried over unchanged').toEqual(first.months[0]);

    published = { sep: sepFile.bytes, oct: octFile.bytes, index: octIndex.bytes };
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });

  it('a plain static host with the files in data/ serves them as JSON, and a fresh browser shows October, what changed since September, and the trend', async () => {
    const server = await theSite();
    for (const file of ['index.json', '2026-10.json', '2026-09.json']) {
      const res = await fetch(`${server.url}data/${file}`);
      expect(res.status, `data/${file}`).toBe(200);
      expect(res.headers.get('content-type'), `data/${file} is served as JSON`).toMatch(/^application\/json\b/);
      expect(Buffer.from(await res.arrayBuffer()).equals(files()[file === 'index.json' ? 'index' : file === '2026-10.json' ? 'oct' : 'sep']), `data/${file} as published`).toBe(true);
    }

    const journey = await visit(browser(), server.url);
    const { page } = journey;
    const banner = page.getByRole('banner');

    // The header: October's date and source, the published note; neither the demo's note nor a local ledger's.
    await banner.getByText(`数据截至 ${OCT.asOfText}`).first().waitFor({ timeout: 20_000 });
    const header = normaliseText(await banner.innerText());
    expect(header, 'the source line names the ledger').toContain(OCT.title);
    expect(header, 'the source line names the ledger\'s file').toContain(OCT.fileName);
    // 数据截至 leads with the projects' date; the other parts (the letter's figures) follow with their own.
    expect(header.match(/数据截至 (\S+?日)/)?.[1], 'the header\'s first 数据截至').toBe(OCT.asOfText);
    await page.getByRole('note').filter({ hasText: COPY.publishedNote(OCT.label) }).waitFor();
    expect(await page.getByRole('note').filter({ hasText: EXPECT.zh.demoNote }).count(), 'the demo note').toBe(0);
    expect(await page.getByRole('note').filter({ hasText: '本机导入的台账' }).count(), 'a local ledger\'s note').toBe(0);
    expect(new URL(page.url()).searchParams.get('month'), 'the newest month is the plain address').toBeNull();

    // 月份: both months, the newest first and marked, chosen.
    const select = picker(page);
    await select.waitFor();
    expect(await select.locator('option').evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent]))).toEqual([
      ['', COPY.newest(OCT.label)], ['2026-09', SEP.label],
    ]);
    expect(await select.inputValue()).toBe('');
    await expectHeadline(page, OCT);

    // 较上月（2026年9月）: each tile's figure and its link to exactly its projects.
    const changes = changesRegion(page, SEP.label);
    await changes.waitFor({ timeout: 20_000 });
    const titles = await changes.getByRole('article').getByRole('heading').allInnerTexts();
    expect(titles.map(normaliseText), 'the tiles, in order').toEqual(TILES.map((t) => t.title));
    for (const { kind, title, figure } of TILES) {
      const tile = changes.getByRole('article').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
      const text = await readerText(tile);
      expect(text, `${title}: its figure`).toMatch(tokenPattern(figure, `${title} %`));
      const n = MONTHS.kinds[kind].length;
      const link = tile.getByRole('link', { name: COPY.link(n), exact: true });
      const href = new URL((await link.getAttribute('href'))!, server.url);
      expect(Object.fromEntries(href.searchParams), `${title}: its link`).toEqual({ view: 'projects', change: kind });
    }
    expect(normaliseText(await changes.innerText())).toContain(COPY.byName);
    const gone = changes.locator('details').filter({ hasText: COPY.gone });
    await gone.locator('summary').click();
    expect(normaliseText(await gone.locator('summary').innerText())).toBe(`${COPY.gone}（${MONTHS.gone.length}）`);
    expect(sorted((await gone.getByRole('listitem').allInnerTexts()).map(normaliseText)), 'the projects gone since September')
      .toEqual(sorted(MONTHS.gone.map((p) => `${p.name} · ${p.unit}`)));

    // The verdict says it in one sentence too.
    const k = MONTHS.kinds;
    expect(normaliseText(await verdict(page, OCT).innerText()), 'the verdict\'s 较上月 clause').toContain(
      `${COPY.changes(SEP.label)}本月新增完成投资${money(MONTHS.investedWan)}、新开工${k.started.length}个、转为预警/滞后${k.worsened.length}个、恢复正常${k.recovered.length}个`,
    );

    // The trend of the published months replaces the illustrative progress curve; its table has both months' totals.
    await scrollThrough(page);
    const trend = page.getByRole('region', { name: COPY.trend });
    await trend.first().waitFor({ timeout: 20_000 });
    expect(await page.getByRole('heading', { name: COPY.illustrativeProgress }).count(), 'the illustrative progress chart').toBe(0);
    await trend.first().scrollIntoViewIfNeeded();
    await trend.first().getByRole('button', { name: EXPECT.zh.tableToggle, exact: true }).click();
    const table = trend.first().getByRole('table');
    await table.waitFor();
    const trendRows = await tableRows(table);
    for (const ledger of [SEP, OCT]) {
      const row = trendRows.find((r) => r['月份']?.startsWith(ledger.label));
      expect(row, `the trend table's ${ledger.label}`).toBeDefined();
      // Headings carry the panel's mark after their words (项目总数 计算值): found by how they begin.
      // …and so do the amounts (8亿元 计算值): the figure is what comes before it.
      const col = (heading: string) => Object.entries(row!).find(([h]) => h === heading || h.startsWith(`${heading} `))?.[1]?.replace(/ ?计算值$/, '');
      expect(col('总投资（计划）'), `${ledger.label} 总投资`).toBe(money(ledger.totalWan));
      expect(col('累计完成投资'), `${ledger.label} 累计完成投资`).toBe(money(ledger.completedWan));
      expect(col('项目总数'), `${ledger.label} 项目总数`).toBe(String(ledger.projects.length));
      for (const [status, n] of Object.entries(ledger.status)) expect(col(STATUS_ZH[status as keyof typeof STATUS_ZH]), `${ledger.label} ${status}`).toBe(String(n));
    }

    await expectAccessible(page, 'published site, newest month');
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });

  it('a change link opens exactly its projects, with 较上月 in the list; the 较上月 filter picks the others', async () => {
    const server = await theSite();
    const journey = await visit(browser(), server.url);
    const { page } = journey;
    const n = OCT.projects.length;

    const worsened = changesRegion(page, SEP.label).getByRole('article').filter({ has: page.getByRole('heading', { name: '转为预警/滞后', exact: true }) });
    await worsened.getByRole('link', { name: COPY.link(MONTHS.kinds.worsened.length), exact: true }).click();
    await expect.poll(() => Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ view: 'projects', change: 'worsened' });
    await expectListed(page, MONTHS.kinds.worsened, n);
    const filter = page.getByRole('combobox', { name: COPY.changeFilter, exact: true });
    expect(await filter.inputValue(), 'the 较上月 filter says what is shown').toBe('worsened');

    // The list's 较上月 column says what moved, project by project.
    const box = page.getByRole('region', { name: COPY.list });
    const cell = (rows: Record<string, string>[]) => Object.fromEntries(rows.map((r) => [`${r['项目名称']?.replace(/⚠$/, '')}|${r['责任单位']}`, r[COPY.changeColumn]]));
    const worsenedRows = await tableRows(box);
    expect(Object.keys(worsenedRows[0] ?? {}), 'the 较上月 column, after 累计完成投资').toContain(COPY.changeColumn);
    expect(cell(worsenedRows)).toEqual(Object.fromEntries(Object.entries(MONTHS.column).filter(([key]) => MONTHS.kinds.worsened.includes(key.split('|')[0]!))));

    for (const kind of ['added', 'started', 'recovered', 'invested', 'decreased', 'changed'] as const) {
      await filter.selectOption(kind);
      await expect.poll(() => new URL(page.url()).searchParams.get('change')).toBe(kind);
      await expectListed(page, MONTHS.kinds[kind], n);
    }
    await filter.selectOption('');
    await expect.poll(() => new URL(page.url()).searchParams.get('change')).toBeNull();
    await page.getByText(COPY.count(n, n), { exact: true }).waitFor();
    expect(cell(await tableRows(box)), 'every project\'s 较上月').toEqual(MONTHS.column);

    await expectAccessible(page, 'published site, projects list with 较上月');
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });

  it('the picker shows September as it was: its date, its totals, no change since a month before it', async () => {
    const server = await theSite();
    const journey = await visit(browser(), server.url);
    const { page } = journey;
    const banner = page.getByRole('banner');
    await changesRegion(page, SEP.label).waitFor({ timeout: 20_000 });

    await picker(page).selectOption({ label: SEP.label });
    await expect.poll(() => new URL(page.url()).searchParams.get('month')).toBe('2026-09');
    await banner.getByText(`数据截至 ${SEP.asOfText}`).first().waitFor({ timeout: 20_000 });
    expect(normaliseText(await banner.innerText())).toContain(SEP.title);
    await page.getByRole('note').filter({ hasText: COPY.publishedNote(SEP.label) }).waitFor();
    expect(await picker(page).inputValue()).toBe('2026-09');
    await expectHeadline(page, SEP);
    // September is the oldest: nothing to compare it with, so no change is claimed anywhere.
    await expect.poll(() => page.getByRole('region', { name: /^较上月/ }).count(), { message: 'the 较上月 section' }).toBe(0);
    expect(normaliseText(await verdict(page, SEP).innerText()), 'the verdict').not.toContain('较上月');

    // Its projects list: September's projects, without a 较上月 column or filter.
    await page.getByRole('link', { name: COPY.tab, exact: true }).click();
    await expectListed(page, SEP.projects.map((p) => p.name), SEP.projects.length);
    expect(new URL(page.url()).searchParams.get('month'), 'the month stays in the address').toBe('2026-09');
    expect(await page.getByRole('columnheader', { name: COPY.changeColumn }).count()).toBe(0);
    expect(await page.getByRole('combobox', { name: COPY.changeFilter, exact: true }).count()).toBe(0);

    // The address alone opens September too, in a browser that never saw the picker.
    const direct = await visit(browser(), withQuery(server.url, { month: '2026-09' }));
    await direct.page.getByRole('banner').getByText(`数据截至 ${SEP.asOfText}`).first().waitFor({ timeout: 20_000 });
    await expectHeadline(direct.page, SEP);
    expect(unexpectedProblems(direct.problems)).toEqual([]);
    await direct.close();

    // Back to the newest: the plain address again.
    await picker(page).selectOption({ label: COPY.newest(OCT.label) });
    await expect.poll(() => new URL(page.url()).searchParams.get('month')).toBeNull();
    await banner.getByText(`数据截至 ${OCT.asOfText}`).first().waitFor({ timeout: 20_000 });
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });

  it('a snapshot whose bytes no longer match index.json is named on the page, and September still opens', async () => {
    const { sep, oct, index } = files();
    // One digit of one amount changed: still valid JSON, still the contract's shape, no longer what index.json hashed.
    const text = oct.toString('utf8');
    const at = text.indexOf('"completedWan":') + '"completedWan":'.length;
    const flipped = Buffer.from(`${text.slice(0, at)}${text[at] === '9' ? '1' : '9'}${text.slice(at + 1)}`, 'utf8');
    expect(flipped.equals(oct)).toBe(false);
    const server = await publishedSite('corrupted', { '2026-09.json': sep, '2026-10.json': flipped, 'index.json': index });

    const journey = await visit(browser(), server.url);
    const { page } = journey;
    const panels = await expectSteadyAlert(journey, COPY.hash('data/2026-10.json'), '2026-10.json');
    expect(panels, 'panels that name the broken file').toBeGreaterThan(1);
    await expectNotBlank(page);
    // Nothing from the broken file is shown as if it were fine.
    expect(await page.getByText(`数据截至 ${OCT.asOfText}`).count(), 'October\'s date').toBe(0);
    expect(await changesRegion(page, SEP.label).count()).toBe(0);
    await expectAccessible(page, 'published site, corrupted snapshot');
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();

    // The month that is intact still shows.
    const older = await visit(browser(), withQuery(server.url, { month: '2026-09' }));
    await older.page.getByRole('banner').getByText(`数据截至 ${SEP.asOfText}`).first().waitFor({ timeout: 20_000 });
    await expectHeadline(older.page, SEP);
    expect(await older.page.getByRole('alert').filter({ hasText: 'data/2026-10.json' }).count()).toBe(0);
    expect(unexpectedProblems(older.problems)).toEqual([]);
    await older.close();
  });

  it('a malformed index.json is named on the page, never a blank page nor the demo passed off as the zone\'s data', async () => {
    const { sep, oct, index } = files();
    const broken = Buffer.from(index.toString('utf8').replace(/\}\s*$/, ''), 'utf8'); // cut off at the end
    const server = await publishedSite('malformed', { '2026-09.json': sep, '2026-10.json': oct, 'index.json': broken });

    const journey = await visit(browser(), server.url);
    const { page } = journey;
    await expectSteadyAlert(journey, COPY.notJson('data/index.json'), 'index.json');
    await expectNotBlank(page);
    // The demo's projects must not stand in for the zone's: neither its note nor its figures.
    expect(await page.getByRole('note').filter({ hasText: EXPECT.zh.demoNote }).count(), 'the demo note').toBe(0);
    expect(await readerText(kpiTile(page, COPY.total)), 'the 总投资 tile').not.toContain(DEMO_TOTAL);
    expect(await kpiTile(page, COPY.total).getByRole('alert').count(), 'the 总投资 tile says it failed').toBe(1);
    await expectAccessible(page, 'published site, malformed index.json');
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });

  it('a ledger loaded on this computer wins over the published months here, and says so', async () => {
    const server = await theSite();
    const journey = await visit(browser(), server.url);
    const { page } = journey;
    await changesRegion(page, SEP.label).waitFor({ timeout: 20_000 });
    await importLedger(page, SEP);
    const note = page.getByRole('note').filter({ hasText: COPY.localNote(SEP.fileName) });
    expect(normaliseText(await note.innerText())).toContain(COPY.localWins);
    await expectHeadline(page, SEP);
    expect(await page.getByRole('note').filter({ hasText: COPY.publishedNote(OCT.label) }).count(), 'the published note').toBe(0);
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });
});

/**
 * The alerts naming a broken file come and stay: a second after the first shows (panels that mount late may ask
 * once more), counted every 250 ms for 2 s they never drop to none, and the page does not ask the host for the
 * file again meanwhile (a broken file stays broken; asking again and again hammers the host and flickers every
 * panel between its skeleton and its error). Returns the fewest alerts seen.
 */
async function expectSteadyAlert({ page, requests }: Journey, text: string, file: string): Promise<number> {
  const alerts = page.getByRole('alert').filter({ hasText: text });
  await alerts.first().waitFor({ timeout: 20_000 });
  await page.waitForTimeout(1_000);
  const asked = () => requests.filter((url) => new URL(url).pathname.endsWith(`/data/${file}`)).length;
  const before = asked();
  const seen: number[] = [];
  for (let i = 0; i < 8; i += 1) {
    seen.push(await alerts.count());
    await page.waitForTimeout(250);
  }
  expect(Math.min(...seen), `alerts naming data/${file}, counted every 250 ms: ${seen.join(' ')}`).toBeGreaterThan(0);
  expect(asked() - before, `requests for data/${file} in those 2 s`).toBeLessThanOrEqual(1);
  return Math.min(...seen);
}

/** The page still stands: its title, its header, and more than a line of text around the alert. */
async function expectNotBlank(page: Page): Promise<void> {
  await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toMatch(EXPECT.zh.title);
  await page.getByRole('banner').waitFor();
  expect(normaliseText(await page.locator('body').innerText()).length, 'text on the page').toBeGreaterThan(200);
}
