/**
 * Two monthly ledgers in miniature, for the month-to-month tests (tests/unit/months-*.test.ts and
 * tests/unit/published-transport.test.ts). Every project runs the calendar year 2026 with a plan of 1000 万元,
 * so its status at each month's as-of date (src/lib/schedule.ts) is set by 累计完成 alone:
 *
 *   累计完成      at 2026-09-30 (74.8% of the year elapsed)   at 2026-10-31 (83.3% elapsed)
 *   500          behind (lag 24.8)                          behind (lag 33.3)
 *   650          at-risk (lag 9.8)                          behind (lag 18.3)
 *   750          on-track (lag −0.2)                        at-risk (lag 8.3)
 *   800          on-track                                   on-track (lag 3.3)
 *   1000         done                                       done
 */
import type { Project, Projects, Source } from '../../src/contract/schemas';

export const SEP = '2026-09-30';
export const OCT = '2026-10-31';

/** 累计完成 (of 1000) that gives each status at each month's as-of date. */
export const DONE = {
  sep: { behind: 500, 'at-risk': 650, 'on-track': 800, done: 1000 },
  oct: { behind: 500, 'at-risk': 750, 'on-track': 800, done: 1000 },
} as const;

let nextRow = 2;

/**
 * A documented ledger record: on track in both months unless told otherwise, named 「<id>号项目」 under
 * 高新区建设局. `name` and `unit` are the Chinese text as the ledger writes it.
 */
export function project(id: string, over: Partial<Omit<Project, 'name' | 'responsibleUnit'>> & { name?: string; unit?: string } = {}): Project {
  const { name = `${id}号项目`, unit = '高新区建设局', ...rest } = over;
  return {
    id,
    name: { zh: name },
    category: 'industry',
    park: 'park-a',
    stage: 'construction',
    plannedWan: 1000,
    completedWan: 800,
    annualPlanWan: 400,
    annualCompletedWan: 300,
    start: '2026-01-01',
    end: '2026-12-31',
    milestones: [],
    responsibleUnit: { zh: unit },
    provenance: 'documented',
    row: { sheet: '项目表', row: nextRow++ },
    ...rest,
  };
}

export const ledgerSource = (date: string): Source => ({
  kind: 'ledger',
  title: { zh: '高新区重点项目推进台账' },
  by: { zh: '高新区经济发展局' },
  date,
  reference: `重点项目台账${date.slice(0, 7)}.xlsx`,
});

/** A projects response as a ledger's snapshot holds it: valid against projectsSchema. */
export function projectsResponse(items: Project[], asOf: string): Projects {
  const row = { sheet: '项目表', row: 1 };
  return {
    asOf,
    source: ledgerSource(asOf),
    documented: {
      count: { value: items.length, unit: 'count', qualifier: 'exact', provenance: 'documented', row },
      total: { value: items.reduce((s, p) => s + p.plannedWan, 0), unit: 'wan-yuan', qualifier: 'exact', provenance: 'documented', row },
      categories: { value: 1, unit: 'count', qualifier: 'exact', provenance: 'documented', row },
    },
    categories: [{ id: 'industry', name: { zh: '产业项目' }, provenance: 'documented' }],
    parks: [{ id: 'park-a', name: { zh: '电子信息产业园' }, provenance: 'documented' }],
    named: [],
    total: items.length,
    items,
  };
}
