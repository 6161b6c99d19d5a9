/**
 * A sheet with its merged ranges resolved, and the row kinds both the table finder and the row check need
 * (blank, totals, group heading), so the two never disagree on what a row is.
 */
import { cellText, squash } from './text';
import type { Cell, CellRange, SheetData } from './types';

/** Enough for any real merge; a hostile file with a sheet-sized merge must not make us fill a million cells. */
const MAX_FILLED = 200000;
const KEY = (r: number, c: number) => r * 20000 + c;

export interface Grid {
  sheet: SheetData;
  /** The cell as stored (a merge's value sits in its top-left cell only). */
  raw(r: number, c: number): Cell | null;
  /** The cell with merges filled: the top-left cell's for every cell of a range. */
  filled(r: number, c: number): Cell | null;
  /** True for a cell inside a merge other than its top-left one. */
  continues(r: number, c: number): boolean;
  /** The merge starting at this cell, if any. */
  mergeAt(r: number, c: number): CellRange | undefined;
}

export function sheetGrid(sheet: SheetData): Grid {
  const origin = new Map<number, { r: number; c: number }>();
  const starts = new Map<number, CellRange>();
  let budget = MAX_FILLED;
  for (const m of sheet.merges) {
    starts.set(KEY(m.s.r, m.s.c), m);
    const lastRow = Math.min(m.e.r, sheet.rows.length - 1);
    for (let r = m.s.r; r <= lastRow && budget > 0; r++) {
      for (let c = m.s.c; c <= m.e.c && budget > 0; c++) {
        if (r === m.s.r && c === m.s.c) continue;
        origin.set(KEY(r, c), m.s);
        budget -= 1;
      }
    }
  }
  const raw = (r: number, c: number) => sheet.rows[r]?.[c] ?? null;
  return {
    sheet,
    raw,
    filled: (r, c) => {
      const o = origin.get(KEY(r, c));
      return o ? raw(o.r, o.c) : raw(r, c);
    },
    continues: (r, c) => origin.has(KEY(r, c)),
    mergeAt: (r, c) => starts.get(KEY(r, c)),
  };
}

export const rowWidth = (sheet: SheetData, r: number) => sheet.rows[r]?.length ?? 0;

export function isBlankRow(sheet: SheetData, r: number): boolean {
  const row = sheet.rows[r];
  return !row || row.every((cell) => cellText(cell) === '');
}

/** 合计 / 小计 / 总计 (also "总 计", "全区合计", "合计（45个）"): the word, or undefined. */
const TOTALS = /^(?:全区|全部|总)?(合计|小计|总计|共计)/;

/** The totals word of a row, looked for in its first three cells and its name cell. */
export function totalsWord(sheet: SheetData, r: number, nameColumn?: number): { word: string; label: string } | undefined {
  const columns = [0, 1, 2];
  if (nameColumn !== undefined && columns.indexOf(nameColumn) < 0) columns.push(nameColumn);
  for (const c of columns) {
    const label = cellText(sheet.rows[r]?.[c]);
    const m = TOTALS.exec(squash(label));
    if (m) return { word: m[1] ?? '合计', label };
  }
  return undefined;
}

/** 注：… 填表人：… under the table: the ledger's footer, not a project. */
const FOOTER = /^(?:注|备注|说明|填表人|填报人|制表人?|审核人?|负责人|联系人|联系电话|填报时间|填报日期)\s*[:：\d]/;

/** The footer text of a row whose first text is a note or a signature line and whose name cell is empty. */
export function footerNote(sheet: SheetData, r: number, nameColumn?: number): string | undefined {
  const row = sheet.rows[r] ?? [];
  if (nameColumn !== undefined && cellText(row[nameColumn]) !== '') return undefined;
  const first = row.map(cellText).find((t) => t !== '');
  return first !== undefined && FOOTER.test(first) ? row.map(cellText).filter((t) => t !== '').join(' ') : undefined;
}

/** A row holding nothing but a number in a column nobody reads: a template's pre-numbered empty line. */
export function onlySerial(sheet: SheetData, r: number, read: (c: number) => boolean): boolean {
  const filled = (sheet.rows[r] ?? []).map((cell, c) => ({ c, text: cellText(cell) })).filter((x) => x.text !== '');
  return filled.length === 1 && !read(filled[0]!.c) && /^\d+$/.test(filled[0]!.text);
}

/** 一、 （一） 第一部分 or a bare 一 in the serial column: how ledgers number their groups, never their projects. */
const GROUP_NUMBER = /^(?:[一二三四五六七八九十]+[、.]|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[部类批]|[一二三四五六七八九十]+$)/;
/** "续建项目（15个）": a heading counting its projects. */
const GROUP_COUNT = /[（(]\d+个[)）]$/;

/** The heading text of a group row ("一、续建项目（15个）"), judged by its wording; the caller checks amounts. */
export function groupHeading(grid: Grid, r: number, nameColumn?: number): string | undefined {
  const row = grid.sheet.rows[r] ?? [];
  const texts: { c: number; text: string }[] = [];
  row.forEach((cell, c) => {
    const text = cellText(cell);
    if (text !== '') texts.push({ c, text });
  });
  if (texts.length === 0) return undefined;
  const near = texts.filter(({ c }) => c <= 2 || c === nameColumn);
  const joined = texts.map(({ text }) => text).join(' ');
  if (near.some(({ text }) => GROUP_NUMBER.test(text) || GROUP_COUNT.test(text))) return joined;
  // A lone text merged across the table is a heading too ("工业项目").
  const only = texts.length === 1 ? texts[0] : undefined;
  const merge = only ? grid.mergeAt(r, only.c) : undefined;
  return merge && merge.e.c - merge.s.c >= 2 ? joined : undefined;
}
