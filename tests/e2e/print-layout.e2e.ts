// Journey: the brief on paper (issue 14). page.pdf() with the page's own @page size, read back with pdf.js: A4
// portrait by default and landscape from the print menu; on every page the header (zone, filters, as-of date) and
// the footer (source, that page's number), with the content clear of both; the verdict and the headline figures on
// page 1; no control printed. Demo build, 1440×900. The landscape PDF is kept in tests/.out/ for review.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { MESSAGES, type Messages } from '../../src/lib/i18n';
import { sourceLine } from '../../src/lib/source-line';
import { SOURCE } from '../../seeds/documented';
import { BAND_PX, PAGE_MARGIN_PX } from '../../src/app/print-page';
import { ROOT } from './lib/build.mjs';
import { EXPECT } from './lib/expectations.mjs';
import { A4_PT, countPixels, readPdf, renderPdfPage, type PdfPage, type PdfText } from './lib/pdf';
import { DESKTOP, openJourney, unexpectedProblems, withQuery } from './lib/page';
import { expectKpis, useBrowser } from './lib/steps';

type Orientation = 'portrait' | 'landscape';
const PT_PER_PX = 0.75;

// pdf.js reads some CJK glyphs back as radicals: most fold with NFKC (⾼ → 高), these do not.
const RADICALS: Record<string, string> = { '⺠': '民', '⻚': '页', '⻩': '黄', '⻓': '长', '⻆': '角', '⻜': '飞' };
/** Text as compared here: radicals folded, no white space (pdf.js drops some spaces and splits CJK by glyph). */
const fold = (text: string) => text.normalize('NFKC').replace(/[\u2e80-\u2eff]/g, (c) => RADICALS[c] ?? c).replace(/\s+/g, '');

/** The text items of a region in reading order: rows by baseline (2 pt apart at most), left to right. */
function read(items: PdfText[]): string {
  const rows: PdfText[][] = [];
  for (const item of [...items].sort((a, b) => a.top - b.top)) {
    const row = rows.find((r) => Math.abs(r[0]!.top - item.top) <= 2);
    if (row) row.push(item);
    else rows.push([item]);
  }
  return fold(rows.map((r) => r.sort((a, b) => a.x - b.x).map((t) => t.str).join('')).join(''));
}

/** The first text item of `text` on the page, found in drawing order (pdf.js splits CJK text by glyph). */
function locate(page: PdfPage, text: string): PdfText | undefined {
  const want = fold(text);
  return page.text.find((_, i) => {
    let run = '';
    for (let j = i; j < page.text.length && run.length < want.length; j++) run += fold(page.text[j]!.str);
    return run.startsWith(want);
  });
}

/**
 * Every page against what it must carry: its A4 size, the header band holding exactly the header (nothing of the
 * content under it), the footer band exactly the source and this page's number, and content between them (no blank
 * page). Bands in points from the page's top, as print-page.ts lays them out. Returns the problems, one a line.
 */
function pageProblems(pages: PdfPage[], orientation: Orientation, header: string, m: Messages): string[] {
  const problems: string[] = [];
  const [long, short] = orientation === 'portrait' ? ['height', 'width'] as const : ['width', 'height'] as const;
  const headTop = PAGE_MARGIN_PX.top * PT_PER_PX;
  const headBottom = (PAGE_MARGIN_PX.top + BAND_PX.head) * PT_PER_PX;
  for (const page of pages) {
    const at = `page ${page.number}`;
    if (Math.abs(page[long] - A4_PT.long) > 1 || Math.abs(page[short] - A4_PT.short) > 1) problems.push(`${at}: ${page.width}×${page.height} pt is not A4 ${orientation}`);
    const footTop = page.height - (PAGE_MARGIN_PX.bottom + BAND_PX.foot) * PT_PER_PX;
    const head = page.text.filter((t) => t.top <= headBottom);
    const foot = page.text.filter((t) => t.top >= footTop);
    const body = page.text.filter((t) => t.top > headBottom && t.top < footTop);
    if (read(head) !== fold(header)) problems.push(`${at}: header band reads "${read(head)}", not "${fold(header)}"`);
    if (head.some((t) => t.top - t.height < headTop - 1)) problems.push(`${at}: text above the header band`);
    const footer = m.sourceOf(sourceLine(SOURCE, m === MESSAGES.en ? 'en' : 'zh')) + m.print.page(String(page.number));
    if (read(foot) !== fold(footer)) problems.push(`${at}: footer band reads "${read(foot)}", not "${fold(footer)}"`);
    // A content line just below the header band must not reach up into it either.
    const into = body.filter((t) => t.top - t.height < headBottom - 1);
    if (into.length) problems.push(`${at}: content under the header: ${read(into)}`);
    if (body.length === 0) problems.push(`${at}: blank page (header and footer only)`);
  }
  return problems;
}

/** The page's controls as the screen shows them, with their names: none of them may reach the paper. */
async function controlNames(page: Page): Promise<{ names: string[]; contentText: string }> {
  return page.evaluate(() => {
    // Figure values are buttons (they open their explanation) whose text is the figure: content, not controls.
    const controls = [...document.querySelectorAll('button:not(.figure-value), a.button, .view-tab, .skip-link, input, select')];
    const name = (el: Element) => ((el as HTMLInputElement).placeholder || el.textContent || el.getAttribute('aria-label') || '').trim();
    const names = [...new Set(controls.map(name).filter(Boolean))];
    const copy = document.body.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('button:not(.figure-value), a.button, .view-tab, .skip-link, input, select').forEach((el) => el.remove());
    return { names, contentText: copy.textContent ?? '' };
  });
}

const pdfOf = async (page: Page) => new Uint8Array(await page.pdf({ preferCSSPageSize: true }));
describe('the printed brief', () => {
  const browser = useBrowser();
  const openBrief = async (search: Record<string, string> = {}) => {
    const journey = await openJourney(browser(), withQuery(inject('demoUrl'), search), DESKTOP);
    if (search.view === 'projects') await journey.page.getByRole('table').waitFor();
    else await expectKpis(journey.page, EXPECT[search.lang === 'en' ? 'en' : 'zh']);
    // The reader prints a couple of seconds after the figures show, without scrolling.
    await journey.page.waitForTimeout(2000);
    return journey;
  };

  it('prints A4 portrait by default: every page framed and numbered, page 1 with the verdict and the figures, no controls', async () => {
    const journey = await openBrief();
    const { page } = journey;
    const m = MESSAGES.zh;
    const verdict = fold(await page.getByRole('main').getByRole('heading', { level: 2 }).first().innerText());
    const { names, contentText } = await controlNames(page);
    const pages = await readPdf(await pdfOf(page));

    expect(pages.length, 'a brief of several pages').toBeGreaterThan(2);
    expect(pageProblems(pages, 'portrait', m.appTitle + m.asOf('2024年5月30日') + m.print.noFilters, m)).toEqual([]);
    const first = read(pages[0]!.text);
    expect(first).toContain(verdict);
    for (const value of EXPECT.zh.kpiValues) expect(first, `page 1 has ${value}`).toContain(fold(value));

    // Controls: none may be laid out for print, and a name that is no content's words must not be on paper.
    expect(names).toEqual(expect.arrayContaining(['打印简报', '深色模式', 'English', '表格', '导出']));
    const everything = pages.map((p) => read(p.text)).join('');
    const printed = names.filter((n) => !fold(contentText).includes(fold(n)) && everything.includes(fold(n)));
    expect(printed, 'control names on paper').toEqual([]);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => [...document.querySelectorAll('button:not(.figure-value), a.button, .view-tab, .skip-link, input, select')]
      .filter((el) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed').map((el) => el.textContent?.trim()));
    expect(shown, 'controls laid out for print').toEqual([]);
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });

  it('prints A4 landscape when the menu says so, two panels a row, and keeps the PDF for review', async () => {
    const journey = await openBrief();
    const { page } = journey;
    const m = MESSAGES.zh;
    // The dialog itself cannot be driven: count the calls, and print as the dialog would.
    await page.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => { w.printed += 1; };
    });
    await page.getByRole('button', { name: m.print.printBrief, exact: true }).click();
    await page.getByRole('menuitem', { name: m.print.landscape }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    const pdf = await pdfOf(page);
    mkdirSync(join(ROOT, 'tests', '.out'), { recursive: true });
    writeFileSync(join(ROOT, 'tests', '.out', 'print-brief-landscape.pdf'), pdf);
    const pages = await readPdf(pdf);

    expect(pageProblems(pages, 'landscape', m.appTitle + m.asOf('2024年5月30日') + m.print.noFilters, m)).toEqual([]);
    const first = pages[0]!;
    for (const value of EXPECT.zh.kpiValues) expect(read(first.text), `page 1 has ${value}`).toContain(fold(value));
    // Two panels a row: the two lead charts' titles side by side on page 1, at one height.
    const titles = ['项目：按类别与阶段', '计划与完成投资（累计）'].map((title) => locate(first, title));
    expect(titles.every(Boolean), 'both lead charts start on page 1').toBe(true);
    expect(Math.abs(titles[0]!.top - titles[1]!.top)).toBeLessThan(2);
    expect(titles[1]!.x).toBeGreaterThan(first.width / 2 - 20);
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });

  it('names the link\'s filters in every page\'s header, in the page language', async () => {
    for (const [search, header] of [
      [{ category: 'new-infrastructure', stage: 'construction' }, '筛选条件：新基建、在建'],
      [{ lang: 'en', stage: 'construction' }, 'Filters: Under construction'],
    ] as const) {
      const journey = await openBrief(search);
      const lang = 'lang' in search ? 'en' : 'zh';
      const m = MESSAGES[lang];
      const pages = await readPdf(await pdfOf(journey.page));
      const asOf = lang === 'en' ? EXPECT.en.asOf : EXPECT.zh.asOf;
      expect(pageProblems(pages, 'portrait', m.appTitle + asOf + header, m)).toEqual([]);
      expect(unexpectedProblems(journey.problems)).toEqual([]);
      await journey.close();
    }
  });

  it('prints in the light palette from the dark theme: as much dark ink on page 1 as from the light one', async () => {
    const journey = await openBrief();
    const { page } = journey;
    const dark = (r: number, g: number, b: number) => 0.299 * r + 0.587 * g + 0.114 * b < 110;
    const inkOnPage1 = async () => {
      const pdf = await pdfOf(page);
      const first = await renderPdfPage(pdf, 1);
      return countPixels(first, 0, first.height / first.scale, dark);
    };
    const light = await inkOnPage1();
    await page.getByRole('button', { name: MESSAGES.zh.darkMode }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const fromDark = await inkOnPage1();
    expect(fromDark / light, `dark ink: ${fromDark} px from the dark theme, ${light} px from the light one`).toBeGreaterThan(0.9);
    await journey.close();
  });

  it('prints the projects view framed, with every row of its table', async () => {
    const journey = await openBrief({ view: 'projects' });
    const m = MESSAGES.zh;
    const pages = await readPdf(await pdfOf(journey.page));
    expect(pageProblems(pages, 'portrait', m.appTitle + m.asOf('2024年5月30日') + m.print.noFilters, m)).toEqual([]);
    const everything = pages.map((p) => read(p.text)).join('');
    const missing = Array.from({ length: 26 }, (_, i) => `示例项目${String(i + 1).padStart(2, '0')}`).filter((name) => !everything.includes(fold(name)));
    expect(missing, 'rows not on paper').toEqual([]);
    // The filter form is a control: its fields' names are not printed.
    expect(everything).not.toContain(fold(m.filters.title));
    await journey.close();
  });
});
