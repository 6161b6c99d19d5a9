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
    names = { zh: items.map((p) => normalise(p.name.zh)), en: items.map((p) => normalise(p.name.en)) };
    searchable.set(items, names);
  }
  return names;
}

/**
 * The one implementation of the query parameters' meaning: the server answers `/projects?…` with it, and the
 * client filters its cached list with it (src/lib/project-view.ts), so both always agree.
 */
export function filterProjects(items: readonly Project[], filters: ProjectFilters): Project[] {
  const q = filters.q ? normalise(filters.q) : '';
  const names = q ? namesOf(items) : undefined;
  return items.filter((p, i) =>
    (!filters.category || p.category === filters.category) &&
    (!filters.stage || p.stage === filters.stage) &&
    (!filters.park || p.park === filters.park) &&
    (!names || (names.zh[i] as string).includes(q) || (names.en[i] as string).includes(q) || p.id.toLowerCase() === q));
}
