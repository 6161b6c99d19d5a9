import { forms } from './plural.ts';
import type { zhVerdict } from './zh-verdict.ts';

/**
 * English for the verdict line and the document title (helper A), typed by the Chinese. A number and the word
 * it counts are joined by a no-break space, so a line never ends on a bare number.
 */
export const enVerdict: typeof zhVerdict = {
  asOf: (date: string) => `As of ${date}: `,
  projects: forms({
    one: (construction: string, count: string) => `${construction} of ${count}\u00a0project under construction`,
    other: (construction: string, count: string) => `${construction} of ${count}\u00a0projects under construction`,
  }),
  rate: (rate: string, against: string) => `annual investment ${rate} complete, ${against}`,
  behind: forms({
    one: (pts: string) => `${pts}\u00a0point behind time elapsed`,
    other: (pts: string) => `${pts}\u00a0points behind time elapsed`,
  }),
  ahead: forms({
    one: (pts: string) => `${pts}\u00a0point ahead of time elapsed`,
    other: (pts: string) => `${pts}\u00a0points ahead of time elapsed`,
  }),
  level: 'level with time elapsed',
  statusOpen: ' (',
  statusClose: ')',
  attention: (items: string) => `needing attention: ${items}`,
  attentionProjects: forms({ one: (n: string) => `${n}\u00a0project`, other: (n: string) => `${n}\u00a0projects` }),
  attentionTasks: forms({ one: (n: string) => `${n}\u00a0policy task`, other: (n: string) => `${n}\u00a0policy tasks` }),
  tasksAsOf: (date: string) => ` (tasks as of ${date})`,
  noProjects: 'no project records',
  noTasks: 'no policy-task records',
  noRecords: 'no project or policy-task records',
  changes: (previous: string, parts: string) => `since ${previous}: ${parts}`,
  changeParts: {
    invested: (amount: string) => `${amount} invested this month`,
    started: forms({ one: (n: string) => `${n} started`, other: (n: string) => `${n} started` }),
    worsened: forms({ one: (n: string) => `${n} turned at risk or behind`, other: (n: string) => `${n} turned at risk or behind` }),
    recovered: forms({ one: (n: string) => `${n} back on track`, other: (n: string) => `${n} back on track` }),
  },
  clause: '; ',
  item: ', ',
  failed: 'Overall verdict unavailable: the data it needs failed to load.',
  documentTitle: forms({
    one: (app: string, count: string, total: string, date: string) => `${app} | ${count} project, ${total} total investment | data as of ${date}`,
    other: (app: string, count: string, total: string, date: string) => `${app} | ${count} projects, ${total} total investment | data as of ${date}`,
  }),
};
