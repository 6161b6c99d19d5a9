/**
 * The contract end to end: the real client, real fetch, the MSW handlers the dev server uses.
 * Every way a response can be wrong must surface as one typed ApiError the widget can explain.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { getResource, type Params } from '../../src/api/client';
import { ApiError } from '../../src/api/errors';
import {
  cooperationQuery, energyQuery, fundsQuery, investmentQuery, platformsQuery, policyTasksQuery, projectsQuery, summaryQuery,
} from '../../src/api/queries';
import { createQueryClient } from '../../src/api/query-client';
import { RESOURCES, type ResourceData, type ResourceName } from '../../src/contract/resources';
import { apiErrorBodySchema } from '../../src/contract/schemas';

const NAMES = Object.keys(RESOURCES) as ResourceName[];
// RESOURCES[name].schema is a union for a generic name; the cast narrows it back to the named resource.
const get = <R extends ResourceName>(name: R, params: Params = {}) =>
  getResource(name, RESOURCES[name].path, RESOURCES[name].schema, params) as Promise<ResourceData<R>>;
/** Resolves to the ApiError a call rejects with (fails the test if it resolves). */
async function failure(p: Promise<unknown>): Promise<ApiError> {
  const e = await p.then(() => { throw new Error('expected the request to fail'); }, (err: unknown) => err);
  expect(e).toBeInstanceOf(ApiError);
  return e as ApiError;
}
const rawGet = async (path: string) => {
  const res = await fetch(new URL(`/api/v1${path}`, location.href));
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: (await res.json()) as unknown };
};

describe('every resource', () => {
  it.each(NAMES)('%s answers JSON that parses against its schema, with nothing stripped', async (name) => {
    const raw = await rawGet(RESOURCES[name].path);
    expect(raw.status).toBe(200);
    expect(raw.type).toContain('application/json');
    const parsed = RESOURCES[name].schema.parse(raw.body);
    // zod strips unknown keys: equality proves the wire carries no field the contract doesn't describe.
    expect(parsed).toEqual(raw.body);
    expect(await get(name)).toEqual(parsed);
  });

  it('is reachable through the query factories the UI uses', async () => {
    const client = createQueryClient();
    const all = await Promise.all([
      client.fetchQuery(summaryQuery()), client.fetchQuery(fundsQuery()), client.fetchQuery(investmentQuery()),
      client.fetchQuery(energyQuery()), client.fetchQuery(policyTasksQuery()), client.fetchQuery(cooperationQuery()),
      client.fetchQuery(platformsQuery()),
    ]);
    for (const data of all) expect(data.asOf).toBe('2024-05-30');
    // The whole list, once: the client filters it in memory, so no filter reaches the key or the request.
    const projects = await client.fetchQuery(projectsQuery());
    expect(projects.items).toHaveLength(26);
    expect(projects.items.every((p) => p.name.zh.startsWith('示例项目'))).toBe(true);
    // The projects the letter names travel apart from the pipeline.
    expect(projects.named.map((p) => p.name.zh)).toContain('信阳师范学院理工学院');
    expect(projects.total).toBe(projects.items.length);
    expect(projectsQuery().queryKey).toEqual(['projects', null]);
    expect(projectsQuery('2026-09').queryKey).toEqual(['projects', '2026-09']);
  });
});

describe('projects query parameters', () => {
  it('filters on the server and keeps the documented totals', async () => {
    const out = await get('projects', { stage: 'construction', park: 'park-b' });
    expect(out.items.length).toBeGreaterThan(0);
    expect(out.items.every((p) => p.stage === 'construction' && p.park === 'park-b')).toBe(true);
    expect(out.parks.map((p) => p.id)).toEqual(['park-a', 'park-b', 'park-c']);
    expect(out.total).toBe(out.items.length);
    expect(out.documented.count.value).toBe(26);
    expect(out.documented.total.value).toBe(3_193_000);
  });

  it('rejects an invalid value with 400 and a JSON error naming the field', async () => {
    const raw = await rawGet(`/projects?category=${encodeURIComponent('<nope>')}`);
    expect(raw.status).toBe(400);
    expect(raw.type).toContain('application/json');
    const body = apiErrorBodySchema.parse(raw.body);
    expect(body.error).toMatchObject({ code: expect.any(String), message: expect.any(String), field: 'category' });

    const e = await failure(get('projects', { category: '<nope>' }));
    expect(e).toMatchObject({ kind: 'http', status: 400, resource: 'projects', retryable: false });
    expect(e.message).toContain('category');
  });

  it('rejects an unknown parameter and an over-long search', async () => {
    expect(apiErrorBodySchema.parse((await rawGet('/projects?colour=red')).body).error.field).toBe('colour');
    const e = await failure(get('projects', { q: 'x'.repeat(101) }));
    expect(e).toMatchObject({ kind: 'http', status: 400 });
  });

  it('a hostile search is just a search', async () => {
    for (const q of ['<script>alert(1)</script>', "'; DROP TABLE projects; --", '.*(']) {
      const out = await get('projects', { q });
      expect(out.items).toEqual([]);
      expect(out.total).toBe(0);
    }
  });
});

describe('resources without parameters', () => {
  it.each(NAMES.filter((n) => n !== 'projects'))('%s rejects any parameter with 400', async (name) => {
    const raw = await rawGet(`${RESOURCES[name].path}?foo=1`);
    expect(raw.status).toBe(400);
    expect(apiErrorBodySchema.parse(raw.body).error).toMatchObject({ code: 'unknown_parameter', field: 'foo' });
    const e = await failure(get(name, { foo: '1' }));
    expect(e).toMatchObject({ kind: 'http', status: 400, retryable: false });
  });
});

describe('failures become typed ApiErrors', () => {
  it('JSON content type with a body that is not JSON → not-json', async () => {
    server.use(http.get('*/api/v1/funds', () => HttpResponse.text('not json', { headers: { 'content-type': 'application/json' } })));
    const e = await failure(get('funds'));
    expect(e).toMatchObject({ kind: 'not-json', resource: 'funds', status: 200, retryable: false });
  });

  it('an HTML page (a static host\'s index.html fallback) → not-json', async () => {
    server.use(http.get('*/api/v1/funds', () => HttpResponse.html('<!doctype html><html><body>app</body></html>')));
    const e = await failure(get('funds'));
    expect(e).toMatchObject({ kind: 'not-json', retryable: false });
    expect(e.message).toContain('text/html');
  });

  it('JSON that breaks the contract → schema, with the issues', async () => {
    server.use(http.get('*/api/v1/funds', () => HttpResponse.json({ asOf: 'yesterday', funds: 'oops' })));
    const e = await failure(get('funds'));
    expect(e).toMatchObject({ kind: 'schema', retryable: false });
    expect(e.issues?.length).toBeGreaterThan(0);
    expect(e.issues?.map((i) => i.path[0])).toEqual(expect.arrayContaining(['asOf', 'funds']));
    // zod/mini has no messages of its own; the client loads English on this path so the issues stay readable.
    expect(e.issues?.find((i) => i.path[0] === 'funds')?.message).toBe('Invalid input: expected array, received string');
    expect(e.issues?.find((i) => i.path[0] === 'asOf')?.message).toBe('Invalid ISO date');
  });

  it('a 500 → http, retryable', async () => {
    server.use(http.get('*/api/v1/funds', () => HttpResponse.json({ error: { code: 'boom', message: 'upstream down' } }, { status: 500 })));
    const e = await failure(get('funds'));
    expect(e).toMatchObject({ kind: 'http', status: 500, retryable: true, message: 'upstream down' });
  });

  it('a network failure → network, retryable', async () => {
    server.use(http.get('*/api/v1/funds', () => HttpResponse.error()));
    const e = await failure(get('funds'));
    expect(e).toMatchObject({ kind: 'network', retryable: true });
  });

  it('override handlers do not leak into the next test', async () => {
    expect((await get('funds')).funds).toHaveLength(2);
  });
});

describe('the contract is zod/mini', () => {
  // Classic zod's chained methods defeat tree-shaking: one `from 'zod'` puts ~17 kB gzip back into the initial JS.
  it('no module of src/, mocks/ or seeds/ imports classic zod', () => {
    const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
    const files = ['src', 'mocks', 'seeds'].flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f)).map((f) => join(dir, f)));
    expect(files.length).toBeGreaterThan(50);
    const classic = files.filter((f) => /from\s+['"]zod(\/v4)?['"]|import\(\s*['"]zod(\/v4)?['"]/.test(readFileSync(join(root, f), 'utf8')));
    expect(classic).toEqual([]);
  });
});

describe('scenario switches', () => {
  it('scale&n=10000 serves 10,000 projects that still pass the schema', async () => {
    const out = await get('projects', { scenario: 'scale', n: '10000' });
    expect(out.items).toHaveLength(10_000);
    expect(out.total).toBe(10_000);
    expect(new Set(out.items.map((p) => p.id)).size).toBe(10_000);
  });

  it('scale combines with filters', async () => {
    const out = await get('projects', { scenario: 'scale', n: '10000', stage: 'completed' });
    expect(out.items.length).toBeGreaterThan(0);
    expect(out.items.length).toBeLessThan(10_000);
    expect(out.items.every((p) => p.stage === 'completed')).toBe(true);
  });

  it('empty serves empty lists that still pass the schema', async () => {
    const projects = await get('projects', { scenario: 'empty' });
    expect(projects.items).toEqual([]);
    expect(projects.total).toBe(0);
    const funds = await get('funds', { scenario: 'empty' });
    expect(funds.funds).toEqual([]);
    expect(funds.deployment).toEqual([]);
  });

  it('error → 500 http, malformed → schema; only= limits them to one resource', async () => {
    expect(await failure(get('funds', { scenario: 'error' }))).toMatchObject({ kind: 'http', status: 500, retryable: true });
    expect(await failure(get('funds', { scenario: 'malformed' }))).toMatchObject({ kind: 'schema' });
    await expect(get('summary', { scenario: 'error', only: 'funds' })).resolves.toMatchObject({ asOf: '2024-05-30' });
    expect(await failure(get('funds', { scenario: 'error', only: 'funds' }))).toMatchObject({ kind: 'http', status: 500 });
  });
});
