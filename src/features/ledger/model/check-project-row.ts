/**
 * One project row of a ledger, checked field by field. An error keeps the row out; a warning lets it in but
 * says what was assumed, on the issue list and on the record itself.
 */
import { DETAILS, placed } from './row-messages';
import type { Words } from './row-messages';
import type { Grid } from './sheet-grid';
import { stageOf } from './stages';
import { cellText, collapse } from './text';
import type { AmountField, AmountUnit, FieldId, LedgerRecord, Mapping, Qualifier, RowIssue, Severity, StageId, StageMap } from './types';
import { parseAmount, parseDate, parsePeriod } from './values';
import type { DateReading } from './values';

export interface RowContext {
  grid: Grid;
  mapping: Mapping;
  stages: StageMap;
  header: (column: number) => string;
  unitOf: (column: number) => AmountUnit;
  /** Name → the first row it was seen on, for the duplicate warning. */
  names: Map<string, number>;
}

export interface RowOutcome {
  record?: LedgerRecord;
  issues: RowIssue[];
  name?: string;
  /** The row's 总投资 when readable, accepted or not: the totals rows are compared with these. */
  plannedWan?: number;
}

/** Fields whose merged cells hold for every row they cover (a 续建 merged over a block of rows). */
const FILLED_FIELDS: FieldId[] = ['stage', 'category', 'park', 'unit'];
const OPTIONAL_AMOUNTS: AmountField[] = ['annualPlan', 'annualCompleted', 'completed'];
const NAME_MAX = 200;
const TEXT_MAX = 1000;

export function checkProjectRow(ctx: RowContext, r: number): RowOutcome {
  const { grid, mapping } = ctx;
  const row = r + 1;
  const issues: RowIssue[] = [];
  const warnings: Words[] = [];
  let failed = false;
  const cellOf = (c: number, field: FieldId) => (FILLED_FIELDS.indexOf(field) >= 0 ? grid.filled(r, c) : grid.raw(r, c));
  const note = (severity: Severity, code: string, c: number | undefined, detail: Words, value?: string) => {
    const column = c === undefined ? undefined : ctx.header(c);
    const message = placed(row, column, detail);
    const issue: RowIssue = { sheet: grid.sheet.name, row, severity, code, message };
    if (column !== undefined) issue.column = column;
    const shown = value ?? (c === undefined ? undefined : cellText(grid.raw(r, c)));
    if (shown !== undefined) issue.value = shown;
    issues.push(issue);
    if (severity === 'error') failed = true;
    if (severity === 'warning') warnings.push(message);
  };

  const text = (field: FieldId, max = TEXT_MAX): string | undefined => {
    const c = mapping[field];
    if (c === undefined) return undefined;
    const shown = collapse(cellText(cellOf(c, field)));
    if (shown === '') return undefined;
    const chars = Array.from(shown);
    if (chars.length <= max) return shown;
    note('warning', 'text-cut', c, DETAILS['text-cut'](max), shown);
    return chars.slice(0, max).join('');
  };

  const name = text('name', NAME_MAX);
  if (!name) note('error', 'name-empty', mapping.name, DETAILS['name-empty']());
  else if (ctx.names.has(name)) note('warning', 'duplicate-name', mapping.name, DETAILS['duplicate-name'](ctx.names.get(name) ?? row));
  else ctx.names.set(name, row);

  // Amounts: 总投资 must be there; the others are left out (not guessed) when unreadable.
  const amounts: Partial<Record<AmountField, number>> = {};
  const qualifiers: Partial<Record<AmountField, Qualifier>> = {};
  for (const field of ['planned', ...OPTIONAL_AMOUNTS] as AmountField[]) {
    const c = mapping[field];
    if (c === undefined) continue;
    const shown = cellText(grid.raw(r, c));
    const result = parseAmount(grid.raw(r, c), ctx.unitOf(c));
    if (result.ok) {
      if (field === 'planned' && result.wan <= 0) {
        note('error', 'planned-zero', c, DETAILS['planned-zero'](shown));
        continue;
      }
      amounts[field] = result.wan;
      if (result.qualifier) {
        qualifiers[field] = result.qualifier;
        const code = result.qualifier === 'approx' ? 'amount-approx' : 'amount-over';
        note('warning', code, c, DETAILS[code](shown, result.wan));
      }
    } else if (field === 'planned') {
      if (result.reason === 'empty') note('error', 'planned-empty', c, DETAILS['planned-empty']());
      else if (result.reason === 'negative') note('error', 'planned-negative', c, DETAILS.negative(shown));
      else note('error', `planned-${result.reason}`, c, DETAILS['not-amount'](shown));
    } else if (result.reason === 'not-amount' || result.reason === 'negative') {
      // 待定 or — in an optional column just means "none yet": no warning for that.
      note('warning', 'optional-not-amount', c, DETAILS['optional-not-amount'](shown));
    }
  }
  const { planned, completed, annualCompleted } = amounts;
  if (completed !== undefined && planned !== undefined && completed > planned) {
    note('warning', 'completed-over-planned', mapping.completed, DETAILS['completed-over-planned'](completed, planned));
  }
  if (annualCompleted !== undefined && completed !== undefined && annualCompleted > completed) {
    note('warning', 'annual-over-completed', mapping.annualCompleted, DETAILS['annual-over-completed'](annualCompleted, completed));
  }

  const dates = readDates(ctx, r, note);

  let stage: StageId = 'construction'; // no stage column: the sheet-level warning says so once
  const stageText = text('stage');
  if (mapping.stage !== undefined) {
    const found = stageText ? stageOf(ctx.stages, stageText) : undefined;
    if (!stageText) note('error', 'stage-empty', mapping.stage, DETAILS['stage-empty'](), '');
    else if (!found) note('error', 'stage-unmapped', mapping.stage, DETAILS['stage-unmapped'](stageText), stageText);
    else stage = found;
  }

  const outcome: RowOutcome = { issues };
  if (name) outcome.name = name;
  if (planned !== undefined) outcome.plannedWan = planned;
  if (failed || !name || planned === undefined || !dates) return outcome;
  const record: LedgerRecord = {
    row, name, stage, plannedWan: planned, qualifiers, start: dates.start.iso, end: dates.end.iso,
    precision: { start: dates.start.precision, end: dates.end.precision }, warnings,
  };
  const optional: [keyof LedgerRecord, string | number | undefined][] = [
    ['id', text('id')], ['stageText', stageText], ['category', text('category')], ['park', text('park')],
    ['unit', text('unit')], ['progress', text('progress')], ['problems', text('problems')], ['notes', text('notes')],
    ['completedWan', completed], ['annualPlanWan', amounts.annualPlan], ['annualCompletedWan', annualCompleted],
  ];
  for (const [key, value] of optional) if (value !== undefined) (record as unknown as Record<string, unknown>)[key] = value;
  outcome.record = record;
  return outcome;
}

type Note = (severity: Severity, code: string, c: number | undefined, detail: Words, value?: string) => void;

/**
 * Start and end from their own columns, else from 建设起止年限. With neither mapped the sheet-level error
 * says so once and the row adds nothing: the same complaint on every row would bury the rest.
 */
function readDates(ctx: RowContext, r: number, note: Note): { start: DateReading; end: DateReading } | undefined {
  const { grid, mapping } = ctx;
  const got: Partial<Record<'start' | 'end', { reading: DateReading; c: number }>> = {};
  const fromPeriod: ('start' | 'end')[] = [];
  let missing = false;
  for (const role of ['start', 'end'] as const) {
    const c = mapping[role];
    const result = c === undefined ? undefined : parseDate(grid.raw(r, c), role);
    if (c !== undefined && result?.ok) got[role] = { reading: result, c };
    else if (c !== undefined && result && !result.ok && result.reason === 'not-date') note('error', 'not-date', c, DETAILS['not-date'](cellText(grid.raw(r, c))));
    // An empty start or end may still come from 建设起止年限.
    else if (mapping.period !== undefined) fromPeriod.push(role);
    else if (c !== undefined) note('error', 'date-empty', c, DETAILS['date-empty'](role));
    else missing = true;
  }
  const p = mapping.period;
  if (fromPeriod.length && p !== undefined) {
    const shown = cellText(grid.raw(r, p));
    const period = parsePeriod(grid.raw(r, p));
    if (!period.ok) note('error', period.reason, p, period.reason === 'empty' ? DETAILS['period-empty']() : DETAILS['not-period'](shown));
    else {
      for (const role of fromPeriod) got[role] = { reading: period[role], c: p };
      if (period.start.precision !== 'day' || period.end.precision !== 'day') note('warning', 'period-rough', p, DETAILS['period-rough'](shown, period.start.iso, period.end.iso));
    }
  }
  const { start, end } = got;
  if (missing || !start || !end) return undefined;
  for (const [role, { reading, c }] of [['start', start], ['end', end]] as const) {
    if (c === p) continue;
    const shown = cellText(grid.raw(r, c));
    if (reading.ambiguous) note('warning', 'date-ambiguous', c, DETAILS['date-ambiguous'](shown, reading.iso, reading.ambiguous.alternative));
    else if (reading.precision !== 'day') note('warning', 'date-rough', c, DETAILS['date-rough'](shown, role, reading.precision, reading.iso));
  }
  if (end.reading.iso < start.reading.iso) {
    note('error', 'end-before-start', end.c, DETAILS['end-before-start'](start.reading.iso, end.reading.iso));
    return undefined;
  }
  return { start: start.reading, end: end.reading };
}
