// @vitest-environment node
/**
 * The bench's published months (tests/bench/snapshots.mjs) on a small set: what it writes is what a published
 * build reads (src/api/published.ts): the contract's manifest and snapshots, each file's hash over its exact
 * bytes, a ledger's records. Deterministic, and the same projects evolving from month to month.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildSnapshots, verifySnapshots } from '../bench/snapshots.mjs';
import { monthOf } from '@/contract/schemas';
import { manifestSchema, snapshotSchema, type Manifest, type Snapshot } from '@/contract/schemas/snapshot';
import { monthTotals } from '@/projects/months/totals';
import { sha256Hex } from '@/api/sha256';

const OPTIONS = { months: 3, projects: 50, newest: '2026-10' };
const build = (options = OPTIONS) => buildSnapshots(options, { monthTotals: monthTotals as never });
const json = (bytes: Buffer | undefined): unknown => JSON.parse(bytes!.toString('utf8'));

afterEach(() => vi.restoreAllMocks());

describe('bench snapshots', () => {
  it('writes a manifest and snapshots the contract accepts, with the hashes of their bytes', async () => {
    const { files } = build();
    expect([...files.keys()].sort()).toEqual(['2026-08.json', '2026-09.json', '2026-10.json', 'index.json']);
    const manifest: Manifest = manifestSchema.parse(json(files.get('index.json')));
    expect(manifest.months.map((m) => m.month)).toEqual(['2026-10', '2026-09', '2026-08']);
    for (const entry of manifest.months) {
      const bytes = files.get(entry.file)!;
      expect(await sha256Hex(new Uint8Array(bytes))).toBe(entry.sha256);
      const snapshot: Snapshot = snapshotSchema.parse(json(bytes));
      const projects = snapshot.resources.projects;
      expect(snapshot.month).toBe(entry.month);
      expect(snapshot.asOf).toBe(entry.asOf);
      expect(monthOf(snapshot.asOf)).toBe(snapshot.month);
      expect(projects.asOf).toBe(snapshot.asOf);
      expect(entry.totals).toEqual(monthTotals(projects.items, entry.asOf));
      // A ledger's response, as published (not one loaded in this browser).
      expect(projects.source.kind).toBe('ledger');
      expect(projects.source.local).toBeUndefined();
      expect(projects.named).toEqual([]);
      expect(projects.total).toBe(projects.items.length);
      expect(projects.items).toHaveLength(OPTIONS.projects);
      expect(projects.items.every((p) => p.provenance === 'documented' && p.row)).toBe(true);
      for (const key of ['count', 'total', 'categories'] as const) {
        expect(projects.documented[key]).toMatchObject({ provenance: 'derived', formula: { zh: expect.any(String), en: expect.any(String) } });
      }
      expect(projects.documented.count.value).toBe(projects.items.length);
      expect(projects.documented.total.value).toBe(projects.items.reduce((s, p) => s + p.plannedWan, 0));
      const categories = new Set(projects.categories.map((c) => c.id));
      const parks = new Set(projects.parks.map((p) => p.id));
      expect(projects.items.every((p) => categories.has(p.category) && parks.has(p.park))).toBe(true);
      expect(projects.documented.categories.value).toBe(categories.size);
    }
    // And its own check (the one the bench runs before serving the files) agrees.
    await expect(verifySnapshots({ files }, { manifestSchema, snapshotSchema, sha256Hex })).resolves.toBeTruthy();
    // Which fails on a file that is not the one listed.
    const tampered = new Map(files);
    tampered.set('2026-09.json', Buffer.from(files.get('2026-09.json')!.toString('utf8').replace('"completedWan":', '"completedWan":1')));
    await expect(verifySnapshots({ files: tampered }, { manifestSchema, snapshotSchema, sha256Hex })).rejects.toThrow(/2026-09\.json: hash/);
  });

  it('is deterministic: the same bytes every run, and never Math.random', () => {
    vi.spyOn(Math, 'random').mockImplementation(() => { throw new Error('Math.random used'); });
    const [a, b] = [build(), build()];
    expect([...a.files.keys()]).toEqual([...b.files.keys()]);
    for (const [name, bytes] of a.files) expect(bytes.equals(b.files.get(name)!)).toBe(true);
  });

  it('keeps the same projects from month to month, their investment growing and some stages moving on', () => {
    const { files, manifest } = build({ months: 12, projects: 80, newest: '2026-10' });
    const months = manifest.months.map((m) => (json(files.get(m.file)) as Snapshot).resources.projects.items).reverse();
    const identity = (items: Snapshot['resources']['projects']['items']) => items.map((p) => `${p.id}|${p.code}|${p.name.zh}|${p.plannedWan}|${p.start}`);
    for (const items of months) expect(identity(items)).toEqual(identity(months[0]!));
    expect(new Set(months[0]!.map((p) => p.id)).size).toBe(80);
    let grew = 0;
    let moved = 0;
    const order = ['planning', 'signed', 'approval', 'construction', 'completed'];
    for (let m = 1; m < months.length; m++) {
      months[m]!.forEach((p, i) => {
        const before = months[m - 1]![i]!;
        expect(p.completedWan).toBeGreaterThanOrEqual(before.completedWan);
        expect(p.completedWan).toBeLessThanOrEqual(p.plannedWan);
        expect(order.indexOf(p.stage)).toBeGreaterThanOrEqual(order.indexOf(before.stage));
        if (p.completedWan > before.completedWan) grew += 1;
        if (p.stage !== before.stage) moved += 1;
      });
    }
    expect(grew).toBeGreaterThan(0);
    expect(moved).toBeGreaterThan(0);
    // So the totals a trend draws move too.
    expect(manifest.months[0]!.totals).not.toEqual(manifest.months.at(-1)!.totals);
  });
});
