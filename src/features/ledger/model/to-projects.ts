import type { Projects } from '@/contract/schemas';
import type { LedgerRecord } from './types';

/** What the import knows about the ledger beside its rows. */
export interface LedgerMeta {
  fileName: string;
  sheet: string;
  /** The title row's text, else the file name. */
  title?: string;
  reportedBy?: string;
  /** The report date the planner confirmed (数据截至). */
  asOf: string;
}

type Item = Projects['items'][number];

const ID_MAX = 40;

/**
 * A name as a data id (letters and digits of any script plus `._-`, so it travels in a comma list in the
 * URL): 新能源（储能） → 新能源-储能. Distinct names that clean to the same id get -2, -3….
 */
function idMaker(prefix: string): (name: string) => string {
  const seen = new Map<string, string>();
  const used = new Set<string>();
  return (name) => {
    const known = seen.get(name);
    if (known) return known;
    const base = name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[^\p{L}\p{N}]+|-+$/gu, '').slice(0, ID_MAX - 4) || `${prefix}${seen.size + 1}`;
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    seen.set(name, id);
    used.add(id);
    return id;
  };
}

/** What a ledger leaves blank still needs a name in the lists; these say so rather than guess. */
const UNSET = {
  category: { zh: '未填类别', en: 'No category given' },
  park: { zh: '未填园区', en: 'No park given' },
  unit: { zh: '未填责任单位', en: 'No responsible unit given' },
} as const;

function item(r: LedgerRecord, meta: LedgerMeta, ids: { project: string; category: string; park: string }): Item {
  const precision: Item['precision'] = {};
  if (r.precision.start !== 'day') precision.start = r.precision.start;
  if (r.precision.end !== 'day') precision.end = r.precision.end;
  return {
    id: ids.project,
    ...(r.id ? { code: r.id.slice(0, 60) } : {}),
    name: { zh: r.name },
    category: ids.category,
    park: ids.park,
    stage: r.stage,
    ...(r.stageText ? { stageText: r.stageText.slice(0, 40) } : {}),
    plannedWan: r.plannedWan,
    completedWan: r.completedWan ?? 0,
    annualPlanWan: r.annualPlanWan ?? 0,
    annualCompletedWan: r.annualCompletedWan ?? 0,
    start: r.start,
    end: r.end,
    milestones: [],
    responsibleUnit: r.unit ? { zh: r.unit } : UNSET.unit,
    provenance: 'documented',
    row: { sheet: meta.sheet, row: r.row },
    ...(Object.keys(r.qualifiers).length ? { qualifiers: r.qualifiers } : {}),
    ...(precision.start || precision.end ? { precision } : {}),
    ...(r.progress ? { progressText: r.progress } : {}),
    ...(r.problems ? { problems: r.problems } : {}),
    ...(r.notes ? { notes: r.notes } : {}),
    ...(r.warnings.length ? { warnings: r.warnings } : {}),
  };
}

/**
 * The accepted rows as a `projects` response, the shape any back end sends: the ledger is the source, each
 * record documented by its sheet row. Totals are derived from those rows (the formula says so); a 合计 row
 * is checked against them, not trusted in their place.
 */
export function ledgerToProjects(records: readonly LedgerRecord[], meta: LedgerMeta): Projects {
  const category = idMaker('c');
  const park = idMaker('p');
  const categories = new Map<string, Projects['categories'][number]>();
  const parks = new Map<string, Projects['parks'][number]>();
  const projectIds = new Set<string>();
  const items = records.map((r) => {
    const categoryName = r.category ?? UNSET.category.zh;
    const parkName = r.park ?? UNSET.park.zh;
    const ids = { project: projectId(r, projectIds), category: category(categoryName), park: park(parkName) };
    if (!categories.has(ids.category)) {
      categories.set(ids.category, { id: ids.category, name: r.category ? { zh: r.category } : UNSET.category, provenance: 'documented' });
    }
    if (!parks.has(ids.park)) parks.set(ids.park, { id: ids.park, name: r.park ? { zh: r.park } : UNSET.park, provenance: 'documented' });
    return item(r, meta, ids);
  });
  const totalWan = items.reduce((sum, p) => sum + p.plannedWan, 0);
  return {
    asOf: meta.asOf,
    source: {
      kind: 'ledger',
      title: { zh: meta.title ?? meta.fileName },
      by: meta.reportedBy ? { zh: meta.reportedBy } : { zh: '本地台账', en: 'Local ledger' },
      date: meta.asOf,
      reference: meta.fileName.slice(0, 200),
      local: true,
    },
    documented: {
      count: { value: items.length, unit: 'count', qualifier: 'exact', provenance: 'derived', formula: { zh: '台账中通过检查的项目行数', en: 'rows of the ledger that passed the check' } },
      // A sum with an approximate (约3亿) or open (5000万以上) term is approximate itself: never shown as exact.
      total: {
        value: totalWan, unit: 'wan-yuan', qualifier: items.some((p) => p.qualifiers?.planned) ? 'approx' : 'exact', provenance: 'derived',
        formula: { zh: '各项目「总投资」之和', en: 'sum of the rows’ total investment' },
      },
      categories: { value: categories.size, unit: 'count', qualifier: 'exact', provenance: 'derived', formula: { zh: '台账中不同的项目类别数', en: 'distinct categories in the ledger' } },
    },
    categories: [...categories.values()],
    parks: [...parks.values()],
    named: [],
    total: items.length,
    items,
  };
}

/** The ledger's own id where it has one (made unique), else its row: stable for this file, and readable. */
function projectId(r: LedgerRecord, used: Set<string>): string {
  const base = r.id ? r.id.slice(0, 60) : `row-${r.row}`;
  let id = base;
  for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
  used.add(id);
  return id;
}
