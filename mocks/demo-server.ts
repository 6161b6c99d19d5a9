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
import { HANG_MS, MAX_SCALE, parseScenario, THROTTLED_RETRY_AFTER_S, type ScenarioName } from './scenario';
import { syntheticProjects } from './synthetic-projects';

const DATA: Record<ResourceName, unknown> = {
  summary: dataset.summary, funds: dataset.funds, investment: dataset.investment, energy: dataset.energy,
  projects: dataset.projects, policyTasks: dataset.policyTasks, cooperation: dataset.cooperation, platforms: dataset.platforms,
};
const BY_PATH = new Map<string, ResourceName>(Object.entries(RESOURCES).map(([name, r]) => [r.path, name as ResourceName]));
const SCENARIO_KEYS = new Set(['scenario', 'n', 'only']);

export interface DemoResponse extends RawResponse {
  delayMs: number;
  /** No answer at all: the transport drops the connection (MSW: HttpResponse.error(); in-process: a TypeError). */
  fault?: 'network';
}

const json = (status: number, body: unknown, delayMs = 0): DemoResponse =>
  ({ status, contentType: 'application/json', text: JSON.stringify(body), delayMs });
const error = (status: number, code: string, message: string, field?: string) =>
  json(status, { error: { code, message, ...(field ? { field } : {}) } });

/** A static host's fallback page: what an /api path that is not routed to the service answers, with a 200. */
const INDEX_HTML = '<!doctype html>\n<html lang="zh-CN"><head><meta charset="UTF-8" /><title>豫东南高新区建设进展看板</title>'
  + '<script type="module" src="/assets/index.js"></script></head><body><div id="root"></div></body></html>\n';

/** What a broken service, proxy or host answers instead of data: ?scenario=<name>, checked before anything else. */
const FAULTS: Partial<Record<ScenarioName, () => DemoResponse>> = {
  error: () => error(500, 'scenario_error', 'simulated server error'),
  notfound: () => error(404, 'not_found', 'simulated missing resource'),
  throttled: () => ({ ...error(429, 'rate_limited', 'simulated rate limit'), retryAfter: String(THROTTLED_RETRY_AFTER_S) }),
  // Valid JSON that breaks the contract; badjson is JSON cut off mid-body; html is index.html with a 200.
  malformed: () => ({ status: 200, contentType: 'application/json', text: JSON.stringify({ asOf: 'yesterday', items: 'oops' }), delayMs: 0 }),
  badjson: () => ({ status: 200, contentType: 'application/json', text: '{"asOf": "2024-', delayMs: 0 }),
  html: () => ({ status: 200, contentType: 'text/html; charset=utf-8', text: INDEX_HTML, delayMs: 0 }),
  network: () => ({ status: 0, contentType: '', text: '', delayMs: 0, fault: 'network' }),
  // Held far past the client's timeout (the wait ends early when the client aborts), then a 504 nobody reads.
  timeout: () => ({ ...error(504, 'scenario_timeout', 'answered after the client gave up'), delayMs: HANG_MS }),
};

/** The same document with every list emptied: what a new zone with nothing recorded yet would serve. */
const emptied = (data: unknown) =>
  Object.fromEntries(Object.entries(data as Record<string, unknown>).map(([k, v]) => [k, Array.isArray(v) ? [] : v]));

export function resolveRequest(path: string, params: URLSearchParams): DemoResponse {
  const name = BY_PATH.get(path);
  if (!name) return error(404, 'not_found', `no resource at ${path}`);
  const scenario = parseScenario(params);
  const applies = scenario && (!scenario.only || scenario.only === name);
  const fault = applies ? FAULTS[scenario.name] : undefined;
  if (fault) return fault();
  const delayMs = applies && scenario.name === 'slow' ? 2500 : 0;

  const resource = RESOURCES[name];
  const queryKeys = [...params.keys()].filter((k) => !SCENARIO_KEYS.has(k));
  if (!('query' in resource)) {
    if (queryKeys.length) return error(400, 'unknown_parameter', `unknown query parameter "${queryKeys[0]}"`, queryKeys[0]);
    const body = applies && scenario.name === 'empty' ? emptied(DATA[name]) : DATA[name];
    return json(200, applies && scenario.name === 'hostile' ? withHostileText(name, body, scenario.n) : body, delayMs);
  }
  const raw = Object.fromEntries(queryKeys.map((k) => [k, params.get(k) ?? '']));
  const parsed = z.strictObject(resource.query.shape).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? (issue && 'keys' in issue ? (issue.keys as string[])[0] : ''));
    return error(400, 'bad_query', `invalid value for "${field}"`, field);
  }
  // The demo is the letter, one date: it has published no months (a published build: src/api/published.ts).
  if (parsed.data.month) return error(404, 'month_not_published', `no month ${parsed.data.month} is published`, 'month');
  const base = dataset.projects as { asOf: string; documented: unknown; categories: { name: Project['name'] }[]; items: Project[] };
  // Categories and parks are the data's own ids: a well-formed id the data does not list matches nothing (200, empty).
  const query = parsed.data as ProjectFilters;
  let items: Project[] = base.items;
  if (applies && scenario.name === 'empty') items = [];
  if (applies && scenario.name === 'scale') items = syntheticProjects(scenario.n ?? MAX_SCALE);
  // Hostile names before the filter: a project keeps its name under any filter, and q= searches the names shown.
  const named = applies && scenario.name === 'hostile' ? withHostileText(name, { ...base, total: items.length, items }, scenario.n) : { ...base, items };
  const filtered = filterProjects(named.items, query);
  return json(200, { ...named, total: filtered.length, items: filtered }, delayMs);
}

/** The demo build's transport: the same server, in-process, so a static host needs no service worker or /api. */
export const serveDemo: Transport = async (path, params, signal) => {
  const res = resolveRequest(path, params);
  if (res.delayMs) await sleep(res.delayMs, signal);
  // As fetch does: an aborted call rejects with an AbortError, a dropped connection with a TypeError.
  if (signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
  if (res.fault === 'network') throw new TypeError('Failed to fetch');
  return res;
};

/** Waits `ms`, or less when the signal aborts first: a held request keeps no timer once its client gave up. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
