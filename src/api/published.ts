/**
 * A published build: the zone office copies a ledger's monthly snapshots and their manifest into data/ beside
 * index.html, and the same build shows them, with no rebuild and no service. This transport answers the
 * projects from those files (every other resource goes on to `next`); with no data/index.json on the host it
 * steps aside and the labelled demo shows, as before.
 */
import type { Transport } from '@/contract/transport';
import { RESOURCES } from '@/contract/resources';
import { filterProjects } from '@/contract/project-filter';
import { type ProjectFilters } from '@/contract/schemas';
import { manifestSchema, snapshotSchema, type Manifest, type Snapshot } from '@/contract/schemas/snapshot';
import { ApiError, type PublishedFault } from './errors';
import { loadSha256 } from './sha256';

/** What the host said about data/index.json: nothing there (the demo shows), the months, or a fault. */
export type PublishedState = 'pending' | 'absent' | 'published' | 'failed';

interface Fetched { status: number; contentType: string; bytes: Uint8Array }

const fail = (file: string, fault: PublishedFault, detail: string, status?: number) =>
  new ApiError('published', 'projects', `${file}: ${detail}`, { file, fault, status });

/** A static host answers an unknown path with its index.html (200, text/html): that means "no file". */
const isFallbackPage = (f: Fetched) => f.contentType.includes('html');

const decoder = new TextDecoder('utf-8', { fatal: true });
function parseJson(file: string, bytes: Uint8Array): unknown {
  try {
    return JSON.parse(decoder.decode(bytes));
  } catch {
    throw fail(file, 'not-json', 'not valid UTF-8 JSON');
  }
}

const firstIssue = (issues: readonly { path: PropertyKey[]; message: string }[]) =>
  issues[0] ? `${issues[0].path.map(String).join('.') || '(root)'}: ${issues[0].message}` : 'does not match the contract';

export interface PublishedOptions {
  /** The folder, as a URL path ending in /: `${import.meta.env.BASE_URL}data/`. */
  base: string;
  /** Tests give their own; the browser's by default. */
  fetchBytes?: (url: string, init: RequestInit) => Promise<Fetched>;
}

async function browserFetch(url: string, init: RequestInit): Promise<Fetched> {
  const res = await fetch(url, init);
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', bytes: new Uint8Array(await res.arrayBuffer()) };
}

/** A manifest's entry as the projects response lists it: the file and hash are the transport's business. */
const listed = ({ month, asOf, source, totals }: Manifest['months'][number]) => ({ month, asOf, source, totals });

/** The published-data transport and what it found; `state()` is read by the header (demo note, build snapshot). */
export function publishedData(next: Transport, { base, fetchBytes = browserFetch }: PublishedOptions) {
  let state: PublishedState = 'pending';
  let manifest: Promise<Manifest | null> | undefined;
  // One promise per file and hash: a month switched back to, or compared with, is read once per session.
  const snapshots = new Map<string, Promise<Snapshot>>();
  const label = (file: string) => `data/${file}`;

  // No caller's signal: every read is shared (one per file per session), and one reader giving up must not
  // fail it for the others. The client's own abort still settles that caller at once (src/api/client.ts).
  async function get(file: string, query: string, init: RequestInit): Promise<Fetched> {
    try {
      return await fetchBytes(`${base}${file}${query}`, { ...init, headers: { accept: 'application/json' } });
    } catch (e) {
      throw fail(label(file), 'unreachable', (e as Error).message || 'network error');
    }
  }

  async function readManifest(): Promise<Manifest | null> {
    // WeChat's web view caches hard: no-cache makes it ask the host every open, so a new month shows at once.
    const f = await get('index.json', '', { cache: 'no-cache' });
    if (f.status === 404 || f.status === 410 || (f.status >= 200 && f.status < 300 && isFallbackPage(f))) return null;
    if (f.status < 200 || f.status >= 300) throw fail(label('index.json'), 'http', `HTTP ${f.status}`, f.status);
    const parsed = manifestSchema.safeParse(parseJson(label('index.json'), f.bytes));
    if (!parsed.success) throw fail(label('index.json'), 'schema', firstIssue(parsed.error.issues));
    // The build ships an empty manifest, so a host with nothing published logs no 404: the demo shows.
    return parsed.data.months.length > 0 ? parsed.data : null;
  }

  /** The manifest once per session; a failed read is forgotten, so Retry reads it again. */
  function loadManifest(): Promise<Manifest | null> {
    manifest ??= readManifest().then(
      (m) => { state = m ? 'published' : 'absent'; return m; },
      (e: unknown) => { state = 'failed'; manifest = undefined; throw e; },
    );
    return manifest;
  }

  async function readSnapshot(entry: Manifest['months'][number]): Promise<Snapshot> {
    // The hash code downloads beside the file, not after it.
    const hashing = loadSha256();
    hashing.catch(() => undefined);
    // The hash in the URL: a month replaced under the same name is a new URL, never a stale cached copy.
    const f = await get(entry.file, `?v=${entry.sha256.slice(0, 16)}`, { cache: 'default' });
    const file = label(entry.file);
    if (f.status < 200 || f.status >= 300) throw fail(file, 'http', `HTTP ${f.status}`, f.status);
    if (isFallbackPage(f)) throw fail(file, 'http', 'the host has no such file (it answered with a web page)', 404);
    let hash: string;
    try {
      hash = await (await hashing)(f.bytes);
    } catch (e) {
      throw fail(file, 'unreachable', `the hash code did not load: ${(e as Error).message}`);
    }
    if (hash !== entry.sha256) throw fail(file, 'hash', 'its content hash is not the one data/index.json lists');
    const parsed = snapshotSchema.safeParse(parseJson(file, f.bytes));
    if (!parsed.success) throw fail(file, 'schema', firstIssue(parsed.error.issues));
    if (parsed.data.month !== entry.month || parsed.data.asOf !== entry.asOf) {
      throw fail(file, 'mismatch', `it is the snapshot of ${parsed.data.asOf}, but data/index.json lists ${entry.asOf}`);
    }
    return parsed.data;
  }

  function loadSnapshot(entry: Manifest['months'][number]): Promise<Snapshot> {
    const key = `${entry.file}#${entry.sha256}`;
    let found = snapshots.get(key);
    if (!found) {
      found = readSnapshot(entry);
      snapshots.set(key, found);
      found.catch(() => snapshots.delete(key));
    }
    return found;
  }

  const transport: Transport = async (path, params, signal) => {
    if (path !== RESOURCES.projects.path) return next(path, params, signal);
    const published = await loadManifest();
    if (!published) return next(path, params, signal);
    const wanted = params.get('month');
    const entry = wanted ? published.months.find((m) => m.month === wanted) : published.months[0];
    if (!entry) throw fail(label('index.json'), 'month', `lists no month ${wanted ?? ''}`.trim(), 404);
    const snapshot = await loadSnapshot(entry);
    const projects = snapshot.resources.projects;
    const filters = Object.fromEntries([...params].filter(([k]) => k !== 'month')) as ProjectFilters;
    const items = Object.keys(filters).length ? filterProjects(projects.items, filters) : projects.items;
    // The months travel with the projects, so the picker and the month shown come from one manifest read.
    const body = { ...projects, total: items.length, items, month: entry.month, months: published.months.map(listed) };
    // Handed over as a value: the client's boundary parses it, but no month is serialised only to be read back.
    return { status: 200, contentType: 'application/json', text: '', json: body };
  };

  /**
   * Reads the manifest, and starts on the month a link asks for (or the newest) at once, before the app's first
   * render asks for it. Settles when the manifest is in (or failed); never rejects.
   */
  async function ready(month: string | null = null): Promise<void> {
    const published = await loadManifest().catch(() => null);
    const entry = published && (month ? published.months.find((m) => m.month === month) : published.months[0]);
    if (entry) loadSnapshot(entry).catch(() => undefined);
  }

  return { transport, state: (): PublishedState => state, ready };
}
