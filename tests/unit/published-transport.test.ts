/**
 * A published build (src/api/published.ts): data/index.json lists the months, data/YYYY-MM.json holds each
 * month's snapshot. The transport answers /projects from them and sends everything else on to `next`; with no
 * manifest on the host it steps aside. Every fault names its file. The host here is a fake `fetchBytes` that
 * answers from a table of files and records every request.
 */
import { describe, expect, it } from 'vitest';
import { publishedData } from '../../src/api/published';
import { ApiError } from '../../src/api/errors';
import { sha256Hex } from '../../src/api/sha256';
import type { RawResponse, Transport } from '../../src/contract/transport';
import { projectsSchema, type Project } from '../../src/contract/schemas';
import { MANIFEST_FORMAT, SNAPSHOT_FORMAT, manifestSchema, snapshotSchema, type Manifest, type Snapshot } from '../../src/contract/schemas/snapshot';
import { monthTotals } from '../../src/projects/months/totals';
import { OCT, SEP, ledgerSource, project, projectsResponse } from '../lib/months-fixture';

const BASE = '/zone/data/';
const encode = (text: string) => new TextEncoder().encode(text);

interface Answer { status: number; contentType: string; bytes: Uint8Array }
type Host = Map<string, Answer | (() => Answer | Promise<Answer>)>;
interface Call { url: string; init: RequestInit }

/** A static host: paths (without the query) to answers; anything else is its 404. Records every request. */
function fakeHost(host: Host) {
  const calls: Call[] = [];
  const fetchBytes = async (url: string, init: RequestInit): Promise<Answer> => {
    calls.push({ url, init });
    // As fetch does: a request under an aborted signal fails with its reason.
    if (init.signal?.aborted) throw init.signal.reason;
    const answer = host.get(url.split('?')[0]!.slice(BASE.length));
    if (!answer) return { status: 404, contentType: 'text/plain', bytes: encode('Not Found') };
    return typeof answer === 'function' ? answer() : answer;
  };
  const fetched = (file: string) => calls.filter((c) => c.url.split('?')[0] === `${BASE}${file}`);
  return { fetchBytes, requests: calls, fetched };
}

const json = (bytes: Uint8Array): Answer => ({ status: 200, contentType: 'application/json', bytes });

const OCT_ITEMS: Project[] = [
  project('P1', { code: 'GX-001', name: '智能终端产业园', completedWan: 800 }),
  project('P2', { code: 'GX-002', name: '配套道路', stage: 'planning', completedWan: 0, start: '2027-01-01', end: '2027-12-31' }),
];
const SEP_ITEMS: Project[] = [project('P1', { code: 'GX-001', name: '智能终端产业园', completedWan: 700 })];

function snapshot(items: Project[], asOf: string): Snapshot {
  return { format: SNAPSHOT_FORMAT, month: asOf.slice(0, 7), asOf, source: ledgerSource(asOf), resources: { projects: projectsResponse(items, asOf) } };
}

/** A published folder: each month's snapshot bytes and the manifest listing their hashes, newest first. */
async function publishedFolder(months: { items: Project[]; asOf: string; bytes?: Uint8Array }[]) {
  const files = new Map<string, Uint8Array>();
  const entries: Manifest['months'] = [];
  for (const { items, asOf, bytes = encode(JSON.stringify(snapshot(items, asOf))) } of months) {
    const month = asOf.slice(0, 7);
    files.set(`${month}.json`, bytes);
    entries.push({ month, asOf, source: ledgerSource(asOf), totals: monthTotals(items, asOf), file: `${month}.json`, sha256: await sha256Hex(bytes) });
  }
  const manifest: Manifest = { format: MANIFEST_FORMAT, months: entries };
  return { files, manifest };
}

/** The host's table for a folder: index.json and every snapshot, as JSON files. */
const hostOf = ({ files, manifest }: { files: Map<string, Uint8Array>; manifest: unknown }): Host =>
  new Map<string, Answer>([['index.json', json(encode(JSON.stringify(manifest)))], ...[...files].map(([f, b]) => [f, json(b)] as [string, Answer])]);

const TWO_MONTHS = () => publishedFolder([{ items: OCT_ITEMS, asOf: OCT }, { items: SEP_ITEMS, asOf: SEP }]);

/** The next transport (the demo): answers every path with its own marker and records its calls. */
function nextTransport() {
  const calls: { path: string; params: URLSearchParams; signal?: AbortSignal }[] = [];
  const answer: RawResponse = { status: 200, contentType: 'application/json', text: '{"from":"next"}' };
  const next: Transport = async (path, params, signal) => {
    calls.push({ path, params, signal });
    if (signal?.aborted) throw signal.reason;
    return answer;
  };
  return { next, calls, answer };
}

function setUp(host: Host) {
  const h = fakeHost(host);
  const n = nextTransport();
  const published = publishedData(n.next, { base: BASE, fetchBytes: h.fetchBytes });
  const projects = (query = '', signal?: AbortSignal) => published.transport('/projects', new URLSearchParams(query), signal);
  return { ...h, ...n, published, projects };
}

const body = (res: RawResponse) => (res.json ?? JSON.parse(res.text)) as Record<string, unknown> & { items: Project[] };

/** The ApiError a call rejected with. */
async function failure(call: Promise<unknown>): Promise<ApiError> {
  const e = await call.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(ApiError);
  return e as ApiError;
}

describe('the test\'s own published folder', () => {
  it('is valid against the contract', async () => {
    const { manifest, files } = await TWO_MONTHS();
    expect(manifestSchema.safeParse(manifest).success).toBe(true);
    for (const bytes of files.values()) expect(snapshotSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes))).error).toBeUndefined();
  });
});

describe('a host with no published data', () => {
  it('is pending until it has asked', () => {
    expect(setUp(new Map()).published.state()).toBe('pending');
  });

  it.each([
    ['a 404', { status: 404, contentType: 'text/plain', bytes: encode('Not Found') }],
    ['a 410', { status: 410, contentType: 'text/plain', bytes: encode('Gone') }],
    ['its index.html (200, text/html)', { status: 200, contentType: 'text/html; charset=utf-8', bytes: encode('<!doctype html><div id="root"></div>') }],
  ])('answering data/index.json with %s: the demo (next) answers the projects and the state is absent', async (_, answer) => {
    const t = setUp(new Map([['index.json', answer]]));
    const params = new URLSearchParams('stage=construction');
    const res = await t.published.transport('/projects', params);
    expect(res).toBe(t.answer);
    expect(t.calls).toEqual([{ path: '/projects', params, signal: undefined }]);
    expect(t.published.state()).toBe('absent');
    // Asked once: the demo keeps answering without another look at the host.
    await t.projects();
    expect(t.fetched('index.json')).toHaveLength(1);
    expect(t.calls).toHaveLength(2);
  });
});

describe('a published host', () => {
  it('answers /projects from the newest month, with the month and the months listed (no file or hash)', async () => {
    const folder = await TWO_MONTHS();
    const t = setUp(hostOf(folder));
    const res = await t.projects();
    expect(res.status).toBe(200);
    expect(res.contentType).toBe('application/json');
    const b = body(res);
    expect(projectsSchema.safeParse(b).error).toBeUndefined();
    expect(b.month).toBe('2026-10');
    expect(b.asOf).toBe(OCT);
    expect(b.items).toEqual(OCT_ITEMS);
    expect(b.total).toBe(2);
    expect(b.months).toEqual(folder.manifest.months.map(({ month, asOf, source, totals }) => ({ month, asOf, source, totals })));
    for (const m of b.months as Record<string, unknown>[]) {
      expect(m).not.toHaveProperty('file');
      expect(m).not.toHaveProperty('sha256');
    }
    expect(t.published.state()).toBe('published');
    expect(t.calls).toEqual([]);
  });

  it('answers ?month= with that older month, still listing every month', async () => {
    const t = setUp(hostOf(await TWO_MONTHS()));
    const b = body(await t.projects('month=2026-09'));
    expect(b.month).toBe('2026-09');
    expect(b.asOf).toBe(SEP);
    expect(b.items).toEqual(SEP_ITEMS);
    expect((b.months as { month: string }[]).map((m) => m.month)).toEqual(['2026-10', '2026-09']);
  });

  it('applies the other query parameters as the filter, and the total counts what it kept', async () => {
    const t = setUp(hostOf(await TWO_MONTHS()));
    const b = body(await t.projects('month=2026-10&stage=planning'));
    expect(b.items.map((p) => p.id)).toEqual(['P2']);
    expect(b.total).toBe(1);
    expect(b.month).toBe('2026-10');
  });

  it('fails a month the manifest does not list with fault month, naming data/index.json', async () => {
    const t = setUp(hostOf(await TWO_MONTHS()));
    const e = await failure(t.projects('month=2026-08'));
    expect(e).toMatchObject({ kind: 'published', fault: 'month', file: 'data/index.json', resource: 'projects' });
    expect(e.retryable).toBe(false);
    expect(t.fetched('2026-08.json')).toHaveLength(0);
  });
});

describe('requests to the host', () => {
  it('reads the manifest once per session, with cache no-cache, however many calls and months', async () => {
    const t = setUp(hostOf(await TWO_MONTHS()));
    await Promise.all([t.projects(), t.projects('month=2026-09')]);
    await t.projects();
    await t.projects('month=2026-09');
    const reads = t.fetched('index.json');
    expect(reads).toHaveLength(1);
    expect(reads[0]!.url).toBe(`${BASE}index.json`);
    expect(reads[0]!.init.cache).toBe('no-cache');
    expect(reads[0]!.init.headers).toEqual({ accept: 'application/json' });
  });

  it('fetches each snapshot once per session, at a URL carrying the first 16 hex digits of its hash', async () => {
    const folder = await TWO_MONTHS();
    const t = setUp(hostOf(folder));
    await Promise.all([t.projects(), t.projects()]);
    await t.projects('month=2026-09');
    await t.projects();
    await t.projects('month=2026-09');
    const [oct, sep] = folder.manifest.months;
    expect(t.fetched('2026-10.json').map((c) => c.url)).toEqual([`${BASE}2026-10.json?v=${oct!.sha256.slice(0, 16)}`]);
    expect(t.fetched('2026-09.json').map((c) => c.url)).toEqual([`${BASE}2026-09.json?v=${sep!.sha256.slice(0, 16)}`]);
    expect(t.calls).toEqual([]);
  });

  it('sends every other path to next untouched, without asking the host', async () => {
    const t = setUp(hostOf(await TWO_MONTHS()));
    const params = new URLSearchParams('x=1');
    const signal = new AbortController().signal;
    const res = await t.published.transport('/summary', params, signal);
    expect(res).toBe(t.answer);
    expect(t.calls).toHaveLength(1);
    expect(t.calls[0]!.path).toBe('/summary');
    expect(t.calls[0]!.params).toBe(params);
    expect(t.calls[0]!.signal).toBe(signal);
    expect(t.requests).toEqual([]);
    expect(t.published.state()).toBe('pending');
  });
});

describe('a snapshot that is not what the manifest lists', () => {
  it('fails a changed byte with fault hash, naming data/2026-10.json, and is not retryable', async () => {
    const folder = await TWO_MONTHS();
    // 800 → 900 in the first record's 累计完成: still valid JSON and within the contract, but not the bytes listed.
    const bytes = folder.files.get('2026-10.json')!.slice();
    const at = new TextDecoder().decode(bytes).indexOf('"completedWan":800');
    expect(at).toBeGreaterThan(0);
    bytes[at + '"completedWan":'.length] = '9'.charCodeAt(0);
    folder.files.set('2026-10.json', bytes);
    const t = setUp(hostOf(folder));
    const e = await failure(t.projects());
    expect(e).toMatchObject({ kind: 'published', fault: 'hash', file: 'data/2026-10.json' });
    expect(e.message).toContain('data/2026-10.json');
    expect(e.retryable).toBe(false);
    // The manifest itself was fine: the build is published, one month of it broken.
    expect(t.published.state()).toBe('published');
  });

  it('fails a snapshot that is not JSON (its hash right) with fault not-json', async () => {
    const t = setUp(hostOf(await publishedFolder([{ items: OCT_ITEMS, asOf: OCT, bytes: encode('{"format": "yudongnan-dashboard/snapshot@1",') }])));
    expect(await failure(t.projects())).toMatchObject({ fault: 'not-json', file: 'data/2026-10.json' });
  });

  it('fails bytes that are not UTF-8 with fault not-json', async () => {
    const t = setUp(hostOf(await publishedFolder([{ items: OCT_ITEMS, asOf: OCT, bytes: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) }])));
    expect(await failure(t.projects())).toMatchObject({ fault: 'not-json', file: 'data/2026-10.json' });
  });

  it('fails a snapshot that breaks the contract (its hash right) with fault schema', async () => {
    const broken = structuredClone(snapshot(OCT_ITEMS, OCT));
    // A ledger's documented record must name its row.
    delete (broken.resources.projects.items[0] as Partial<Project>).row;
    const t = setUp(hostOf(await publishedFolder([{ items: OCT_ITEMS, asOf: OCT, bytes: encode(JSON.stringify(broken)) }])));
    const e = await failure(t.projects());
    expect(e).toMatchObject({ kind: 'published', fault: 'schema', file: 'data/2026-10.json' });
    expect(e.retryable).toBe(false);
  });

  it('fails a snapshot of another date than the manifest lists with fault mismatch', async () => {
    const other = encode(JSON.stringify(snapshot(OCT_ITEMS, '2026-10-15')));
    const t = setUp(hostOf(await publishedFolder([{ items: OCT_ITEMS, asOf: OCT, bytes: other }])));
    expect(await failure(t.projects())).toMatchObject({ fault: 'mismatch', file: 'data/2026-10.json' });
  });

  it('fails a snapshot the host does not have (its index.html instead) with fault http', async () => {
    const folder = await TWO_MONTHS();
    const host = hostOf(folder);
    host.set('2026-10.json', { status: 200, contentType: 'text/html', bytes: encode('<!doctype html>') });
    const e = await failure(setUp(host).projects());
    expect(e).toMatchObject({ fault: 'http', file: 'data/2026-10.json', status: 404 });
    expect(e.retryable).toBe(false);
  });
});

describe('a broken manifest', () => {
  it('fails with fault schema naming data/index.json, state failed; the next call reads it again', async () => {
    const folder = await TWO_MONTHS();
    const host = hostOf(folder);
    // Oldest first: the contract wants newest first.
    host.set('index.json', json(encode(JSON.stringify({ ...folder.manifest, months: [...folder.manifest.months].reverse() }))));
    const t = setUp(host);
    const e = await failure(t.projects());
    expect(e).toMatchObject({ kind: 'published', fault: 'schema', file: 'data/index.json' });
    expect(e.message).toContain('data/index.json');
    expect(t.published.state()).toBe('failed');
    expect(t.calls).toEqual([]);

    host.set('index.json', json(encode(JSON.stringify(folder.manifest))));
    expect(body(await t.projects()).month).toBe('2026-10');
    expect(t.fetched('index.json')).toHaveLength(2);
    expect(t.published.state()).toBe('published');
  });

  it('fails a manifest that is not JSON with fault not-json naming data/index.json', async () => {
    const t = setUp(new Map([['index.json', json(encode('months: 2026-10'))]]));
    expect(await failure(t.projects())).toMatchObject({ fault: 'not-json', file: 'data/index.json' });
    expect(t.published.state()).toBe('failed');
  });

  it('fails an HTTP error other than 404/410 with fault http: a 5xx is retryable, a 403 is not', async () => {
    const t503 = setUp(new Map([['index.json', { status: 503, contentType: 'text/plain', bytes: encode('busy') }]]));
    const e503 = await failure(t503.projects());
    expect(e503).toMatchObject({ fault: 'http', status: 503, file: 'data/index.json' });
    expect(e503.retryable).toBe(true);
    const t403 = setUp(new Map([['index.json', { status: 403, contentType: 'text/plain', bytes: encode('no') }]]));
    expect((await failure(t403.projects())).retryable).toBe(false);
    expect(t403.published.state()).toBe('failed');
  });
});

describe('a host that cannot be reached', () => {
  const offline = () => { throw new TypeError('Failed to fetch'); };

  it('fails the manifest with fault unreachable, retryable, state failed; the next call asks again', async () => {
    const folder = await TWO_MONTHS();
    const host = hostOf(folder);
    const good = host.get('index.json')!;
    host.set('index.json', offline);
    const t = setUp(host);
    const e = await failure(t.projects());
    expect(e).toMatchObject({ kind: 'published', fault: 'unreachable', file: 'data/index.json' });
    expect(e.retryable).toBe(true);
    expect(t.published.state()).toBe('failed');
    host.set('index.json', good);
    expect(body(await t.projects()).month).toBe('2026-10');
    expect(t.fetched('index.json')).toHaveLength(2);
  });

  it('fails a snapshot with fault unreachable, and reads it again on the next call', async () => {
    const folder = await TWO_MONTHS();
    const host = hostOf(folder);
    const good = host.get('2026-10.json')!;
    host.set('2026-10.json', offline);
    const t = setUp(host);
    const e = await failure(t.projects());
    expect(e).toMatchObject({ kind: 'published', fault: 'unreachable' });
    expect(e.file).toMatch(/^data\/2026-10\.json/);
    expect(e.retryable).toBe(true);
    host.set('2026-10.json', good);
    expect(body(await t.projects()).items).toEqual(OCT_ITEMS);
    expect(t.fetched('2026-10.json')).toHaveLength(2);
    expect(t.fetched('index.json')).toHaveLength(1);
  });

  // A snapshot is asked for with its ?v=<hash> query; the message names the file as it sits in data/.
  it('names an unreachable snapshot by its file alone, as every other fault does', async () => {
    const folder = await TWO_MONTHS();
    const host = hostOf(folder);
    host.set('2026-10.json', offline);
    expect(await failure(setUp(host).projects())).toMatchObject({ fault: 'unreachable', file: 'data/2026-10.json' });
  });
});

describe('an aborted signal', () => {
  it('reaches next for another path, and its abort comes back as it was', async () => {
    const t = setUp(hostOf(await TWO_MONTHS()));
    const controller = new AbortController();
    const reason = new DOMException('Aborted', 'AbortError');
    controller.abort(reason);
    await expect(t.published.transport('/funds', new URLSearchParams(), controller.signal)).rejects.toBe(reason);
    expect(t.calls[0]!.signal).toBe(controller.signal);
  });

  it('reaches next for the projects on a host with no published data', async () => {
    const t = setUp(new Map());
    const controller = new AbortController();
    const reason = new DOMException('Aborted', 'AbortError');
    controller.abort(reason);
    await expect(t.projects('', controller.signal)).rejects.toBe(reason);
    expect(t.calls[0]!.signal).toBe(controller.signal);
    expect(t.published.state()).toBe('absent');
  });

  it('does not spoil the shared manifest and snapshot for the next caller on a published host', async () => {
    const t = setUp(hostOf(await TWO_MONTHS()));
    const controller = new AbortController();
    controller.abort();
    await t.projects('', controller.signal).catch(() => undefined);
    expect(t.published.state()).not.toBe('failed');
    expect(body(await t.projects()).month).toBe('2026-10');
    expect(t.published.state()).toBe('published');
  });
});
