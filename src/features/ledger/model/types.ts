/**
 * The shapes a ledger (重点项目台账) passes through on its way to the contract: the worker reads a file into
 * sheets of cells, the model finds the table, maps its columns and checks each row, and the import turns the
 * accepted rows into a `projects` response. Plain data only: all of it crosses the worker boundary.
 */

/** One cell as the spreadsheet shows it. `rows[i][j]` is Excel's row i + 1, column j (A = 0). */
export interface Cell {
  /** The raw value: text, a number, a boolean; null for an empty or error cell. */
  v: string | number | boolean | null;
  /** A date cell (read with cellDates and UTC), as an ISO date YYYY-MM-DD. */
  d?: string;
  /** The text as Excel or WPS displays it (its number format applied), when it differs from `v`. */
  w?: string;
  /** The number format, for dates: "yyyy年m月" has no day, so the date is a month. */
  z?: string;
}

export interface CellRange { s: { r: number; c: number }; e: { r: number; c: number } }

export interface SheetData {
  name: string;
  /** From row 1 and column A: index + 1 is the row number Excel shows. Trailing empty rows are dropped. */
  rows: (Cell | null)[][];
  merges: CellRange[];
  /** Rows the sheet holds in all (more than `rows` when the reader stopped at the row limit). */
  totalRows: number;
}

export type Encoding = 'utf-8' | 'gb18030';
export type EncodingChoice = 'auto' | Encoding;

export interface Workbook {
  fileName: string;
  format: 'xlsx' | 'xls' | 'csv';
  sheets: SheetData[];
  /** A CSV's encoding as detected (or chosen), and how. */
  encoding?: { used: Encoding; how: 'bom' | 'utf-8' | 'fallback' | 'chosen' };
  /** A CSV whose header row decoded with U+FFFD: the encoding is probably wrong. */
  replacementInHeader?: boolean;
}

/** Why a file cannot be read at all: each has its own message. */
export type FileProblem =
  | 'not-spreadsheet' | 'empty' | 'encrypted' | 'too-many-rows' | 'unreadable';

/** The fields a ledger's columns map to. Contact columns are recognised so they can be ignored on purpose. */
export const FIELDS = [
  'id', 'name', 'stage', 'category', 'park', 'planned', 'annualPlan', 'annualCompleted', 'completed',
  'start', 'end', 'period', 'progress', 'unit', 'problems', 'notes', 'contact', 'phone',
] as const;
export type FieldId = (typeof FIELDS)[number];
/** A ledger needs at least these; a start and an end come from `start` + `end` or from `period`. */
export const REQUIRED_FIELDS = ['name', 'planned'] as const satisfies readonly FieldId[];
export const AMOUNT_FIELDS = ['planned', 'annualPlan', 'annualCompleted', 'completed'] as const satisfies readonly FieldId[];
export type AmountField = (typeof AMOUNT_FIELDS)[number];

export type AmountUnit = 'wan' | 'yi';

export interface ColumnInfo {
  /** 0-based column index (A = 0). */
  index: number;
  /** The header as the ledger writes it, group headers joined: "投资情况（万元）/总投资". */
  header: string;
  /** The field its header matches by synonym, if any. */
  field?: FieldId;
  /** An amount unit stated in its own header or its group header. */
  unit?: AmountUnit;
  /** Up to three non-empty values from the first data rows, as shown. */
  samples: string[];
}

export interface SheetAnalysis {
  sheet: string;
  /** Excel row numbers (1-based) of the first and last header row. */
  headerRows: [number, number];
  /** Excel row number of the first row after the header. */
  dataStart: number;
  columns: ColumnInfo[];
  /** The sheet's unit for amounts: from a 单位：万元 row above the header, else 万元 assumed. */
  defaultUnit: { unit: AmountUnit; from: 'unit-row' | 'assumed' };
  /** The title rows' text (…重点项目建设进度台账（2026年1-10月）), if any. */
  title?: string;
  /** 填报单位：… above the header, if any. */
  reportedBy?: string;
  /** The report date a title implies: 1-10月 → the last day of October. */
  titleDate?: string;
  /** How well the sheet looks like a ledger (synonym matches in its header): the likeliest sheet is preselected. */
  score: number;
  /** Data rows (after the header, blank rows not counted). */
  dataRows: number;
}

/** Column index per field; a field absent from the map is not read. */
export type Mapping = Partial<Record<FieldId, number>>;

export const STAGE_IDS = ['planning', 'signed', 'approval', 'construction', 'completed'] as const;
export type StageId = (typeof STAGE_IDS)[number];
/** The ledger's own wording (续建, 前期…) → the contract's stage. */
export type StageMap = Record<string, StageId>;

export type DatePrecision = 'day' | 'month' | 'year';
export type Qualifier = 'approx' | 'over';

export type Severity = 'error' | 'warning' | 'info';

/** One thing the check found, where a planner would look for it. */
export interface RowIssue {
  sheet: string;
  /** The row number Excel shows. */
  row: number;
  /** The column's header as the ledger writes it; absent for a whole-row note. */
  column?: string;
  /** The cell's text as shown. */
  value?: string;
  severity: Severity;
  code: string;
  message: { zh: string; en: string };
}

/** An accepted row, in the ledger's terms, amounts already in integer 万元. */
export interface LedgerRecord {
  row: number;
  id?: string;
  name: string;
  stage: StageId;
  stageText?: string;
  category?: string;
  park?: string;
  unit?: string;
  plannedWan: number;
  completedWan?: number;
  annualPlanWan?: number;
  annualCompletedWan?: number;
  qualifiers: Partial<Record<AmountField, Qualifier>>;
  start: string;
  end: string;
  precision: { start: DatePrecision; end: DatePrecision };
  progress?: string;
  problems?: string;
  notes?: string;
  /** The warnings this row came in with, in words. */
  warnings: { zh: string; en: string }[];
}

export interface CheckResult {
  records: LedgerRecord[];
  /** Every error, warning and note, in row order. */
  issues: RowIssue[];
  /** Rows kept out by an error. */
  rejected: number;
  /** Totals rows (合计/小计/总计) skipped, with what their 总投资 said, to compare with the rows' sum. */
  totals: { row: number; label: string; plannedWan?: number }[];
}
