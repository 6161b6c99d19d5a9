/**
 * Dates as ledgers write them: real date cells, Excel serials, 2024.5 typed as a number, and text in a dozen
 * shapes. A date that names only a month or a year keeps that precision, so the check can say which day it used.
 */
import { cellText, halfWidth, squash } from './text';
import type { Cell, DatePrecision } from './types';

export type DateReading = { ok: true; iso: string; precision: DatePrecision; ambiguous?: { alternative: string } };
export type DateFailure = { ok: false; reason: 'empty' | 'not-date' };
export type DateResult = DateReading | DateFailure;
export type PeriodResult = { ok: true; start: DateReading; end: DateReading } | PeriodFailure;
export type PeriodFailure = { ok: false; reason: 'empty' | 'not-period' };
type Role = 'start' | 'end';

/** The one convention for a date without a day, stated wherever a planner may ask which day was used. */
export const DAY_CONVENTION = {
  zh: '只写到月份的日期：开工按当月1日计，竣工按当月最后一天计；只写年份的：开工按1月1日计，竣工按12月31日计。',
  en: 'A date given as a month only counts from the 1st of the month (start) or to its last day (end); a year alone counts from 1 January (start) or to 31 December (end).',
} as const;

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
/** Excel serials from 1954 to 2119: a project date, and never a bare year or a small count. */
const SERIAL_MIN = 20000;
const SERIAL_MAX = 80000;
const DAY_MS = 86400000;

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) => (m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].indexOf(m) >= 0 ? 30 : 31);

/** The reading of year / month / day under DAY_CONVENTION; undefined when no such date exists (2024-02-30). */
function reading(y: number, m: number | undefined, d: number | undefined, role: Role): DateReading | undefined {
  if (y < MIN_YEAR || y > MAX_YEAR) return undefined;
  if (m === undefined) return { ok: true, iso: role === 'start' ? `${y}-01-01` : `${y}-12-31`, precision: 'year' };
  if (m < 1 || m > 12) return undefined;
  if (d === undefined) return { ok: true, iso: `${y}-${pad(m)}-${role === 'start' ? '01' : pad(daysIn(y, m))}`, precision: 'month' };
  if (d < 1 || d > daysIn(y, m)) return undefined;
  return { ok: true, iso: `${y}-${pad(m)}-${pad(d)}`, precision: 'day' };
}

const num = (s: string | undefined) => (s === undefined || s === '' ? undefined : Number(s));

const YEAR_TEXT = /^(\d{4})年?$/;
const MONTH_TEXT = /^(\d{4})(?:年(\d{1,2})月份?|[./-](\d{1,2})月?)$/;
const DAY_TEXT = /^(\d{4})(?:年(\d{1,2})月(\d{1,2})[日号]?|[./-](\d{1,2})[./-](\d{1,2})日?)$/;
const COMPACT_DAY = /^(\d{4})(\d{2})(\d{2})$/;

/** One date written as text (or a number's digits read as text); a trailing 00:00:00 is dropped. */
function readText(text: string, role: Role): DateReading | undefined {
  const t = squash(halfWidth(text).replace(/\s+\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/, ''));
  let m = YEAR_TEXT.exec(t);
  if (m) return reading(Number(m[1]), undefined, undefined, role);
  m = MONTH_TEXT.exec(t);
  if (m) return reading(Number(m[1]), num(m[2]) ?? num(m[3]), undefined, role);
  m = DAY_TEXT.exec(t) ?? COMPACT_DAY.exec(t);
  if (m) return reading(Number(m[1]), num(m[2]) ?? num(m[4]), num(m[3]) ?? num(m[5]), role);
  return undefined;
}

/** A number format's date parts, its quoted literals ("年"), escapes and [$-804] sections left out. */
function formatPrecision(z: string | undefined): DatePrecision | undefined {
  if (!z) return undefined;
  const tokens = z.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  if (/d/i.test(tokens)) return 'day';
  if (/m/i.test(tokens)) return 'month';
  return /y/i.test(tokens) ? 'year' : undefined;
}

export function parseDate(cell: Cell | null | undefined, role: Role): DateResult {
  const notDate: DateFailure = { ok: false, reason: 'not-date' };
  if (!cell || cell.v === null) return { ok: false, reason: 'empty' };
  if (cell.d !== undefined) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(cell.d);
    if (!m) return notDate;
    // Without a number format, the shown text may still say it is a month ("2024年5月").
    const precision = formatPrecision(cell.z) ?? (cell.w ? readText(cell.w, role)?.precision : undefined) ?? 'day';
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return reading(y, precision === 'year' ? undefined : mo, precision === 'day' ? Number(m[3]) : undefined, role) ?? notDate;
  }
  if (typeof cell.v === 'number') return readNumber(cell.v, cell.w, role) ?? notDate;
  const shown = cellText(cell);
  if (shown === '') return { ok: false, reason: 'empty' };
  return readText(shown, role) ?? notDate;
}

function readNumber(value: number, shown: string | undefined, role: Role): DateReading | undefined {
  if (Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR) return reading(value, undefined, undefined, role);
  if (value >= SERIAL_MIN && value <= SERIAL_MAX) {
    const iso = new Date(Date.UTC(1899, 11, 30) + Math.floor(value) * DAY_MS).toISOString().slice(0, 10);
    return { ok: true, iso, precision: 'day' };
  }
  if (Number.isInteger(value)) return readText(String(value), role); // 20240501
  // 2024.5 typed into a number cell: what Excel shows is what the planner meant, if it shows one.
  const text = shown && /^\d{4}\.\d+$/.test(shown.trim()) ? shown.trim() : String(value);
  const m = /^(\d{4})\.(\d{1,2})$/.exec(text);
  if (!m) return undefined;
  const result = reading(Number(m[1]), Number(m[2]), undefined, role);
  // Excel stores 2024.10 as the number 2024.1, so ".1" may be October; .2 and .3 cannot be (Nov is .11).
  if (result && m[2] === '1') {
    const october = reading(Number(m[1]), 10, undefined, role);
    if (october) result.ambiguous = { alternative: october.iso };
  }
  return result;
}

/** A date as it may stand on either side of a range; two of them, each with a 4-digit year, make a period. */
const DATE_PART = '\\d{4}(?:年(?:\\d{1,2}月(?:份|\\d{1,2}[日号]?)?)?|[./-]\\d{1,2}(?:[./-]\\d{1,2})?)?';
const PERIOD = new RegExp(`^(${DATE_PART})(?:[-—–―─~〜]+|至|到)(${DATE_PART})$`);

export function parsePeriod(cell: Cell | null | undefined): PeriodResult {
  const notPeriod: PeriodFailure = { ok: false, reason: 'not-period' };
  if (!cell || cell.v === null) return { ok: false, reason: 'empty' };
  if (typeof cell.v !== 'string' || cell.d !== undefined) return notPeriod;
  const text = squash(halfWidth(cellText(cell)));
  if (text === '') return { ok: false, reason: 'empty' };
  // "2025-03" fails here: a range needs a 4-digit year on each side.
  const m = PERIOD.exec(text);
  if (!m) return notPeriod;
  const start = readText(m[1] ?? '', 'start');
  const end = readText(m[2] ?? '', 'end');
  return start && end ? { ok: true, start, end } : notPeriod;
}
