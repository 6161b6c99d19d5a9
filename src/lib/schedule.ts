/**
 * Status by a visible rule: lag = share of time elapsed − share of work done, both at the data's as-of date.
 * Never the system clock, and never a status someone typed in.
 */
import { daysBetween, elapsedShare } from '@/contract/iso-date';

export const THRESHOLDS = { amberPts: 5, redPts: 15 } as const;

/** Every status the rule gives, in the order a list of them reads: none yet, fine, worse, worst, finished. */
export const SCHEDULE_STATUSES = ['not-started', 'on-track', 'at-risk', 'behind', 'done'] as const;
export type ScheduleStatus = (typeof SCHEDULE_STATUSES)[number];
export type Rag = 'green' | 'amber' | 'red' | 'none';

export const RAG: Record<ScheduleStatus, Rag> = {
  'not-started': 'none', 'on-track': 'green', done: 'green', 'at-risk': 'amber', behind: 'red',
};

export interface ScheduleInput {
  start: string;
  end: string;
  /** Share of work done, 0..1. */
  done: number;
}

export interface Assessment {
  status: ScheduleStatus;
  rag: Rag;
  /** Share of the window elapsed by the end of the as-of day, 0..1 (see elapsedShare). */
  elapsed: number;
  /** Percentage points behind schedule (negative when ahead). */
  lagPts: number;
}

export function assessSchedule({ start, end, done }: ScheduleInput, asOf: string): Assessment {
  const elapsed = elapsedShare(start, end, asOf);
  const lagPts = Math.round((elapsed - done) * 1000) / 10;
  let status: ScheduleStatus;
  if (done >= 1) status = 'done';
  else if (daysBetween(start, asOf) < 0) status = 'not-started';
  else if (daysBetween(end, asOf) > 0 || lagPts > THRESHOLDS.redPts) status = 'behind';
  else if (lagPts > THRESHOLDS.amberPts) status = 'at-risk';
  else status = 'on-track';
  return { status, rag: RAG[status], elapsed, lagPts };
}

/**
 * 序时进度: the share of the calendar year elapsed at the as-of date (2026-10-31 → 304/365). The same rule
 * as a project's elapsed time, so a project running the whole year is exactly on 序时进度.
 */
export function yearElapsedShare(asOf: string): number {
  const year = asOf.slice(0, 4);
  return elapsedShare(`${year}-01-01`, `${year}-12-31`, asOf);
}

/** The day count behind 序时进度, so the figure can show its own formula (151 ÷ 366). */
export function yearElapsedDays(asOf: string): { days: number; daysInYear: number } {
  const year = Number(asOf.slice(0, 4));
  const startOfYear = `${year}-01-01`;
  return { days: daysBetween(startOfYear, asOf) + 1, daysInYear: daysBetween(startOfYear, `${year + 1}-01-01`) };
}

export interface RateAssessment {
  status: Extract<ScheduleStatus, 'on-track' | 'at-risk' | 'behind'>;
  rag: Rag;
  /** Percentage points the rate trails 序时进度, one decimal, as shown (negative when ahead). */
  lagPts: number;
}

/**
 * A completion rate read against the share of time elapsed (年度投资完成率 against 序时进度): the same
 * thresholds as a project, so a leader meets one rule everywhere. The lag is rounded from the two
 * percentages as displayed (one decimal each), so 27.9% against 41.3% reads as 13.4, never 13.3.
 */
export function assessRate(rate: number, timeShare: number): RateAssessment {
  const lagPts = Math.round((Math.round(timeShare * 1000) - Math.round(rate * 1000))) / 10;
  const status = lagPts > THRESHOLDS.redPts ? 'behind' : lagPts > THRESHOLDS.amberPts ? 'at-risk' : 'on-track';
  return { status, rag: RAG[status], lagPts };
}
