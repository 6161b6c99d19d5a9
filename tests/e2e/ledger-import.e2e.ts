// Journey: a planner brings the zone's October key-project ledger (重点项目台账, .xlsx) into the dashboard in the
// browser. The dialog says how it read the file and, row by row, what stays out (errors), what comes in marked
// (warnings) and what was skipped (the 合计 row); the report downloads whole. Imported, the header, the overview
// and the project list show the ledger's projects; a hostile name stays text on the page and neutralised in the
// CSV; a reload keeps the ledger; removing it brings the demo back. A picture named .xlsx is refused in the
// dialog and changes nothing. The ledger is written in node by lib/ledger-fixture.ts (SheetJS's writer), never
// by the app's reader, with the expected count, total and rows computed beside it. Demo build, from a sub-path.
import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import dataset from '../../seeds/dataset.json';
import { formatMoneyWan } from '../../src/lib/format';
import { expectAccessible } from './lib/axe';
import { EXPECT } from './lib/expectations.mjs';
import { HOSTILE_NAME, LEDGER_FILE, makeLedger, PNG_BYTES, XLSX_MIME } from './lib/ledger-fixture';
import { openJourney, unexpectedProblems, type Journey } from './lib/page';
import { parseCsv, rowNames } from './lib/planner';
import { normaliseText, readerText, tokenPattern, useBrowser } from './lib/steps';

const LEDGER = makeLedger();
const N = LEDGER.accepted;
const E = LEDGER.errorRows.length;
const DEMO_COUNT = dataset.projects.total;
const TOTAL = formatMoneyWan(LEDGER.totalWan, 'zh');
const DEMO_TOTAL = formatMoneyWan(dataset.projects.documented.total.value, 'zh');

const COPY = {
  open: '导入台账', choose: '选择台账文件', mapping: '列的对应', stages: '建设性质的对应', report: '检查结果', asOf: '数据截至',
  reportCsv: '下载检查结果（CSV）', importN: (n: number) => `导入 ${n} 个项目`,
  summary: (n: number, e: number, w: number) => `可导入 ${n} 个项目；${e} 行有错误，不导入；${w} 条提醒。`,
  headerAsOf: '数据截至 2026年10月31日', source: `本地台账 ${LEDGER_FILE}`, note: `项目数据来自本机导入的台账「${LEDGER_FILE}」`,
  remove: '移除本地台账', removed: '已移除本地台账，恢复显示示例数据。',
  tab: '项目清单', list: '项目清单，点击列标题排序', csv: '下载 CSV', count: (n: number) => `显示 ${n} / ${n} 个项目`, total: '总投资',
} as const;

type Report = Record<'行' | '列' | '值' | '级别' | '问题', string>[];

/** A journey that also records any dialog (alert(1) must never run) and any markup the data could have become. */
async function open(browser: Browser, url = inject('demoUrl')): Promise<Journey & { dialogs: string[]; injected: () => Promise<string[]> }> {
  const journey = await openJourney(browser, url, undefined, {
    beforeLoad: async (context) => { await context.addInitScript(() => {
      const seen: string[] = ((window as unknown as { __injected: string[] }).__injected = []);
      new MutationObserver((records) => {
        for (const record of records) for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          for (const el of [node, ...node.querySelectorAll('*')]) {
            if (/^(IMG|IFRAME|OBJECT|EMBED)$/.test(el.tagName) || [...el.attributes].some((a) => /^on/i.test(a.name))) seen.push(el.outerHTML.slice(0, 160));
          }
        }
      }).observe(document, { childList: true, subtree: true });
    }); },
  });
  const dialogs: string[] = [];
  journey.page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  const injected = () => journey.page.evaluate(() => (window as unknown as { __injected: string[] }).__injected);
  return { ...journey, dialogs, injected };
}

/** 导入台账 → the dialog → the file chosen through its labelled input. */
async function chooseFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<Locator> {
  await page.getByRole('button', { name: COPY.open, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: COPY.open });
  await dialog.waitFor();
  await dialog.getByLabel(COPY.choose).setInputFiles(file);
  return dialog;
}

const chooseLedger = async (page: Page) => {
  const dialog = await chooseFile(page, { name: LEDGER_FILE, mimeType: XLSX_MIME, buffer: LEDGER.buffer });
  await dialog.getByRole('heading', { name: COPY.report, exact: true }).waitFor({ timeout: 30_000 });
  return dialog;
};

async function importLedger(dialog: Locator) {
  await dialog.getByRole('button', { name: COPY.importN(N), exact: true }).click();
  await dialog.waitFor({ state: 'hidden', timeout: 20_000 });
}

/** The report table as records keyed by its column headings. */
async function reportOnScreen(dialog: Locator): Promise<Report> {
  const rows = await dialog.getByRole('table', { name: COPY.report }).getByRole('row')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => (cell.textContent ?? '').trim())));
  const [head = [], ...body] = rows;
  return body.map((cells) => Object.fromEntries(head.map((h, i) => [h, cells[i] ?? '']))) as Report;
}

async function csvOf(page: Page, click: () => Promise<void>): Promise<{ download: Download; records: string[][] }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()]);
  const text = await readFile(await download.path(), 'utf8');
  return { download, records: parseCsv(text.replace(/^\ufeff/, '')).filter((r) => r.some((cell) => cell !== '')) };
}

const rowsAt = (report: Report, level: string) => [...new Set(report.filter((r) => r.级别 === level).map((r) => Number(r.行)))].sort((a, b) => a - b);
const countShown = (page: Page, n: number) => page.getByText(COPY.count(n), { exact: true }).waitFor({ timeout: 20_000 });
const kpiTile = (page: Page, title: string) => page.getByRole('region', { name: EXPECT.zh.kpiRegion, exact: true })
  .getByRole('article').filter({ has: page.getByRole('heading', { name: title, exact: true }) });

describe('planner: loading the zone\'s key-project ledger in the browser', () => {
  const browser = useBrowser();

  it('reads the October ledger, says row by row what stays out and what comes in marked, and the overview shows its projects', async () => {
    const journey = await open(browser());
    const { page } = journey;
    const dialog = await chooseLedger(page);
    for (const heading of [COPY.mapping, COPY.stages, COPY.report]) await dialog.getByRole('heading', { name: heading, exact: true }).waitFor();
    // The report date comes from the title's 1-10月 of 2026.
    expect(await dialog.getByLabel(COPY.asOf).inputValue()).toBe('2026-10-31');

    const report = await reportOnScreen(dialog);
    expect(report.length, 'report rows on screen').toBeGreaterThan(0);
    expect(rowsAt(report, '错误'), 'rows with an error: exactly the broken ones').toEqual(LEDGER.errorRows);
    expect(report.filter((r) => Number(r.行) === LEDGER.totalsRow).map((r) => r.级别), 'the 合计 row').toEqual(['说明']);
    const warned = rowsAt(report, '提醒');
    for (const row of LEDGER.warningRows) expect(warned, `row ${row} warned`).toContain(row);
    // Nothing else is warned about but a date that names only a month (the day the import assumed).
    expect(warned.filter((row) => !LEDGER.warningRows.includes(row) && !LEDGER.roughDateRows.includes(row)), 'unexpected warnings').toEqual([]);
    expect(report.find((r) => r.值 === '约3亿'), 'the 约3亿 cell').toMatchObject({ 行: String(LEDGER.warningRows[0]), 级别: '提醒' });
    expect(new Set(report.map((r) => r.级别))).toEqual(new Set(['错误', '提醒', '说明']));
    const W = report.filter((r) => r.级别 === '提醒').length;
    await dialog.getByRole('status').filter({ hasText: COPY.summary(N, E, W) }).waitFor();
    expect(normaliseText(await dialog.getByRole('status').filter({ hasText: '可导入' }).innerText())).toBe(COPY.summary(N, E, W));

    // The report's CSV: every line of it, in the same order, as the table says it.
    const { download, records } = await csvOf(page, () => dialog.getByRole('button', { name: COPY.reportCsv }).click());
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const [head = [], ...lines] = records;
    const fromCsv = lines.map((cells) => Object.fromEntries((['行', '列', '值', '级别', '问题'] as const).map((h) => [h, (cells[head.indexOf(h)] ?? '').trim()])));
    const placeAndWords = (rows: Record<string, string>[]) => rows.map((r) => [r.行, r.列, r.值, r.问题]);
    expect(placeAndWords(fromCsv), 'the downloaded report: rows, columns, values and words as on screen').toEqual(placeAndWords(report));
    // …and the same severity words (soft, so the rest of the journey still runs and reports).
    expect.soft(fromCsv.map((r) => r.级别), 'the downloaded report\'s 级别 = the screen\'s').toEqual(report.map((r) => r.级别));

    await expectAccessible(page, 'ledger dialog');
    await importLedger(dialog);

    const banner = page.getByRole('banner');
    await banner.getByText(COPY.headerAsOf).first().waitFor({ timeout: 20_000 });
    await banner.getByText(COPY.source).first().waitFor();
    await page.getByRole('note').filter({ hasText: COPY.note }).waitFor();
    await page.getByRole('button', { name: COPY.remove }).waitFor();
    // The headline tile: the ledger's total 总投资 and its project count under it.
    // Read as a reader sees it: without the screen-reader descriptions, which repeat the figures.
    const tile = kpiTile(page, COPY.total);
    await expect.poll(() => readerText(tile), { timeout: 20_000 }).toContain(TOTAL);
    expect(await readerText(tile)).toMatch(tokenPattern(String(N)));
    expect(await readerText(tile)).toContain('个项目');

    expect(journey.dialogs, 'dialogs opened').toEqual([]);
    expect(await journey.injected(), 'markup from the data').toEqual([]);
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });

  it('lists the ledger\'s projects, keeps the hostile name harmless on the page and in the CSV, survives a reload, and gives the demo back when removed', async () => {
    const journey = await open(browser());
    const { page } = journey;
    await importLedger(await chooseLedger(page));
    await page.getByRole('link', { name: COPY.tab, exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('projects');
    await countShown(page, N);

    // Every row passes through the DOM once as the table scrolls; the hostile one reads as its literal text.
    const listed = await rowNames(page.getByRole('region', { name: COPY.list }));
    expect(listed.length).toBe(N);
    expect(listed).toContain(HOSTILE_NAME);
    expect(await journey.injected(), 'markup from the data').toEqual([]);

    const { records } = await csvOf(page, () => page.getByRole('button', { name: COPY.csv }).click());
    expect(records[0]?.[0]).toBe('项目名称');
    expect(records.length).toBe(N + 1);
    const names = records.slice(1).map((r) => r[0] ?? '');
    expect(names, 'the hostile name, neutralised').toContain(`'${HOSTILE_NAME}`);
    expect(names.map((n) => (n === `'${HOSTILE_NAME}` ? HOSTILE_NAME : n)).sort()).toEqual([...LEDGER.names].sort());
    expect(records.flat().filter((cell) => /^[=+\-@\t\r＝＋－＠]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell)), 'bare formula starts').toEqual([]);

    // IndexedDB keeps it: the same list after a reload.
    await page.reload();
    await countShown(page, N);
    await page.getByRole('note').filter({ hasText: COPY.note }).waitFor();

    await page.getByRole('button', { name: COPY.remove }).click();
    await page.getByRole('status').filter({ hasText: COPY.removed }).waitFor();
    await countShown(page, DEMO_COUNT);
    await page.getByRole('banner').getByText(EXPECT.zh.asOf).first().waitFor();
    expect(await page.getByRole('note').filter({ hasText: COPY.note }).count()).toBe(0);

    expect(journey.dialogs, 'dialogs opened').toEqual([]);
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });

  it('a picture saved as .xlsx is refused inside the dialog, and the dashboard behind keeps the demo\'s figures', async () => {
    const journey = await open(browser());
    const { page } = journey;
    const dialog = await chooseFile(page, { name: 'x.xlsx', mimeType: XLSX_MIME, buffer: PNG_BYTES });
    const alert = dialog.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    expect(normaliseText(await alert.innerText()).length).toBeGreaterThan(0);
    expect(await dialog.getByRole('button', { name: /^导入 \d+ 个项目$/ }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    await page.getByRole('banner').getByText(EXPECT.zh.asOf).first().waitFor();
    const tile = kpiTile(page, COPY.total);
    await expect.poll(() => readerText(tile)).toContain(DEMO_TOTAL);
    expect(await readerText(tile)).toMatch(tokenPattern(String(DEMO_COUNT), '% 个项目'));
    expect(await page.getByRole('note').filter({ hasText: '本机导入的台账' }).count()).toBe(0);
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });
});
