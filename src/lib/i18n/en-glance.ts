import type { zhGlance } from './zh-glance.ts';

/** English for the first screen: headline KPIs, rate status, task bar, attention count (helper B), typed by the Chinese. */
export const enGlance: typeof zhGlance = {
  projects: { one: ' project', other: ' projects' },
  plus: ' + ',
  rate: {
    title: 'Annual investment completion',
    time: 'Time elapsed',
    behind: (pts: string) => `${pts} points behind`,
    ahead: (pts: string) => `${pts} points ahead`,
    even: 'level with time elapsed',
    formula: 'sum of the projects’ investment this year ÷ sum of their annual plans',
  },
  attention: {
    title: 'Needs attention',
    projects: { one: (n: string) => `${n} project`, other: (n: string) => `${n} projects` },
    tasks: { one: (n: string) => `${n} policy task`, other: (n: string) => `${n} policy tasks` },
    link: 'Open the projects at risk or behind',
  },
  details: {
    title: 'More figures',
    progress: 'Completion and deployment',
    completed: 'Project investment completed',
    completedFormula: 'sum of the projects’ investment to date',
    fundsTotal: 'Funds combined',
    deployed: 'Funds deployed',
    landed: 'Investment landed',
  },
  moreCharts: 'More charts',
  filters: {
    active: { one: (n: string) => `${n} condition on`, other: (n: string) => `${n} conditions on` },
    none: 'none on',
  },
  tasks: { bar: 'By progress status' },
};
