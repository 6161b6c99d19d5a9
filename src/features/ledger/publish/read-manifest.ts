import { MANIFEST_FORMAT, manifestSchema, SNAPSHOT_FORMAT, type Manifest } from '@/contract/schemas/snapshot';
import { readBlobBytes } from '@/lib/read-blob';

/** Why an old index.json cannot be built on; the dialog words each one (publish-messages.ts). */
export type ManifestProblem = 'not-json' | 'not-manifest' | 'snapshot' | 'contract' | 'http' | 'unreachable';

const DESCRIBE: Record<ManifestProblem, (detail?: string) => string> = {
  'not-json': () => 'it is not valid UTF-8 JSON',
  'not-manifest': (d) => `it is not a manifest (its format is ${d ?? 'missing'}, not ${MANIFEST_FORMAT})`,
  snapshot: () => 'it is a month\'s snapshot, not the manifest index.json',
  contract: (d) => `it does not match the contract (${d ?? 'unknown issue'})`,
  http: (d) => `the host answered HTTP ${d ?? '?'}`,
  unreachable: (d) => `the host could not be reached (${d ?? 'network error'})`,
};

export class ManifestReadError extends Error {
  constructor(readonly problem: ManifestProblem, readonly detail?: string) {
    super(`index.json: ${DESCRIBE[problem](detail)}`);
    this.name = 'ManifestReadError';
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The manifest in these bytes, or the one reason it is not one: the format is checked before the contract. */
export function parseManifest(bytes: Uint8Array): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(decoder.decode(bytes));
  } catch {
    throw new ManifestReadError('not-json');
  }
  const format = json !== null && typeof json === 'object' ? (json as { format?: unknown }).format : undefined;
  if (format === SNAPSHOT_FORMAT) throw new ManifestReadError('snapshot');
  if (format !== MANIFEST_FORMAT) throw new ManifestReadError('not-manifest', typeof format === 'string' ? format.slice(0, 80) : undefined);
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ManifestReadError('contract', issue ? `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}` : undefined);
  }
  return parsed.data;
}

/** An index.json the user drops in: the one on the site, when this computer cannot fetch it. */
export async function readOldManifest(file: Blob): Promise<Manifest> {
  return parseManifest(new Uint8Array(await readBlobBytes(file)));
}

type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/**
 * The manifest this site publishes now, or null when it has none yet: a 404, or the page a static host sends
 * for any unknown path (its SPA fallback, text/html). no-cache, so a month published a minute ago is seen.
 */
export async function fetchHostManifest(
  base = `${import.meta.env.BASE_URL}data/`,
  fetchImpl: FetchLike = (url, init) => fetch(url, init),
): Promise<Manifest | null> {
  let res: Response;
  let bytes: Uint8Array;
  try {
    res = await fetchImpl(`${base}index.json`, { cache: 'no-cache', headers: { accept: 'application/json' } });
    if (res.status === 404 || res.status === 410) return null;
    if (res.status < 200 || res.status >= 300) throw new ManifestReadError('http', String(res.status));
    if ((res.headers.get('content-type') ?? '').includes('html')) return null;
    bytes = new Uint8Array(await res.arrayBuffer());
  } catch (e) {
    if (e instanceof ManifestReadError) throw e;
    throw new ManifestReadError('unreachable', (e as Error).message || undefined);
  }
  return parseManifest(bytes);
}
