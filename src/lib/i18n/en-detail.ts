import type { zhDetail } from './zh-detail.ts';

/** A project's own page in English; typed by the Chinese, so a missing key fails the type check. */
export const enDetail: typeof zhDetail = {
  projectDetail: {
    close: 'Close',
    pending: 'Project details',
    badId: 'The project number in the link is not valid',
    badIdShown: (raw: string) => `The link gives: ${raw}`,
    badIdHint: 'A project number has only letters, digits, hyphens and underscores. Open the project again from the project list.',
    unknown: (id: string) => `There is no project numbered ${id}`,
    unknownHint: 'The project list has no such number; the link may be wrong or out of date.',
    note: 'This project\'s name, amounts, dates, progress, milestones and responsible unit are illustrative, not official figures.',
    fields: {
      id: 'Project number', category: 'Category', park: 'Park', stage: 'Stage', unit: 'Responsible unit',
      planned: 'Planned', completed: 'Invested to date', period: 'Planned period', provenance: 'Provenance', row: 'Ledger row',
      progressText: 'Progress on site', problems: 'Problems', notes: 'Notes',
    },
    period: (start: string, end: string) => `${start} to ${end}`,
    row: (sheet: string, row: string) => `${sheet}, row ${row}`,
    warnings: 'Warnings from the import:',
    timeline: {
      title: 'Milestones',
      summary: (start: string, end: string, asOf: string, share: string) =>
        `Timeline: planned ${start} to ${end}; data as of ${asOf}, ${share} of the way through`,
      start: 'Start', end: 'End',
      list: 'Milestones, by date',
      done: 'done', pending: 'not done',
      outside: { before: ' (before the planned period)', after: ' (after the planned period)' },
      none: 'This project lists no milestones.',
    },
    progress: {
      title: 'Progress and status',
      elapsed: 'Time elapsed', done: 'Invested',
      lag: (elapsed: string, done: string, lag: string) => `Time elapsed ${elapsed} − invested ${done} = ${lag}`,
      behind: (pts: string) => `${pts} pts behind`,
      ahead: (pts: string) => `${pts} pts ahead`,
      level: 'level (0 pts)',
      pastEnd: (end: string) => `past the planned end date, ${end}, and not finished`,
      notStarted: (start: string, asOf: string) => `Planned start ${start} is after the as-of date, ${asOf}; no time has elapsed yet`,
      finished: (done: string) => `Invested ${done}: the planned investment is reached`,
      then: '; ',
      arrow: ' → ',
      rule: (amber: string, red: string, atRisk: string, behind: string) =>
        `Rule: more than ${amber} pts behind is ${atRisk}, more than ${red} pts behind is ${behind}; past the planned end date and not finished is also ${behind}. ` +
        'Lag = share of time elapsed − share of the planned investment made, at the data\'s as-of date, not today\'s date.',
    },
  },
};
