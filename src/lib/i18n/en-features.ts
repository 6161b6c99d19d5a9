import type { zhFeatures } from './zh-features.ts';

/** The KPI tiles, charts and generated sentences in English; typed by the Chinese, so no key can be missing. */
export const enFeatures: typeof zhFeatures = {
  screenMode: 'Big screen',
  funds: {
    kpi: { title: 'Funds', total: 'Total', deployed: 'Deployed' },
    chart: {
      title: 'Funds: size and cumulative deployment',
      sourceNote: 'breakdown generated to match its totals',
      month: 'Month',
      caption: 'Cumulative deployment of each fund by month',
      sizeHeader: (name: string, size: string) => `${name} (${size})`,
    },
    summary: {
      size: (name: string, size: string) => `${name} ${size}`,
      deployed: (name: string, amount: string, share: string) => `${name} ${amount} (${share} of its size)`,
      head: {
        one: (n: string, sizes: string) => `There is ${n} fund, ${sizes}`,
        other: (n: string, sizes: string) => `There are ${n} funds, ${sizes}`,
      },
      none: (head: string) => `${head}; no deployment recorded yet.`,
      latest: (head: string, month: string, list: string) => `${head}; by ${month} cumulative deployment was ${list} (illustrative).`,
    },
  },
  energy: {
    kpi: { title: 'Energy projects (no total in the letter)' },
    chart: {
      title: 'Energy projects: capacity and stage',
      unit: 'MW (hydrogen line: sets)',
      series: 'Capacity (on one MW axis)',
      project: 'Project',
      capacity: 'Capacity',
      stage: 'Stage',
      caption: 'Energy projects by capacity and stage (the letter gives no total)',
      categoryWidth: 170,
    },
    summary: {
      item: (name: string, capacity: string) => `${name} ${capacity}`,
      own: (name: string, capacity: string) => `${name} (${capacity})`,
      sameStage: ({ n, stage, quoted }: { n: string; stage: string; quoted: string }) =>
        `All ${n} energy projects in the letter are ${stage.toLowerCase()} (“${quoted}”)`,
      mixedStages: (n: string) => `The letter lists ${n} energy projects; see the table for their stages`,
      onAxis: (list: string) => `: ${list} (compared on one MW axis)`,
      offAxis: {
        one: (list: string) => `; ${list} is in another unit, so listed in the table rather than drawn`,
        other: (list: string) => `; ${list} are in another unit, so listed in the table rather than drawn`,
      },
      end: (body: string) => `${body}; the letter gives no total.`,
    },
  },
  investment: {
    kpi: { title: 'Investment', agreed: 'Agreed investment', landed: 'Landed' },
    chart: {
      title: 'Investment by industry: agreed and landed',
      sourceNote: 'breakdown generated to match its totals',
      agreed: 'Agreed',
      landed: 'Landed',
      industry: 'Industry',
      group: '2+1+X group',
      share: 'Landed share',
      caption: 'Agreed and landed investment by industry',
      categoryWidth: 120,
    },
    summary: {
      head: (total: string) => `The letter reports agreed investment of ${total}`,
      none: (head: string) => `${head}; no breakdown by industry yet.`,
      top: (head: string, name: string, agreed: string, landed: string, share: string) =>
        `${head}; by industry (the 2+1+X grouping is inferred), the largest is ${name} with ${agreed} agreed, of which ${landed} (${share}) has landed.`,
    },
  },
  policy: {
    kpi: { title: 'Policy tasks', total: 'First batch' },
    chart: {
      title: 'First-batch policy tasks by status',
      unit: 'tasks',
      sourceNote: 'breakdown generated to match its totals',
      status: 'Status',
      count: 'Tasks',
      share: 'Share',
      caption: 'Policy tasks by schedule status (computed with the schedule rule)',
      categoryWidth: 96,
    },
    summary: {
      part: ({ status, n }: { status: string; items: string; n: string }) => `${n} ${status.toLowerCase()}`,
      all: {
        one: ({ n, list }: { items: string; n: string; parts: string[]; list: string }) => `Of ${n} task, ${list}.`,
        other: ({ n, list }: { items: string; n: string; parts: string[]; list: string }) => `Of ${n} tasks, ${list}.`,
      },
    },
  },
  cooperation: { kpi: { title: 'Cooperation agreements' } },
  projectsCsv: {
    header: {
      name: 'Project', category: 'Category', park: 'Park', stage: 'Stage', unit: 'Responsible unit',
      planned: 'Planned investment (units of CNY 10,000)', completed: 'Invested to date (units of CNY 10,000)',
      progress: 'Investment completed (%)', status: (date: string) => `Status at ${date}`,
      start: 'Start date', end: 'End date', provenance: 'Provenance',
      row: 'Ledger row', checks: 'Import warnings',
    },
    fileLabel: 'projects',
    wechat: 'WeChat cannot save files. Open the menu at the top right, choose Open in Browser, then export again.',
  },
  pipeline: {
    kpi: {
      title: 'Project pipeline', count: 'Projects', total: 'Total investment', completed: 'Invested to date', rate: 'Annual completion', time: 'Time elapsed',
      timeFormula: (days: number, daysInYear: number, date: string) => `${days} ÷ ${daysInYear} (${date} is day ${days} of the year)`,
    },
    stageChart: {
      title: 'Projects by category and stage', count: 'Projects', money: 'Investment', unitCount: 'projects',
      sourceNote: 'per-project stages and amounts generated to match its totals', metric: 'Measure',
      axis: 'Rows: categories (the names are our reading of the letter)', categoryWidth: 124,
      sourceNoteRecords: 'summed from the project records', axisRecords: 'Rows: categories',
      segment: (category: string, stage: string, value: string) => `${category} · ${stage}: ${value}. Filter by this`,
      countValue: { one: (n: string) => `${n} project`, other: (n: string) => `${n} projects` },
      hint: 'Click a segment, or press Enter on it, to filter by its category and stage; again to undo.',
      selected: {
        one: (what: string, count: string) => `Selected: ${what} (${count} project)`,
        other: (what: string, count: string) => `Selected: ${what} (${count} projects)`,
      },
      openList: 'View in the project list',
      clear: 'Clear selection',
    },
    progressChart: {
      title: 'Planned vs completed investment (cumulative)', planned: 'Due by schedule', completed: 'Completed', period: 'Date',
      sourceNote: 'monthly progress generated to match the total investment', caption: 'Cumulative planned and completed investment',
      sourceNoteRecords: 'monthly progress spread evenly over each project’s dates from its totals; not the ledger’s figures',
    },
    matrix: { category: 'Category', caption: 'Projects and planned investment by category and stage' },
    summary: {
      stage: (label: string, count: number) => `${count} ${label.toLowerCase()}`,
      category: (name: string, count: number) => `${name.toLowerCase()} ${count}`,
      all: {
        one: (total: number, stages: string, categories: string, note: string) => `Of ${total} project: ${stages}; by category${note}, ${categories}.`,
        other: (total: number, stages: string, categories: string, note: string) => `Of ${total} projects: ${stages}; by category${note}, ${categories}.`,
      },
      inferredNames: ' (names inferred)',
      behind: (diff: string) => `${diff} behind`,
      ahead: (diff: string) => `${diff} ahead`,
      even: 'exactly on plan',
      progress: (due: string, done: string, gap: string) => `By the as-of date, started projects were due to have invested ${due} and invested ${done}, ${gap}.`,
    },
  },
};
