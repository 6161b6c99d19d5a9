import type { zhPlanner } from './zh.ts';

/** The planner's words in English; typed by the Chinese, so a missing key fails the type check. */
export const enPlanner: typeof zhPlanner = {
  range: { min: 'Planned from (hundred million CNY)', max: 'Planned up to (hundred million CNY)', bad: 'Enter a number, zero or more, in hundreds of millions of CNY' },
  search: {
    hint: 'Name, pinyin or initials, e.g. sjzx',
    pinyinFailed: 'Pinyin search did not load, so only the text as typed matches; select the search box again to retry.',
    named: 'Matches among the projects the letter names',
  },
  chips: {
    label: 'Active filters',
    remove: (what: string) => `Remove filter: ${what}`,
    item: (field: string, value: string) => `${field}: ${value}`,
    min: (amount: string) => `Planned ≥ ${amount}`,
    max: (amount: string) => `Planned ≤ ${amount}`,
    clearAll: 'Clear all',
  },
  planner: {
    title: 'Project list',
    note: 'Names, parks, amounts, dates, progress and responsible units of single projects are illustrative; status follows the rule at the as-of date.',
    count: (shown: string, total: string) => `Showing ${shown} of ${total} projects`,
    caption: 'Project list; select a column heading to sort',
    columns: {
      name: 'Project', category: 'Category', park: 'Park', stage: 'Stage', unit: 'Responsible unit', plannedWan: 'Planned',
      completedWan: 'Invested', change: 'Since last month', progress: 'Complete', status: 'Status', start: 'Start', end: 'End', provenance: 'Provenance',
    },
    sort: { asc: 'ascending', desc: 'descending' },
    sortLabel: 'Sort by', sortNone: 'Default order',
    none: 'No project matches the filters.',
    documented: 'From the letter',
    rowWarnings: (n: number) => `${n} import warning${n === 1 ? '' : 's'}`,
    copyLink: 'Copy link',
    copied: 'Link copied; paste it to share this view.',
    copyManual: 'This browser offers no copy function here (it does not when the page is not served over HTTPS). The link below is selected; copy it by hand:',
    linkLabel: 'Link to this view',
    csv: 'Download CSV',
    csvFilters: 'filtered',
    printCap: (shown: string, total: string, csv: string) => `The printed list has the first ${shown} projects only (of ${total}); for the whole list, use “${csv}”.`,
    named: { note: 'The projects the letter names are not in the table above: the letter gives their names only, no amounts, dates or progress, and does not say whether they are among the 26.' },
  },
};
