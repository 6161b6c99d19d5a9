/**
 * The publish step's pure logic: a ledger's projects become a month's snapshot (hashed over its exact bytes) and
 * that month goes into the manifest, newest first; an old index.json that cannot be built on says why.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { projectsSchema, type Projects } from '../../src/contract/schemas';
import { MANIFEST_FORMAT, manifestSchema, SNAPSHOT_FORMAT, snapshotSchema, type Manifest } from '../../src/contract/schemas/snapshot';
import { ledgerToProjects } from '../../src/features/ledger/model/to-projects';
import type { LedgerRecord } from '../../src/features/ledger/model/types';
import { buildSnapshot, SnapshotError, type PublishedEntry } from '../../src/features/ledger/publish/build-snapshot';
import { ManifestMergeError, manifestText, mergeManifest } from '../../src/features/ledger/publish/merge-manifest';
import { fetchHostManifest, ManifestReadError, readOldManifest } from '../../src/features/ledger/publish/read-manifest';
import { monthTotals } from '../../src/projects/months/totals';

const record = (row: number, name: string, plannedWan: number, completedWan: number): LedgerRecord => ({
  row, name, stage: 'construction', category: '新能源', park: '高新区', unit: '高新区管委会', plannedWan, completedWan,
  annualPlanWan: plannedWan / 2, annualCompletedWan: completedWan, qualifiers: {}, start: '2025-03-01', end: '2027-06-30',
  precision: { start: 'day', end: 'day' }, warnings: [],
});
const RECORDS = [record(5, '储能电站项目', 50_000, 20_000), record(6, '光伏组件项目', 30_000, 30_000)];

/** A ledger import's response as the app stores it: built by the import, passed through the contract. */
const projectsAsOf = (asOf: string, records = RECORDS): Projects =>
  projectsSchema.parse(ledgerToProjects(records, { fileName: '重点项目台账.xlsx', sheet: '台账', title: '重点项目建设进度台账', asOf }));

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const entryAsOf = async (asOf: string, records = RECORDS): Promise<PublishedEntry> => (await buildSnapshot(projectsAsOf(asOf, records))).entry;
const manifestOf = (...entries: PublishedEntry[]): Manifest => manifestSchema.parse({ format: MANIFEST_FORMAT, months: entries });

describe('buildSnapshot', () => {
  it('writes the contract\'s snapshot, named by the month of its as-of date', async () => {
    const built = await buildSnapshot(projectsAsOf('2026-10-31'));
    expect(built.month).toBe('2026-10');
    expect(built.fileName).toBe('2026-10.json');
    const written = JSON.parse(built.text) as Record<string, unknown>;
    expect(written).toMatchObject({ format: SNAPSHOT_FORMAT, month: '2026-10', asOf: '2026-10-31' });
    expect(snapshotSchema.parse(written)).toEqual(built.snapshot);
    expect(built.snapshot.resources.projects.items.map((p) => p.name.zh)).toEqual(['储能电站项目', '光伏组件项目']);
    expect(built.entry).toMatchObject({ month: '2026-10', asOf: '2026-10-31', file: '2026-10.json' });
    expect(built.entry.totals).toEqual(monthTotals(built.snapshot.resources.projects.items, '2026-10-31'));
    expect(built.entry.totals).toMatchObject({ count: 2, plannedWan: 80_000, completedWan: 50_000 });
  });

  it('drops `local`: a published ledger is nobody\'s local copy', async () => {
    const projects = projectsAsOf('2026-10-31');
    expect(projects.source.local).toBe(true);
    const built = await buildSnapshot(projects);
    expect(built.snapshot.source).not.toHaveProperty('local');
    expect(built.snapshot.resources.projects.source).not.toHaveProperty('local');
    expect(built.entry.source).not.toHaveProperty('local');
    expect(built.text).not.toContain('"local"');
    expect(built.snapshot.source).toMatchObject({ kind: 'ledger', reference: '重点项目台账.xlsx', date: '2026-10-31' });
    // The caller's response is left as it was: the note still shows the ledger as local.
    expect(projects.source.local).toBe(true);
  });

  it('leaves the month list out: the published transport adds it from the manifest', async () => {
    const projects = { ...projectsAsOf('2026-10-31'), month: '2026-09', months: [] };
    const built = await buildSnapshot(projects);
    expect(built.snapshot.resources.projects).not.toHaveProperty('month');
    expect(built.snapshot.resources.projects).not.toHaveProperty('months');
  });

  it('hashes the exact UTF-8 bytes of the text, and a changed figure changes the hash', async () => {
    const built = await buildSnapshot(projectsAsOf('2026-10-31'));
    expect(new TextDecoder().decode(built.bytes)).toBe(built.text);
    expect(built.bytes.length).toBeGreaterThan(built.text.length); // the Chinese names are 3 bytes each
    expect(built.entry.sha256).toBe(sha256(built.bytes));
    expect((await buildSnapshot(projectsAsOf('2026-10-31'))).entry.sha256).toBe(built.entry.sha256);
    const changed = await buildSnapshot(projectsAsOf('2026-10-31', [record(5, '储能电站项目', 50_000, 20_001), RECORDS[1]!]));
    expect(changed.entry.sha256).not.toBe(built.entry.sha256);
    expect(changed.entry.sha256).toBe(sha256(changed.bytes));
  });

  it('refuses what the contract refuses, naming where', async () => {
    const projects = projectsAsOf('2026-10-31');
    // A ledger's documented project without its sheet row: the contract's own rule for ledgers.
    const broken = { ...projects, items: projects.items.map((p) => ({ ...p, row: undefined })) };
    await expect(buildSnapshot(broken)).rejects.toBeInstanceOf(SnapshotError);
    await expect(buildSnapshot(broken)).rejects.toThrow(/resources\.projects\.items/);
  });
});

describe('mergeManifest', () => {
  it('makes the first month\'s manifest from none', async () => {
    const oct = await entryAsOf('2026-10-31');
    const { manifest, replaced, months } = mergeManifest(null, oct);
    expect(manifest).toEqual({ format: MANIFEST_FORMAT, months: [oct] });
    expect(replaced).toBe(false);
    expect(months).toEqual(['2026-10']);
  });

  it('adds a newer month first', async () => {
    const { months, replaced } = mergeManifest(manifestOf(await entryAsOf('2026-09-30')), await entryAsOf('2026-10-31'));
    expect(months).toEqual(['2026-10', '2026-09']);
    expect(replaced).toBe(false);
  });

  it('adds an older month in its place, across a year', async () => {
    const old = manifestOf(await entryAsOf('2026-01-31'), await entryAsOf('2025-11-30'));
    const { manifest, months } = mergeManifest(old, await entryAsOf('2025-12-31'));
    expect(months).toEqual(['2026-01', '2025-12', '2025-11']);
    expect(manifest.months.map((m) => m.file)).toEqual(['2026-01.json', '2025-12.json', '2025-11.json']);
  });

  it('replaces a month already published, and says so', async () => {
    const first = await entryAsOf('2026-10-15');
    const old = manifestOf(first, await entryAsOf('2026-09-30'));
    const corrected = await entryAsOf('2026-10-31', [record(5, '储能电站项目', 50_000, 25_000)]);
    const merged = mergeManifest(old, corrected);
    expect(merged.replaced).toBe(true);
    expect(merged.unchanged).toBe(false);
    expect(merged.months).toEqual(['2026-10', '2026-09']);
    expect(merged.manifest.months[0]).toEqual(corrected);
    expect(mergeManifest(old, first)).toMatchObject({ replaced: true, unchanged: true });
  });

  it('writes pretty JSON that reads back as the same manifest', async () => {
    const { manifest } = mergeManifest(manifestOf(await entryAsOf('2026-08-31')), await entryAsOf('2026-10-31'));
    const text = manifestText(manifest);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "months": [\n    {\n      "month": "2026-10"');
    expect(manifestSchema.parse(JSON.parse(text))).toEqual(manifest);
  });

  it('refuses to build on an entry the contract refuses', async () => {
    const old = manifestOf(await entryAsOf('2026-09-30'));
    const bad = { ...old, months: [{ ...old.months[0]!, file: '2026-08.json' }] };
    expect(() => mergeManifest(bad, (old.months[0]!))).not.toThrow(); // the bad entry is the one replaced
    expect(() => mergeManifest(bad, { ...old.months[0]!, month: '2026-10', asOf: '2026-10-31', file: '2026-10.json' })).toThrow(ManifestMergeError);
  });
});

const blob = (text: string) => new Blob([text], { type: 'application/json' });
const readError = async (run: Promise<unknown>): Promise<ManifestReadError> => {
  const error = await run.then(() => undefined, (e: unknown) => e);
  if (error instanceof ManifestReadError) return error;
  throw new Error(`expected a ManifestReadError, got ${String(error)}`);
};

describe('readOldManifest', () => {
  it('reads a dropped index.json', async () => {
    const manifest = manifestOf(await entryAsOf('2026-09-30'));
    expect(await readOldManifest(blob(manifestText(manifest)))).toEqual(manifest);
  });

  it('says when the file is not JSON', async () => {
    const error = await readError(readOldManifest(blob('<!doctype html><title>首页</title>')));
    expect(error.problem).toBe('not-json');
    expect(error.message).toBe('index.json: it is not valid UTF-8 JSON');
    expect((await readError(readOldManifest(new Blob([new Uint8Array([0x7b, 0xff, 0x7d])])))).problem).toBe('not-json');
  });

  it('says when it is not a manifest, or is a month\'s snapshot', async () => {
    const other = await readError(readOldManifest(blob('{"format":"something/else@2","months":[]}')));
    expect(other).toMatchObject({ problem: 'not-manifest', detail: 'something/else@2' });
    expect(other.message).toContain(`not ${MANIFEST_FORMAT}`);
    expect((await readError(readOldManifest(blob('[1,2]')))).problem).toBe('not-manifest');
    const snapshot = (await buildSnapshot(projectsAsOf('2026-10-31'))).text;
    expect((await readError(readOldManifest(blob(snapshot)))).problem).toBe('snapshot');
  });

  it('names the first path the contract refuses', async () => {
    const manifest = manifestOf(await entryAsOf('2026-09-30'));
    const bad = { ...manifest, months: [{ ...manifest.months[0]!, sha256: 'ABC' }] };
    const error = await readError(readOldManifest(blob(JSON.stringify(bad))));
    expect(error.problem).toBe('contract');
    expect(error.detail).toMatch(/^months\.0\.sha256: /);
    expect(error.message).toContain('months.0.sha256');
  });
});

describe('fetchHostManifest', () => {
  const answer = (status: number, contentType: string, body = '') => async () =>
    ({ status, headers: new Headers({ 'content-type': contentType }), arrayBuffer: async () => new TextEncoder().encode(body).buffer }) as Response;

  it('asks the host, past its cache, for data/index.json', async () => {
    const manifest = manifestOf(await entryAsOf('2026-09-30'));
    const calls: [string, RequestInit][] = [];
    const found = await fetchHostManifest(undefined, async (url, init) => {
      calls.push([url, init]);
      return answer(200, 'application/json', manifestText(manifest))();
    });
    expect(found).toEqual(manifest);
    expect(calls).toHaveLength(1);
    expect(calls[0]![0]).toBe('/data/index.json');
    expect(calls[0]![1].cache).toBe('no-cache');
  });

  it('reads a 404, or a static host\'s fallback page, as none published yet', async () => {
    expect(await fetchHostManifest('/base/data/', answer(404, 'text/plain'))).toBeNull();
    expect(await fetchHostManifest('/base/data/', answer(200, 'text/html; charset=utf-8', '<!doctype html>'))).toBeNull();
  });

  it('says what went wrong otherwise', async () => {
    expect(await readError(fetchHostManifest('/data/', answer(500, 'text/plain')))).toMatchObject({ problem: 'http', detail: '500' });
    expect(await readError(fetchHostManifest('/data/', answer(200, 'application/json', '{"format":"x"}')))).toMatchObject({ problem: 'not-manifest' });
    const offline = await readError(fetchHostManifest('/data/', async () => { throw new TypeError('Failed to fetch'); }));
    expect(offline).toMatchObject({ problem: 'unreachable', detail: 'Failed to fetch' });
  });
});
