import type { Project, ProjectFilters } from './schemas';

/** Case- and width-insensitive match, so "ＡＢ" finds "ab" and "示例" finds "示例项目07". */
const normalise = (s: string) => s.normalize('NFKC').toLowerCase().trim();

/**
 * The normalised names of a list, computed once per list. Lists are never mutated (the server's come from the
 * seed, the client's from a parsed response in the query cache), so a list is its own cache key; at 10,000
 * projects this takes NFKC out of every keystroke.
 */
const searchable = new WeakMap<readonly Project[], { zh: string[]; en: string[] }>();
function namesOf(items: readonly Project[]) {
  let names = searchable.get(items);
  if (!names) {
    names = { zh: items.map((p) => normalise(p.name.zh)), en: items.map((p) => normalise(p.name.en ?? p.name.zh)) };
    searchable.set(items, names);
  }
  return names;
}

/**
 * What a project must match: each list is "any of these" (empty or absent: no condition), the fields AND
 * together. The server's query parameters are single values, one-element lists here; the client's planner
 * selects several (src/projects/selection/select.ts). A responsible unit is named by its Chinese text, the only
 * identity the record gives it. Planned investment bounds are inclusive, in 万元.
 */
export interface ProjectCriteria {
  category?: readonly string[];
  stage?: readonly string[];
  park?: readonly string[];
  unit?: readonly string[];
  minWan?: number;
  maxWan?: number;
  q?: string;
}

const anyOf = (list: readonly string[] | undefined) => (list?.length ? new Set(list) : null);

/**
 * The one implementation of what a filter means: the server answers `/projects?…` with it (through
 * filterProjects), and the client filters its cached list with it, so both always agree.
 */
export function matchProjects(items: readonly Project[], criteria: ProjectCriteria): Project[] {
  const q = criteria.q ? normalise(criteria.q) : '';
  const names = q ? namesOf(items) : undefined;
  const [category, stage, park, unit] = [anyOf(criteria.category), anyOf(criteria.stage), anyOf(criteria.park), anyOf(criteria.unit)];
  const { minWan, maxWan } = criteria;
  return items.filter((p, i) =>
    (!category || category.has(p.category)) &&
    (!stage || stage.has(p.stage)) &&
    (!park || park.has(p.park)) &&
    (!unit || unit.has(p.responsibleUnit.zh)) &&
    (minWan === undefined || p.plannedWan >= minWan) &&
    (maxWan === undefined || p.plannedWan <= maxWan) &&
    (!names || (names.zh[i] as string).includes(q) || (names.en[i] as string).includes(q) || p.id.toLowerCase() === q));
}

const one = (value: string | undefined) => (value ? [value] : undefined);

/** The query parameters' meaning (`/projects?category=&stage=&park=&q=`): matchProjects with single values. */
export function filterProjects(items: readonly Project[], filters: ProjectFilters): Project[] {
  return matchProjects(items, { category: one(filters.category), stage: one(filters.stage), park: one(filters.park), q: filters.q });
}
