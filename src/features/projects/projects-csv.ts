/**
 * The CSV of exactly the rows the planner sees (already filtered and sorted by the caller), in the language on
 * screen. Cells hold raw numbers in 万元 with the unit in the header, so a spreadsheet can sum them; status is
 * the visible rule (src/lib/schedule.ts) at the data's as-of date, never today.
 *
 * Imported only by the lazily loaded projects view: csv-stringify's browser build bundles a Buffer shim (this
 * module's chunk is about 20 kB gzip), which must stay out of the initial JS.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { Project, Text } from '@/contract/schemas';
import { formatDate, type Lang } from '@/lib/format';
import { MESSAGES } from '@/lib/i18n';
import { nameOf } from '@/lib/labels';
import { assessSchedule } from '@/lib/schedule';

export const CSV_MIME = 'text/csv;charset=utf-8';

/** An id with its official name in both languages: the `parks` and `categories` lists of the projects resource. */
export interface NamedId {
  id: string;
  name: Text;
}

export interface ProjectsCsvOptions {
  lang: Lang;
  /** The projects resource's asOf: status and % complete describe that day. */
  asOf: string;
  parks: readonly NamedId[];
  categories: readonly NamedId[];
}

const COLUMNS = ['name', 'category', 'park', 'stage', 'unit', 'planned', 'completed', 'progress', 'status', 'start', 'end', 'provenance'] as const;
type Column = (typeof COLUMNS)[number];
type Row = Record<Column, string | number>;

/** Share of the planned money invested, as on the page (money, not milestones, measures progress). */
const doneShare = (p: Project) => (p.plannedWan ? p.completedWan / p.plannedWan : 0);

export function projectsCsv(rows: readonly Project[], { lang, asOf, parks, categories }: ProjectsCsvOptions): string {
  const m = MESSAGES[lang];
  const h = m.projectsCsv.header;
  const headers: Record<Column, string> = { ...h, status: h.status(formatDate(asOf, lang)) };
  const records = rows.map((p): Row => ({
    name: p.name[lang],
    category: nameOf(categories, p.category, lang),
    park: nameOf(parks, p.park, lang),
    stage: m.stage[p.stage],
    unit: p.responsibleUnit[lang],
    // Numbers stay JS numbers: csv-stringify then never formula-escapes them, so -500 stays a number.
    planned: p.plannedWan,
    completed: p.completedWan,
    progress: doneShare(p) * 100,
    status: m.status[assessSchedule({ start: p.start, end: p.end, done: doneShare(p) }, asOf).status],
    start: p.start,
    end: p.end,
    provenance: m[p.provenance],
  }));
  return stringify(records, {
    columns: COLUMNS.map((key) => ({ key, header: headers[key] })),
    header: true,
    // Excel opens UTF-8 without a BOM as the system code page (GBK on Chinese Windows): mojibake.
    bom: true,
    // A text cell starting with = + - @ tab CR or a full-width ＝ ＋ － ＠ gets a leading apostrophe, so a name
    // like "=HYPERLINK(…)" is shown, not run. The full-width forms and numeric minus signs need csv-stringify
    // 6.4+ (6.3 escaped neither correctly: the tests fail on it), hence no hand-written pass here.
    escape_formulas: true,
    record_delimiter: 'windows',
    // With a custom record delimiter csv-stringify quotes a field only if it holds that delimiter, so a lone
    // \n in a name would split the record; this quotes any \n or \r.
    quote_record_delimiter: true,
    cast: { number: (value, { column }) => (column === 'progress' ? value.toFixed(1) : String(value)) },
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

/**
 * Path separators, characters Windows forbids, control characters, and bidi controls (U+202E shows the rest
 * of a name reversed, so the real extension can be disguised).
 */
// eslint-disable-next-line no-control-regex
const HOSTILE = /[/\\:*?"<>|\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/**
 * Most file systems allow 255 bytes (ext4) or 255 UTF-16 units (NTFS, APFS) per name; a UTF-8 byte count is
 * never below the UTF-16 one, so a byte budget covers both, with room for the " (1)" a browser may add.
 */
const MAX_NAME_BYTES = 200;
const utf8Bytes = (ch: string) => { const cp = ch.codePointAt(0) ?? 0; return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; };

/** The longest prefix of `text` within `budget` UTF-8 bytes, cut between code points (never inside a pair). */
function truncateBytes(text: string, budget: number): string {
  let out = '';
  for (const ch of text) {
    budget -= utf8Bytes(ch);
    if (budget < 0) break;
    out += ch;
  }
  return out;
}

/** 豫东南高新区-项目清单-新基建-在建-20240530.csv: what was exported, which filters, and the data's date. */
export function csvFileName({ zoneShortName, filtersLabel, asOf, lang }: CsvFileNameParts): string {
  const date = asOf.replace(/\D/g, '').slice(0, 8);
  const clean = (part: string) => part.replace(HOSTILE, '').replace(/\s+/g, ' ').trim();
  const joined = [zoneShortName, MESSAGES[lang].projectsCsv.fileLabel, filtersLabel].map(clean).filter(Boolean).join('-');
  // Cut the descriptive part, never the date. Then no leading dot (a hidden file on macOS and Linux) and no
  // trailing dot or space (Windows drops them).
  const head = truncateBytes(joined, MAX_NAME_BYTES - `-${date}.csv`.length).replace(/^[.\s-]+|[.\s-]+$/g, '');
  return `${[head, date].filter(Boolean).join('-')}.csv`;
}
