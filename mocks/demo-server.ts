/**
 * The contract's reference implementation over the seed data. MSW wraps it in dev and tests; a build
 * with no API service calls it in-process, so the demo works from any static host with no service worker.
 */
import { z } from 'zod/mini';
import { filterProjects } from '../src/contract/project-filter';
import { RESOURCES, type ResourceName } from '../src/contract/resources';
import type { Project, ProjectFilters } from '../src/contract/schemas';
import type { RawResponse, Transport } from '../src/contract/transport';
import dataset from '../seeds/dataset.json';
import { withHostileText } from './hostile';
import { MAX_SCALE, parseScenario } from './scenario';
import { syntheticProjects } from './synthetic-projects';

const DATA: Record<ResourceName, unknown> = {
  summary: dataset.summary, funds: dataset.funds, investment: dataset.investment, energy: dataset.energy,
  projects: dataset.projects, policyTasks: dataset.policyTasks, cooperation: dataset.cooperation, platforms: dataset.platforms,
};
const BY_PATH = new Map<string, ResourceName>(Object.entries(RESOURCES).map(([name, r]) => [r.path, name as ResourceName]));
const SCENARIO_KEYS = new Set(['scenario', 'n', 'only']);

export interface DemoResponse extends RawResponse {
  delayMs: number;
}

const json = (status: number, body: unknown, delayMs = 0): DemoResponse =>
  ({ status, contentType: 'application/json', text: JSON.stringify(body), delayMs });
const error = (status: number, code: string, message: string, field?: string) =>
  json(status, { error: { code, message, ...(field ? { field } : {}) } });

/** The same document with every list emptied: what a new zone with nothing recorded yet would serve. */
const emptied = (data: unknown) =>
  Object.fromEntries(Object.entries(data as Record<string, unknown>).map(([k, v]) => [k, Array.isArray(v) ? [] : v]));

export function resolveRequest(path: string, params: URLSearchParams): DemoResponse {
  const name = BY_PATH.get(path);
  if (!name) return error(404, 'not_found', `no resource at ${path}`);
  const scenario = parseScenario(params);
  const applies = scenario && (!scenario.only || scenario.only === name);
  if (applies && scenario.name === 'error') return error(500, 'scenario_error', 'simulated server error');
  if (applies && scenario.name === 'malformed') {
    return { status: 200, contentType: 'application/json', text: JSON.stringify({ asOf: 'yesterday', items: 'oops' }), delayMs: 0 };
  }
  const delayMs = applies && scenario.name === 'slow' ? 2500 : 0;

  const resource = RESOURCES[name];
  const queryKeys = [...params.keys()].filter((k) => !SCENARIO_KEYS.has(k));
  if (!('query' in resource)) {
    if (queryKeys.length) return error(400, 'unknown_parameter', `unknown query parameter "${queryKeys[0]}"`, queryKeys[0]);
    const body = applies && scenario.name === 'empty' ? emptied(DATA[name]) : DATA[name];
    return json(200, applies && scenario.name === 'hostile' ? withHostileText(name, body) : body, delayMs);
  }
  const raw = Object.fromEntries(queryKeys.map((k) => [k, params.get(k) ?? '']));
  const parsed = z.strictObject(resource.query.shape).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? (issue && 'keys' in issue ? (issue.keys as string[])[0] : ''));
    return error(400, 'bad_query', `invalid value for "${field}"`, field);
  }
  const base = dataset.projects as { asOf: string; documented: unknown; categories: { name: Project['name'] }[]; items: Project[] };
  let items: Project[] = base.items;
  if (applies && scenario.name === 'empty') items = [];
  if (applies && scenario.name === 'scale') items = syntheticProjects(scenario.n ?? MAX_SCALE);
  const filtered = filterProjects(items, parsed.data as ProjectFilters);
  const body = { ...base, total: filtered.length, items: filtered };
  return json(200, applies && scenario.name === 'hostile' ? withHostileText(name, body) : body, delayMs);
}

/** The demo build's transport: the same server, in-process, so a static host needs no service worker or /api. */
export const serveDemo: Transport = async (path, params) => {
  const res = resolveRequest(path, params);
  if (res.delayMs) await new Promise((r) => setTimeout(r, res.delayMs));
  return res;
};
