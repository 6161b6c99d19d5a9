import type { z } from 'zod/mini';
import type { RawResponse, Transport } from '@/contract/transport';
import { ApiError, isApiError } from './errors';
import type { PublishedState } from './published';
import { parseRetryAfter } from './retry-policy';
import { pageScenarioParams } from './scenario-params';

export type Params = Record<string, string | undefined>;

const configuredBase = import.meta.env.VITE_API_BASE_URL?.replace(/\/$/, '');

/** Real service when configured; MSW in dev and tests; the in-process demo in a build with no service. */
export const apiMode: 'live' | 'mock' | 'demo' = configuredBase ? 'live' : import.meta.env.PROD ? 'demo' : 'mock';

export const httpTransport = (base: string): Transport => async (path, params, signal) => {
  const query = params.toString();
  // Resolved against the page so a relative base works in the browser and under jsdom alike.
  const url = new URL(`${base}${path}${query ? `?${query}` : ''}`, typeof location === 'undefined' ? 'http://localhost/' : location.href);
  const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
  // Cross-origin, a browser shows these two only if the service lists them in Access-Control-Expose-Headers.
  const retryAfter = res.headers.get('retry-after') ?? undefined;
  const date = res.headers.get('date') ?? undefined;
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', text: await res.text(), retryAfter, date };
};

/** What a demo build found on its host (src/api/published.ts): 'absent' wherever no published data can be. */
let published: () => PublishedState = () => 'absent';
export function setPublishedState(read: () => PublishedState): void {
  published = read;
}
export const publishedState = (): PublishedState => published();
/** The labelled demo is what shows: a demo build whose host has no data/index.json. */
export const showsDemo = (): boolean => apiMode === 'demo' && published() === 'absent';

/** A live service, or MSW in dev and tests. */
export const defaultTransport: Transport = httpTransport(configuredBase ?? '/api/v1');

// HTTP by default; the composition root swaps in the demo server and the local ledger.
let transport: Transport = defaultTransport;

/** Called once by src/main.tsx, the only module that knows which server the app talks to. */
export function setTransport(next: Transport): void {
  transport = next;
}

/** How long one request may take, body included, before it fails as a timeout (which is retried). */
export const DEFAULT_TIMEOUT_MS = 15_000;
let timeoutMs = DEFAULT_TIMEOUT_MS;

/** Tests shorten the wait so a timeout settles in milliseconds; no argument restores the default. */
export function setRequestTimeout(ms: number = DEFAULT_TIMEOUT_MS): void {
  timeoutMs = ms;
}

/**
 * One transport call under its own AbortController, aborted by the caller's signal (React Query cancelling)
 * or by a timer: by hand, because Chrome 87 has neither AbortSignal.timeout nor AbortSignal.any. The timer
 * and the listener go when the call ends, and the timer at once when the caller aborts: nothing outlives it.
 */
async function send(resource: string, path: string, search: URLSearchParams, outer?: AbortSignal): Promise<RawResponse> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const follow = () => {
    clearTimeout(timer);
    controller.abort(outer?.reason);
  };
  if (outer?.aborted) follow();
  else outer?.addEventListener('abort', follow, { once: true });
  // Settles on abort even if the transport does not (a body stream that ignores the signal, say).
  const abandoned = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason ?? new DOMException('Aborted', 'AbortError')), { once: true });
  });
  try {
    return await Promise.race([transport(path, search, controller.signal), abandoned]);
  } catch (e) {
    // The caller's own abort goes back as it came: React Query knows it cancelled and shows no error.
    if (outer?.aborted) throw e;
    if (timedOut) throw new ApiError('timeout', resource, `no answer within ${timeoutMs} ms`);
    // A transport that already knows what failed (a published build's broken file) says so itself.
    if (isApiError(e)) throw e;
    throw new ApiError('network', resource, (e as Error).message || 'network error');
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', follow);
  }
}

/** GET a resource and parse it at the boundary: what reaches the UI has passed its schema. */
export async function getResource<S extends z.ZodMiniType>(resource: string, path: string, schema: S, params: Params = {}, signal?: AbortSignal): Promise<z.infer<S>> {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...params, ...pageScenarioParams() })) if (v !== undefined && v !== '') search.set(k, v);
  const raw = await send(resource, path, search, signal);
  // A failed status is an HTTP error whatever the body: a proxy's 502 or 429 is an HTML page, and still worth a retry.
  if (raw.status < 200 || raw.status >= 300) {
    const retryAfterMs = parseRetryAfter(raw.retryAfter, raw.date);
    throw new ApiError('http', resource, errorMessage(raw) ?? `HTTP ${raw.status}`, { status: raw.status, retryAfterMs });
  }
  // A static host answers unknown paths with index.html and a 200: that is not data.
  if (!raw.contentType.includes('json')) {
    throw new ApiError('not-json', resource, `expected JSON, got ${raw.contentType || 'no content type'}`, { status: raw.status });
  }
  let body: unknown = raw.json;
  if (body === undefined) {
    try {
      body = JSON.parse(raw.text);
    } catch {
      throw new ApiError('not-json', resource, 'response is not valid JSON', { status: raw.status });
    }
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError('schema', resource, 'response does not match the contract', { issues: await readableIssues(schema, body, parsed.error.issues) });
  }
  return parsed.data;
}

/** The contract's error body's message (ApiErrorBody), when a failed response carries one. */
function errorMessage(raw: RawResponse): string | undefined {
  if (!raw.contentType.includes('json')) return undefined;
  try {
    const message = (JSON.parse(raw.text) as { error?: { message?: unknown } } | null)?.error?.message;
    return typeof message === 'string' ? message : undefined;
  } catch {
    return undefined;
  }
}

/**
 * zod/mini ships no messages (the English ones would add 1.6 kB gzip to the initial JS for a path that should
 * never run), so its issues all say "Invalid input". On that rare path the English locale is loaded and the
 * body parsed again, so the issues read as before ("expected array, received string"); if the locale cannot
 * load, the terse issues still carry their codes and paths.
 */
async function readableIssues(schema: z.ZodMiniType, body: unknown, issues: z.core.$ZodIssue[]): Promise<z.core.$ZodIssue[]> {
  try {
    const { default: en } = await import('zod/v4/locales/en.js');
    const again = schema.safeParse(body, { error: en().localeError });
    return again.success ? issues : again.error.issues;
  } catch {
    return issues;
  }
}
