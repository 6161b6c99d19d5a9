/**
 * Valid but extreme bodies for the fault matrix: each resource with its main list empty, or 10,000 long.
 * Built from what the dev server serves (mocks/demo-server.ts), so they match ?scenario=empty and =scale.
 */
import { resolveRequest } from '../../../mocks/demo-server';
import { RESOURCES, type ResourceName } from '@/contract/resources';

type Json = Record<string, unknown>;
export const SCALE = 10_000;

/** Each resource's main list: what "empty" and "10,000 records" are about. */
const MAIN: Record<ResourceName, string[]> = {
  summary: ['context', 'gaps'], funds: ['funds'], investment: ['industries'], energy: ['projects'], projects: ['items'],
  policyTasks: ['tasks'], cooperation: ['counts'], platforms: ['applications'],
};

const body = (name: ResourceName, params: Record<string, string> = {}) =>
  JSON.parse(resolveRequest(RESOURCES[name].path, new URLSearchParams(params)).text) as Json;

/** The body with its main list replaced by `make(list)` (a copy: the seed data stays as it is). */
function withMain(name: ResourceName, data: Json, make: (list: Json[]) => Json[]): Json {
  const copy = structuredClone(data);
  const path = MAIN[name];
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Json;
  const last = path[path.length - 1]!;
  node[last] = make(node[last] as Json[]);
  return copy;
}

/** The dev server's ?scenario=empty (every top-level list emptied), and the main list emptied where it is nested. */
export const emptyBody = (name: ResourceName) => withMain(name, body(name, { scenario: 'empty' }), () => []);

/**
 * 10,000 records: the projects as ?scenario=scale serves them; for the others, the records repeated with
 * distinct ids (cooperation's counts have no id: one per kind, so its 10,000 could only repeat the four).
 */
export function scaledBody(name: ResourceName): Json {
  if (name === 'projects') return body('projects', { scenario: 'scale', n: String(SCALE) });
  return withMain(name, body(name), (list) => Array.from({ length: SCALE }, (_, i) => {
    const record = list[i % list.length]!;
    return 'id' in record ? { ...record, id: `${String(record.id)}-${i}` } : record;
  }));
}
