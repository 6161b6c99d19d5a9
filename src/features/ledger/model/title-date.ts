/**
 * The report date a ledger's title implies. "（2026年1-10月）" reports through the end of October, so figures
 * are as of 2026-10-31; a title with a day says so itself.
 */
import { halfWidth, squash } from './text';

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function iso(y: number, m: number, d?: number): string | undefined {
  if (m < 1 || m > 12 || y < 1900 || y > 2100) return undefined;
  const day = d ?? lastDay(y, m);
  return day >= 1 && day <= lastDay(y, m) ? `${y}-${pad(m)}-${pad(day)}` : undefined;
}

/** The last day a title's period covers, or the day it names; undefined when it names neither. */
export function reportDate(title: string): string | undefined {
  const t = squash(halfWidth(title));
  let m = /(\d{4})年(\d{1,2})月(\d{1,2})[日号]/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  // 1-10月 (or 1—10月份): through the end of the second month.
  m = /(\d{4})年(?:\d{1,2})[-—–~至到](\d{1,2})月/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]));
  m = /(\d{4})年(\d{1,2})月/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]));
  m = /(\d{4})年(?:第)?([一二三四1-4])季度/.exec(t);
  if (m) return iso(Number(m[1]), 3 * ('一二三四'.indexOf(m[2] ?? '') + 1 || Number(m[2])));
  m = /(\d{4})年上半年/.exec(t);
  return m ? iso(Number(m[1]), 6) : undefined;
}
