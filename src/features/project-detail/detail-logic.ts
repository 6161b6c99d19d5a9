/**
 * The pure parts of a project's own page: the schedule rule taken apart into the numbers it used, in words,
 * and where things sit on the project's timeline. Everything at the data's as-of date, never the clock.
 */
import { daysBetween, elapsedShare } from '@/contract/iso-date';
import type { Project } from '@/contract/schemas';
import { formatDate, formatNumber, formatPercent, type Lang } from '@/lib/format';
import type { DetailMessages } from '@/lib/i18n/detail';
import type { Messages } from '@/lib/i18n';
import { assessProject, progressOf } from '@/projects/selection/select';
import type { Assessment, ScheduleStatus } from '@/lib/schedule';

/** Which clause of the rule decided the status. */
/** What each part of the project's page gets: the record, the data's as-of date, and the words. */
export interface DetailProps {
  p: Project;
  asOf: string;
  lang: Lang;
  m: Messages;
  dm: DetailMessages;
}

export type RuleCase = 'finished' | 'not-started' | 'past-end' | 'lag';

export interface RuleBreakdown {
  assessment: Assessment;
  /** What decided the status: the status alone does not say (behind may be a lag or a missed end date). */
  ruleCase: RuleCase;
  /** Time elapsed and share done in tenths of a percent, as shown: shown elapsed − shown done = lagPts. */
  elapsedTenths: number;
  doneTenths: number;
  /** The rule's own lag, already rounded to 0.1 point (schedule.ts); negative when ahead. */
  lagPts: number;
}

/**
 * Tenths of a percent for elapsed and done whose difference is exactly the rule's lag. Each rounded alone,
 * they can miss it by 0.1 (61.26 − 17.04 = 44.22 → 44.2, but 61.3 − 17.0 = 44.3); then the one of the two
 * nearer to the other rounding moves, so neither is ever more than 0.1 point off its true value.
 */
export function consistentTenths(elapsed: number, done: number, lagPts: number): { elapsedTenths: number; doneTenths: number } {
  const e = elapsed * 1000;
  const d = done * 1000;
  let elapsedTenths = Math.round(e);
  let doneTenths = Math.round(d);
  const diff = elapsedTenths - doneTenths - Math.round(lagPts * 10);
  if (diff !== 0) {
    const moveElapsed = Math.abs(e - (elapsedTenths - diff)) < Math.abs(d - (doneTenths + diff));
    const inRange = elapsedTenths - diff >= 0 && elapsedTenths - diff <= 1000;
    if (moveElapsed && inRange) elapsedTenths -= diff;
    else doneTenths += diff;
  }
  return { elapsedTenths, doneTenths };
}

/** The project's status at `asOf` with the numbers behind it (assessProject's, the ones the table uses). */
export function ruleBreakdown(p: Project, asOf: string): RuleBreakdown {
  const assessment = assessProject(p, asOf);
  const done = progressOf(p);
  const lagPts = assessment.lagPts === 0 ? 0 : assessment.lagPts; // no −0 ("−0.0 points ahead")
  // The same order of clauses as assessSchedule: finished first, then not started, then the end date.
  const ruleCase: RuleCase = done >= 1 ? 'finished'
    : daysBetween(p.start, asOf) < 0 ? 'not-started'
      : daysBetween(p.end, asOf) > 0 ? 'past-end' : 'lag';
  return { assessment, ruleCase, lagPts, ...consistentTenths(assessment.elapsed, done, lagPts) };
}

/** How far ahead or behind, in words: "落后21.5个百分点", "领先1.2个百分点", "持平". */
export function lagWords(lagPts: number, dm: DetailMessages, lang: Lang): string {
  const m = dm.projectDetail.progress;
  if (lagPts > 0) return m.behind(formatNumber(lagPts, lang, 1));
  if (lagPts < 0) return m.ahead(formatNumber(-lagPts, lang, 1));
  return m.level;
}

const tenthsPercent = (tenths: number, lang: Lang) => formatPercent(tenths / 1000, lang);

/**
 * The rule applied, up to the arrow: "时间进度 38.5% − 完成进度 17.0% = 落后21.5个百分点". The caller adds
 * " → " and the status (icon and word), which ruleSentence spells out in plain text.
 */
export function ruleBasis(p: Project, b: RuleBreakdown, asOf: string, dm: DetailMessages, lang: Lang): string {
  const m = dm.projectDetail.progress;
  const elapsed = tenthsPercent(b.elapsedTenths, lang);
  const done = tenthsPercent(b.doneTenths, lang);
  const arithmetic = m.lag(elapsed, done, lagWords(b.lagPts, dm, lang));
  switch (b.ruleCase) {
    case 'finished': return m.finished(formatPercent(progressOf(p), lang));
    case 'not-started': return m.notStarted(formatDate(p.start, lang), formatDate(asOf, lang));
    case 'past-end': return `${arithmetic}${m.then}${m.pastEnd(formatDate(p.end, lang))}`;
    default: return arithmetic;
  }
}

/** The whole sentence in plain text, status word included (for tests and for anything that is not the drawer). */
export function ruleSentence(
  p: Project, asOf: string, dm: DetailMessages, status: Record<ScheduleStatus, string>, lang: Lang,
): string {
  const b = ruleBreakdown(p, asOf);
  return `${ruleBasis(p, b, asOf, dm, lang)}${dm.projectDetail.progress.arrow}${status[b.assessment.status]}`;
}

export interface TimelinePoint {
  date: string;
  /** Where it sits from the start (0) to the end (1) of the planned period, clamped to the period. */
  share: number;
  /** A date outside the period sits at its edge, and says which side it is really on. */
  outside: 'before' | 'after' | null;
}

/**
 * A date's place on the timeline: the share of the planned period elapsed by the end of that day, the same
 * measure as 时间进度, so the as-of line sits exactly at the 时间进度 the rule used.
 */
export function timelinePoint(start: string, end: string, date: string): TimelinePoint {
  const outside = daysBetween(start, date) < 0 ? 'before' : daysBetween(end, date) > 0 ? 'after' : null;
  return { date, share: elapsedShare(start, end, date), outside };
}

/** The milestones by date, each placed on the timeline, with the as-of line. */
export function timelineOf(p: Project, asOf: string) {
  const milestones = [...p.milestones]
    .sort((a, b) => daysBetween(b.date, a.date))
    .map((m) => ({ ...m, ...timelinePoint(p.start, p.end, m.date) }));
  return { milestones, asOf: timelinePoint(p.start, p.end, asOf) };
}
