/**
 * Status by a visible rule: lag = share of time elapsed − share of work done, both at the data's as-of date.
 * Never the system clock, and never a status someone typed in.
 */
export const THRESHOLDS = { amberPts: 5, redPts: 15 } as const;

export type ScheduleStatus = 'not-started' | 'on-track' | 'at-risk' | 'behind' | 'done';
export type Rag = 'green' | 'amber' | 'red' | 'none';

export const RAG: Record<ScheduleStatus, Rag> = {
  'not-started': 'none', 'on-track': 'green', done: 'green', 'at-risk': 'amber', behind: 'red',
};

const DAY = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;

export interface ScheduleInput {
  start: string;
  end: string;
  /** Share of work done, 0..1. */
  done: number;
}

export interface Assessment {
  status: ScheduleStatus;
  rag: Rag;
  /** Share of time elapsed at the as-of date, 0..1. */
  elapsed: number;
  /** Percentage points behind schedule (negative when ahead). */
  lagPts: number;
}

export function assessSchedule({ start, end, done }: ScheduleInput, asOf: string): Assessment {
  const now = day(asOf);
  const span = Math.max(1, day(end) - day(start));
  const elapsed = Math.min(1, Math.max(0, (now - day(start)) / span));
  const lagPts = Math.round((elapsed - done) * 1000) / 10;
  let status: ScheduleStatus;
  if (done >= 1) status = 'done';
  else if (now < day(start)) status = 'not-started';
  else if (now > day(end) || lagPts > THRESHOLDS.redPts) status = 'behind';
  else if (lagPts > THRESHOLDS.amberPts) status = 'at-risk';
  else status = 'on-track';
  return { status, rag: RAG[status], elapsed, lagPts };
}

/** 序时进度: the share of the calendar year elapsed at the as-of date (2024-05-30 → 151/366). */
export function yearElapsedShare(asOf: string): number {
  const { days, daysInYear } = yearElapsedDays(asOf);
  return days / daysInYear;
}

/** The day count behind 序时进度, so the figure can show its own formula (151 ÷ 366). */
export function yearElapsedDays(asOf: string): { days: number; daysInYear: number } {
  const year = Number(asOf.slice(0, 4));
  const startOfYear = day(`${year}-01-01`);
  return { days: day(asOf) - startOfYear + 1, daysInYear: day(`${year + 1}-01-01`) - startOfYear };
}
