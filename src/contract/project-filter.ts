import type { Project, ProjectFilters } from './schemas';

/** Case- and width-insensitive match, so "ＡＢ" finds "ab" and "示例" finds "示例项目07". */
const normalise = (s: string) => s.normalize('NFKC').toLowerCase().trim();

export function filterProjects(items: readonly Project[], filters: ProjectFilters): Project[] {
  const q = filters.q ? normalise(filters.q) : '';
  return items.filter((p) =>
    (!filters.category || p.category === filters.category) &&
    (!filters.stage || p.stage === filters.stage) &&
    (!filters.park || p.park === filters.park) &&
    (!q || normalise(p.name.zh).includes(q) || normalise(p.name.en).includes(q) || p.id.toLowerCase() === q));
}
