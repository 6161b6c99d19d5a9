/**
 * The CSV of exactly the rows the planner sees (already filtered and sorted by the caller), in the language on
 * screen. Cells hold raw numbers in 万元 with the unit in the header, so a spreadsheet can sum them; status is
 * the visible rule (src/lib/schedule.ts) at the data's as-of date, never today.
 *
 * The writing (BOM, formula escaping, Excel line ends) and the file-name rules are shared with the chart
 * export: src/lib/csv.ts and src/lib/export/file-name.ts. Imported only by the lazily loaded projects view,
 * since src/lib/csv.ts pulls in csv-stringify, which must stay out of the initial JS.
 */
import type { Project } from '@/contract/schemas';
import { CSV_MIME, toCsv } from '@/lib/csv';
import { exportFileName } from '@/lib/export/file-name';
import { formatDate, type Lang } from '@/lib/format';
import { MESSAGES } from '@/lib/i18n';
import { nameOf, stageWords, type NamedIds } from '@/lib/labels';
import { assessSchedule } from '@/lib/schedule';
import { textIn } from '@/lib/local-text';
import { projectDateCell } from '@/lib/project-values';

export { CSV_MIME };

/** An id with its official name: the `parks` and `categories` lists of the projects resource. */
export type NamedId = NamedIds[number];

export interface ProjectsCsvOptions {
  lang: Lang;
  /** The projects resource's asOf: status and % complete describe that day. */
  asOf: string;
  parks: readonly NamedId[];
  categories: readonly NamedId[];
}

const COLUMNS = ['name', 'category', 'park', 'stage', 'unit', 'planned', 'completed', 'progress', 'status', 'start', 'end', 'provenance'] as const;
/** A ledger's records add where each was read and what its check found; a file without them has no such columns. */
const LEDGER_COLUMNS = ['row', 'checks'] as const;
type Column = (typeof COLUMNS)[number] | (typeof LEDGER_COLUMNS)[number];
type Row = Record<Column, string | number>;

/** Share of the planned money invested, as on the page (money, not milestones, measures progress). */
const doneShare = (p: Project) => (p.plannedWan ? p.completedWan / p.plannedWan : 0);

export function projectsCsv(rows: readonly Project[], { lang, asOf, parks, categories }: ProjectsCsvOptions): string {
  const m = MESSAGES[lang];
  const h = m.projectsCsv.header;
  const headers: Record<Column, string> = { ...h, status: h.status(formatDate(asOf, lang)) };
  const fromLedger = rows.some((p) => p.row);
  const records = rows.map((p): Row => ({
    name: textIn(p.name, lang),
    category: nameOf(categories, p.category, lang),
    park: nameOf(parks, p.park, lang),
    stage: stageWords(m.stage[p.stage], p.stageText, m),
    unit: textIn(p.responsibleUnit, lang),
    // Numbers stay JS numbers: csv-stringify then never formula-escapes them, so -500 stays a number.
    planned: p.plannedWan,
    completed: p.completedWan,
    progress: doneShare(p) * 100,
    status: m.status[assessSchedule({ start: p.start, end: p.end, done: doneShare(p) }, asOf).status],
    // As precise as the source: a ledger's 2024年5月 is 2024-05, not a day nobody wrote.
    start: projectDateCell(p, 'start'),
    end: projectDateCell(p, 'end'),
    provenance: m[p.provenance],
    row: p.row ? `${p.row.sheet}!${p.row.row}` : '',
    // An approximate amount (约3亿) is a number here too: the warning beside it says so.
    checks: (p.warnings ?? []).map((w) => textIn(w, lang)).join(m.sep.group),
  }));
  const columns = fromLedger ? [...COLUMNS, ...LEDGER_COLUMNS] : COLUMNS;
  return toCsv(records, columns.map((key) => ({ key, header: headers[key] })), {
    number: (value, column) => (column === 'progress' ? value.toFixed(1) : String(value)),
  });
}

export interface CsvFileNameParts {
  /** The zone's short name in the language on screen (summary resource, zone.shortName). */
  zoneShortName: string;
  /** The active filters as the reader sees them, e.g. 新基建-在建; empty when none. */
  filtersLabel: string;
  asOf: string;
  lang: Lang;
}

/** 豫东南高新区-项目清单-新基建-在建-20240530.csv: what was exported, which filters, and the data's date. */
export function csvFileName({ zoneShortName, filtersLabel, asOf, lang }: CsvFileNameParts): string {
  return exportFileName({ zone: zoneShortName, what: MESSAGES[lang].projectsCsv.fileLabel, filters: filtersLabel, asOf, ext: 'csv' });
}
