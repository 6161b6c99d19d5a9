import { STATUS_ICON } from '../status-labels.ts';
import type { zhPanels, zhStatus } from './zh-panels.ts';

export const enStatus: typeof zhStatus = { done: 'Done', 'on-track': 'On track', 'at-risk': 'At risk', behind: 'Behind', 'not-started': 'Not started' };

/** The panels around the charts, in English; typed by the Chinese, so a missing key fails the type check. */
export const enPanels: typeof zhPanels = {
  views: {
    label: 'Views',
    overview: 'Overview',
    projects: 'Project list',
    rejected: (v: string) => `The link's view setting ${v} is not recognised; showing the overview.`,
    snapshot: 'Export this view (PNG)',
  },
  chartExport: 'Export',
  toProjects: {
    attention: 'See every at-risk and behind project in the project list',
  },
  filters: {
    title: 'Filter the projects', note: 'Applies to the two project charts below and to the project list; the filters live in the link, so it can be shared.',
    category: 'Category', stage: 'Stage', status: 'Status', park: 'Park', unit: 'Responsible unit', q: 'Search projects', change: 'Since last month', all: 'All', clear: 'Clear filters',
    rejected: (list: string) => `Some filters in the link were not valid and were ignored: ${list}`,
  },
  attention: {
    title: 'Needs attention',
    note: 'Progress, dates and responsible units of projects and tasks are illustrative',
    noteProjects: 'Progress, dates and responsible units of projects are illustrative',
    noteTasks: 'Progress, dates and responsible units of policy tasks are illustrative',
    more: (n: string) => `${n} more, less far behind, not listed here.`,
    projects: 'Projects',
    tasks: 'Policy tasks (first batch)',
    rule: (red: string, amber: string, date: string | null) =>
      `Rule: ${STATUS_ICON.behind} ${enStatus.behind} (red): more than ${red} pts behind schedule, or overdue; ` +
      `${STATUS_ICON['at-risk']} ${enStatus['at-risk']} (amber): ${amber}–${red} pts behind. ` +
      `Lag = share of time elapsed − share of work done, computed at the data's as-of date${date ? `, ${date}` : ''}, not today's date.`,
    unit: 'Responsible unit: ',
    behind: (pts: string) => `${pts} pts behind schedule`,
    overdue: (date: string) => `Overdue (due ${date})`,
    basis: (done: string, elapsed: string) => `${done} done vs ${elapsed} of time elapsed`,
    period: (start: string, end: string) => `Planned ${start} to ${end}`,
    counts: (red: string, amber: string) => `${STATUS_ICON.behind} ${red} behind, ${STATUS_ICON['at-risk']} ${amber} at risk`,
    none: { project: 'No project needs attention', task: 'No policy task needs attention' },
    noneWhy: (pts: string) => `None is more than ${pts} pts behind schedule or overdue.`,
  },
  keyItems: {
    title: 'Key items and next steps', note: "All items below are stated in the letter; each shows the letter's words",
    context: { title: 'Where the zone stands, in the letter’s words', stage: 'Stage', gaps: 'Shortcomings', positionings: 'Four positionings', green: 'Green aim' },
    fundsProjects: {
      title: 'Funding and the 26 projects', vehicle: 'Fund vehicle', named: 'Projects the letter names',
      namedNote: 'Only what the letter says: no amounts, dates or progress, which it does not give; nor does it say whether these are among the 26.',
      categories: 'Project categories', count: 'Projects', total: 'Total', cats: 'Categories',
    },
    investment: {
      title: 'Investment and projects landed',
      landed: 'Landed and under construction',
      landedNote: 'The letter lists these “等已落地建设” (and others have landed), so the list is not complete.',
      partners: 'Key companies with cooperation agreements',
      partnersNote: 'The letter names these as part of “等一批重点企业” (a batch of key companies), so the list is not complete. It gives only the combined total,',
      partnersNoteEnd: ', not an amount for any single company.',
      regions: 'Main target regions for investment',
      event: 'Event',
    },
    platforms: {
      title: 'Policy and opening-up platforms',
      policy: 'Policy document',
      applications: 'Platform applications',
      stage: { listed: 'In the first task list', 'next-step': 'Among the letter\'s next steps' },
      parksTitle: 'Parks and industrial layout',
      parks: 'Key parks',
      area: 'planned area',
      layout: 'Industrial layout',
      clusters: 'industrial clusters',
      chains: 'key industrial chains',
      next: 'Next steps',
    },
    suXin: { title: 'Su-Xin (Suzhou–Xinyang) cooperation', plan: 'Cooperation plan', registered: (d: string) => ` (registered ${d})` },
  },
  guide: {
    title: 'How to read this dashboard',
    documented: 'Unmarked figures are stated by the source each part names (the letter or a ledger); hover, focus or tap a figure for its exact value and its quote or row.',
    illustrative: 'Detail the letter does not give (individual projects, progress, dates, breakdowns) is generated to match its totals. It is not official.',
    inferred: 'Our reading of the letter (e.g. the 2+1+X grouping, which company runs the funds, the category names), each with what we read.',
    derived: 'Computed from the figures a source gives but not stated in it (e.g. the two funds added, a ledger’s rows summed); hover for the formula.',
    rule: (a: number, r: number) => `Status follows a rule: lag = share of time elapsed − share of work done, at the data's as-of date (not today's date). Up to ${a} points is on track, ${a}–${r} points is at risk, over ${r} points or past the end date is behind.`,
  },
};
