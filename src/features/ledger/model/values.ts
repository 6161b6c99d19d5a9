/**
 * Reading one cell as an amount (here) or a date (./dates). The rule throughout: read what the ledger clearly
 * says, mark what it hedges (约, 以上), and refuse what it does not say (待定, 5000元 in a 万元 column) rather
 * than guess.
 */
import { cellText, halfWidth } from './text';
import type { AmountUnit, Cell, Qualifier } from './types';

export { cellText } from './text';
export { DAY_CONVENTION, parseDate, parsePeriod } from './dates';
export type { DateFailure, DateReading, DateResult, PeriodFailure, PeriodResult } from './dates';

export type AmountResult =
  | { ok: true; wan: number; qualifier?: Qualifier; unitInCell?: AmountUnit }
  | { ok: false; reason: AmountFailure };
export type AmountFailure = 'empty' | 'pending' | 'not-amount' | 'negative';

/** Words (and dashes) a ledger writes where the amount is not known yet: not an amount, and not zero either. */
const PENDING = /^(待定|暂无|未定|待核定|待测算|待确定|无|不详|[-—–―─]+|[/\\])$/;

const APPROX_BEFORE = ['约合', '大约', '约', '近'];
const OVER_BEFORE = ['超过', '超', '逾', '多于'];

/**
 * The number, its own unit and a trailing hedge. Thousands separators must group by three: "3,2" is not 32 and
 * not 3.2, so it is refused. A bare 元 means yuan, which a 万元 ledger never means: refused too.
 */
const AMOUNT = /^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(余|多)?(亿|万)?(余|多)?(元)?(左右|以上|余|多)?$/;

export function parseAmount(cell: Cell | null | undefined, columnUnit: AmountUnit): AmountResult {
  if (!cell || cell.v === null) return { ok: false, reason: 'empty' };
  // A date cell in an amount column is a slip of the format, not a number of 万元.
  if (cell.d !== undefined || typeof cell.v === 'boolean') return { ok: false, reason: 'not-amount' };
  if (typeof cell.v === 'number') {
    if (!Number.isFinite(cell.v)) return { ok: false, reason: 'not-amount' };
    if (cell.v < 0) return { ok: false, reason: 'negative' };
    return { ok: true, wan: toWan(cell.v, columnUnit) };
  }
  return parseAmountText(cellText(cell), columnUnit);
}

function parseAmountText(shown: string, columnUnit: AmountUnit): AmountResult {
  // Spaces between digits are thousands separators ("30 000"); elsewhere they are noise ("3.2 亿元").
  let text = halfWidth(shown).replace(/(\d)\s+(?=\d)/g, '$1,').replace(/\s+/g, '');
  if (text === '') return { ok: false, reason: 'empty' };
  if (PENDING.test(text)) return { ok: false, reason: 'pending' };
  if (/^-\.?\d/.test(text)) return { ok: false, reason: 'negative' };

  let qualifier: Qualifier | undefined;
  for (const [words, q] of [[APPROX_BEFORE, 'approx'], [OVER_BEFORE, 'over']] as const) {
    const word = words.find((w) => text.startsWith(w));
    if (word && !qualifier) {
      qualifier = q;
      text = text.slice(word.length);
    }
  }
  const m = AMOUNT.exec(text);
  if (!m) return { ok: false, reason: 'not-amount' };
  const [, digits = '', more, unitWord, moreAfterUnit, yuan, after] = m;
  if (yuan && !unitWord) return { ok: false, reason: 'not-amount' };
  if (!qualifier && after === '左右') qualifier = 'approx';
  if (!qualifier && (more || moreAfterUnit || after)) qualifier = 'over';

  const unitInCell: AmountUnit | undefined = unitWord === '亿' ? 'yi' : unitWord === '万' ? 'wan' : undefined;
  const wan = toWan(Number(digits.replace(/,/g, '')), unitInCell ?? columnUnit);
  const result: AmountResult = { ok: true, wan };
  if (qualifier) result.qualifier = qualifier;
  if (unitInCell) result.unitInCell = unitInCell;
  return result;
}

/** Integer 万元: the contract's unit, and a ledger never means a fraction of 万元 it could not also round. */
function toWan(value: number, unit: AmountUnit): number {
  return Math.round(unit === 'yi' ? value * 10000 : value);
}
