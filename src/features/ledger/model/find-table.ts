/**
 * Where a ledger's table starts. Real ledgers open with a merged title, a 填报单位 / 单位：万元 line and a header
 * of up to three rows with merged group cells; the header is found by what its cells say, not by position.
 */
import { matchField, unitInHeader } from './fields';
import { isBlankRow, rowWidth, sheetGrid, totalsWord } from './sheet-grid';
import type { Grid } from './sheet-grid';
import { cellText, collapse, halfWidth, squash } from './text';
import { reportDate } from './title-date';
import type { AmountUnit, ColumnInfo, FieldId, SheetAnalysis, SheetData } from './types';

const SEARCH_ROWS = 20;
const MAX_HEADER_ROWS = 3;
const SAMPLES = 3;
/** Samples come from the first rows only: a ledger of 10 000 rows must not be read twice for them. */
const SAMPLE_ROWS = 200;

/** A header cell's text: its line breaks are layout ("总投资\n（万元）"), other whitespace one space. */
const headerText = (grid: Grid, r: number, c: number) => collapse(cellText(grid.filled(r, c)).replace(/\s*\n\s*/g, ''));

const widthOf = (grid: Grid, from: number, to: number) => {
  let width = 0;
  for (let r = from; r <= to; r++) width = Math.max(width, rowWidth(grid.sheet, r));
  return width;
};

function fieldsIn(grid: Grid, r: number): Set<FieldId> {
  const found = new Set<FieldId>();
  for (let c = 0; c < rowWidth(grid.sheet, r); c++) {
    const field = matchField(headerText(grid, r, c));
    if (field) found.add(field);
  }
  return found;
}

/** A data row shows numbers (serials, amounts, dates); a header row does not. */
function hasNumbers(grid: Grid, r: number): boolean {
  return (grid.sheet.rows[r] ?? []).some((cell) => !!cell && (typeof cell.v === 'number' || cell.d !== undefined || /^\d+(\.\d+)?$/.test(cellText(cell))));
}

/**
 * Is row r (below the header's first row `top`) still header? Its own cells must sit under a group (a
 * horizontal merge above) or under an empty header cell: a data row has values under 项目名称 and the like,
 * even when a value happens to be a header word (a project in 园区).
 */
function continuesHeader(grid: Grid, top: number, r: number): boolean {
  if (isBlankRow(grid.sheet, r) || hasNumbers(grid, r)) return false;
  let structured = false;
  for (let c = 0; c < rowWidth(grid.sheet, r); c++) {
    if (grid.continues(r, c)) structured = true;
    else if (cellText(grid.raw(r, c)) === '') continue;
    else if (underGroup(grid, top, r, c) || emptyAbove(grid, top, r, c)) structured = true;
    else return false;
  }
  return structured;
}

const emptyAbove = (grid: Grid, top: number, r: number, c: number) => {
  for (let above = top; above < r; above++) if (headerText(grid, above, c) !== '') return false;
  return true;
};

function underGroup(grid: Grid, top: number, r: number, c: number): boolean {
  return grid.sheet.merges.some((m) => m.s.r >= top && m.s.r < r && m.e.r < r && m.s.c <= c && m.e.c >= c && m.e.c > m.s.c);
}

/**
 * A row right above the first matched row holds group labels ("基本情况 | 投资情况") when it has several cells
 * and merges down into the header or over part of it. A title is one cell merged over the whole width.
 */
function groupRowAbove(grid: Grid, r: number): boolean {
  if (r < 0 || hasNumbers(grid, r) || /单位[:：]|填报/.test(rowText(grid.sheet, r))) return false;
  if ((grid.sheet.rows[r] ?? []).filter((cell) => cellText(cell) !== '').length < 2) return false;
  const width = rowWidth(grid.sheet, r + 1);
  return grid.sheet.merges.some((m) => m.s.r === r && (m.e.r > r || (m.e.c > m.s.c && m.e.c - m.s.c < width - 1)));
}

const rowText = (sheet: SheetData, r: number) => (sheet.rows[r] ?? []).map(cellText).filter((t) => t !== '').join(' ');

function headerBlock(grid: Grid): [number, number] | undefined {
  const limit = Math.min(SEARCH_ROWS, grid.sheet.rows.length);
  let top = -1;
  for (let r = 0; r < limit && top < 0; r++) if (fieldsIn(grid, r).size >= 2) top = r;
  if (top < 0) return undefined;
  // Group labels above first, so the rows below can be judged against every group.
  let bottom = top;
  while (bottom - top + 1 < MAX_HEADER_ROWS && groupRowAbove(grid, top - 1)) top -= 1;
  while (bottom - top + 1 < MAX_HEADER_ROWS && bottom + 1 < grid.sheet.rows.length && continuesHeader(grid, top, bottom + 1)) bottom += 1;
  return [top, bottom];
}

/** Text above the header, split into the title and the 填报单位 / 单位 line(s). */
function aboveHeader(sheet: SheetData, top: number) {
  const title: string[] = [];
  const other: string[] = [];
  for (let r = 0; r < top; r++) {
    const text = rowText(sheet, r);
    if (text === '') continue;
    (/^(填报|报送|制表|金额)?单位|^填报/.test(squash(halfWidth(text))) ? other : title).push(text);
  }
  const all = halfWidth([...title, ...other].join(' '));
  const unitMatch = /单位[:：]\s*(万元|亿元)/.exec(all);
  const byMatch = /(?:填报|报送)单位[:：]\s*(\S+)/.exec(all);
  // "填报单位：管委会单位：万元" (no space between): the next label ends the name.
  const reportedBy = byMatch?.[1]?.split(/(?:金额)?单位[:：]|填报(?:时间|日期|人)[:：]/)[0];
  const unit: AmountUnit | undefined = unitMatch ? (unitMatch[1] === '亿元' ? 'yi' : 'wan') : undefined;
  return { title: title.join(' ') || undefined, reportedBy: reportedBy || undefined, unit, otherText: other.join(' ') };
}

export function analyseSheet(sheet: SheetData): SheetAnalysis | undefined {
  const grid = sheetGrid(sheet);
  const block = headerBlock(grid);
  if (!block) return undefined;
  const [top, bottom] = block;
  const width = widthOf(grid, top, bottom);
  const columns: ColumnInfo[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (let r = top; r <= bottom; r++) {
      const text = headerText(grid, r, c);
      // A vertical merge repeats its text on each row: keep it once.
      if (text !== '' && text !== parts[parts.length - 1]) parts.push(text);
    }
    const header = parts.join('/');
    const column: ColumnInfo = { index: c, header, samples: [] };
    const field = matchField(header);
    if (field) column.field = field;
    const unit = unitInHeader(header);
    if (unit) column.unit = unit;
    columns.push(column);
  }
  const nameColumn = columns.find((col) => col.field === 'name')?.index;
  let dataRows = 0;
  for (let r = bottom + 1; r < sheet.rows.length; r++) {
    if (isBlankRow(sheet, r)) continue;
    dataRows += 1;
    if (r - bottom > SAMPLE_ROWS || totalsWord(sheet, r, nameColumn) || filledCells(sheet, r) < 2) continue;
    for (const column of columns) {
      const text = cellText(sheet.rows[r]?.[column.index]);
      if (text !== '' && column.samples.length < SAMPLES) column.samples.push(text);
    }
  }
  const above = aboveHeader(sheet, top);
  const analysis: SheetAnalysis = {
    sheet: sheet.name,
    headerRows: [top + 1, bottom + 1],
    dataStart: bottom + 2,
    columns,
    defaultUnit: above.unit ? { unit: above.unit, from: 'unit-row' } : { unit: 'wan', from: 'assumed' },
    score: new Set(columns.map((col) => col.field).filter((f) => f !== undefined)).size,
    dataRows,
  };
  if (above.title) analysis.title = above.title;
  if (above.reportedBy) analysis.reportedBy = above.reportedBy;
  const titleDate = reportDate(above.title ?? '') ?? reportDate(above.otherText);
  if (titleDate) analysis.titleDate = titleDate;
  return analysis;
}

/** A group heading ("一、续建项目") fills one cell: not a sample of every column. */
const filledCells = (sheet: SheetData, r: number) => (sheet.rows[r] ?? []).filter((cell) => cellText(cell) !== '').length;

/** The sheet to preselect: most matched fields, then most data rows, then the first. */
export function likeliestSheet(analyses: readonly (SheetAnalysis | undefined)[]): SheetAnalysis | undefined {
  let best: SheetAnalysis | undefined;
  for (const a of analyses) {
    if (a && (!best || a.score > best.score || (a.score === best.score && a.dataRows > best.dataRows))) best = a;
  }
  return best;
}
