import { delay, http, HttpResponse } from 'msw';
import { resolveRequest } from './demo-server';
import { RESOURCES } from '../src/contract/resources';

export const API_PREFIX = '/api/v1';

/**
 * One handler per resource of the contract, shared by the browser worker (dev) and setupServer (tests).
 * The behaviour (filters, 400s, scenarios) lives in the demo server, so dev, tests and the demo agree.
 */
export const handlers = Object.values(RESOURCES).map(({ path }) =>
  http.get(`*${API_PREFIX}${path}`, async ({ request }) => {
    const res = resolveRequest(path, new URL(request.url).searchParams);
    if (res.delayMs) await delay(res.delayMs);
    return new HttpResponse(res.text, { status: res.status, headers: { 'content-type': res.contentType } });
  }),
);
