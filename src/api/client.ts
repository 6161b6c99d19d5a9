import type { z } from 'zod/mini';
import type { RawResponse, Transport } from '@/contract/transport';
import { ApiError } from './errors';
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
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', text: await res.text() };
};

// HTTP by default (a live service, or MSW in dev and tests); the composition root swaps in the demo server.
let transport: Transport = httpTransport(configuredBase ?? '/api/v1');

/** Called once by src/main.tsx, the only module that knows which server the app talks to. */
export function setTransport(next: Transport): void {
  transport = next;
}

/** GET a resource and parse it at the boundary: what reaches the UI has passed its schema. */
export async function getResource<S extends z.ZodMiniType>(resource: string, path: string, schema: S, params: Params = {}, signal?: AbortSignal): Promise<z.infer<S>> {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...params, ...pageScenarioParams() })) if (v !== undefined && v !== '') search.set(k, v);
  let raw: RawResponse;
  try {
    raw = await transport(path, search, signal);
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError('network', resource, (e as Error).message || 'network error');
  }
  // A static host answers unknown paths with index.html and a 200: that is not data.
  if (!raw.contentType.includes('json')) {
    throw new ApiError('not-json', resource, `expected JSON, got ${raw.contentType || 'no content type'}`, { status: raw.status });
  }
  let body: unknown;
  try {
    body = JSON.parse(raw.text);
  } catch {
    throw new ApiError('not-json', resource, 'response is not valid JSON', { status: raw.status });
  }
  if (raw.status < 200 || raw.status >= 300) {
    const message = (body as { error?: { message?: string } } | null)?.error?.message ?? `HTTP ${raw.status}`;
    throw new ApiError('http', resource, message, { status: raw.status });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError('schema', resource, 'response does not match the contract', { issues: await readableIssues(schema, body, parsed.error.issues) });
  }
  return parsed.data;
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
