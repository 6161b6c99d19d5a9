import { z } from 'zod/mini';
import { isoDateSchema, sourceSchema } from './common';

/** A report month, as a ledger's 数据截至 gives it: 2026-10. */
export const monthIdSchema = z.string().check(z.regex(/^\d{4}-(?:0[1-9]|1[0-2])$/));
export type MonthId = z.infer<typeof monthIdSchema>;

/** The month a date falls in: what a snapshot is named by. */
export const monthOf = (isoDate: string): MonthId => isoDate.slice(0, 7);

const count = z.number().check(z.int(), z.nonnegative());

/**
 * One month's totals, computed from its snapshot's records when it was published (so a trend needs no more
 * than the manifest). Statuses by the schedule rule at that month's as-of date (src/lib/schedule.ts).
 */
export const monthTotalsSchema = z.object({
  count,
  plannedWan: count,
  completedWan: count,
  annualPlanWan: count,
  annualCompletedWan: count,
  status: z.object({ 'not-started': count, 'on-track': count, 'at-risk': count, behind: count, done: count }),
});
export type MonthTotals = z.infer<typeof monthTotalsSchema>;

/** A snapshot's file: its month and .json, nothing else, so a manifest can never point outside data/. */
export const snapshotFileSchema = z.string().check(z.regex(/^\d{4}-(?:0[1-9]|1[0-2])\.json$/));
/** SHA-256 of the file's bytes, lowercase hex. */
export const sha256Schema = z.string().check(z.regex(/^[0-9a-f]{64}$/));

export const monthEntrySchema = z.object({
  month: monthIdSchema,
  asOf: isoDateSchema,
  source: sourceSchema,
  /** A published month's file and content hash (the manifest's); a service may leave them out. */
  file: z.optional(snapshotFileSchema),
  sha256: z.optional(sha256Schema),
  totals: monthTotalsSchema,
});
export type MonthEntry = z.infer<typeof monthEntrySchema>;

/** Newest first, one entry each, each as of a day in its own month. */
export const monthsInOrder = (months: readonly MonthEntry[]): boolean =>
  months.every((m, i) => monthOf(m.asOf) === m.month && (i === 0 || months[i - 1]!.month > m.month));
