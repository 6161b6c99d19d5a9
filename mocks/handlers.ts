import { http, HttpResponse } from 'msw';
import { resolveRequest, sleep, type DemoResponse } from './demo-server';
import { RESOURCES } from '../src/contract/resources';

export const API_PREFIX = '/api/v1';

/**
 * A demo-server answer as MSW sends it. The request's signal ends a held answer's wait when the client gives
 * up (?scenario=timeout), so no timer outlives the request; a network fault drops the connection.
 */
export async function toHttpResponse(res: DemoResponse, signal?: AbortSignal): Promise<Response> {
  if (res.delayMs) await sleep(res.delayMs, signal);
  if (res.fault === 'network') return HttpResponse.error();
  const headers: Record<string, string> = { 'content-type': res.contentType };
  if (res.retryAfter) headers['retry-after'] = res.retryAfter;
  return new HttpResponse(res.text, { status: res.status, headers });
}

/**
 * One handler per resource of the contract, shared by the browser worker (dev) and setupServer (tests).
 * The behaviour (filters, 400s, scenarios) lives in the demo server, so dev, tests and the demo agree.
 */
export const handlers = Object.values(RESOURCES).map(({ path }) =>
  http.get(`*${API_PREFIX}${path}`, ({ request }) => toHttpResponse(resolveRequest(path, new URL(request.url).searchParams), request.signal)),
);
