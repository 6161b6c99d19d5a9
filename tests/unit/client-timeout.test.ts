/**
 * The client's own timeout (src/api/client.ts) and what it reads off a failed response. Built without
 * AbortSignal.timeout or AbortSignal.any (Chrome 87 has neither), so these check by hand what those would
 * guarantee: the caller's abort still wins, and no timer or listener outlives the request (tests/setup.ts
 * fails a test that leaves a src/ timer running).
 */
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { serveDemo, sleep } from '../../mocks/demo-server';
import { DEFAULT_TIMEOUT_MS, getResource, httpTransport, setRequestTimeout, setTransport } from '../../src/api/client';
import { ApiError } from '../../src/api/errors';
import { RESOURCES } from '../../src/contract/resources';
import { takeLeaks } from '../lib/leak-watch';

const getFunds = (signal?: AbortSignal, params = {}) => getResource('funds', RESOURCES.funds.path, RESOURCES.funds.schema, params, signal);
const failure = (p: Promise<unknown>) => p.then(() => { throw new Error('expected the request to fail'); }, (e: unknown) => e);
/** A handler that never answers: it waits until the client gives up (its request's signal aborts). */
const hang = () => server.use(http.get('*/api/v1/funds', async ({ request }) => {
  await sleep(60_000, request.signal);
  return HttpResponse.json({});
}));

/** The caller's signal, counting the listeners put on it and taken off again. */
function watchedSignal() {
  const controller = new AbortController();
  const add = vi.spyOn(controller.signal, 'addEventListener');
  const remove = vi.spyOn(controller.signal, 'removeEventListener');
  return { controller, signal: controller.signal, added: () => add.mock.calls.length, removed: () => remove.mock.calls.length };
}

afterEach(() => {
  setRequestTimeout();
  setTransport(httpTransport('/api/v1'));
});

describe('client timeout', () => {
  it('defaults to 15 s', () => {
    expect(DEFAULT_TIMEOUT_MS).toBe(15_000);
  });

  it('gives up on a service that does not answer, as a retryable timeout', async () => {
    setRequestTimeout(80);
    hang();
    const started = performance.now();
    const e = await failure(getFunds());
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toMatchObject({ kind: 'timeout', resource: 'funds', retryable: true });
    expect(performance.now() - started).toBeGreaterThanOrEqual(70);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('lets the caller\'s own abort through untouched (React Query cancelling is not an error)', async () => {
    hang();
    const { controller, signal, added, removed } = watchedSignal();
    const pending = failure(getFunds(signal));
    setTimeout(() => controller.abort(), 20);
    const e = await pending;
    expect(e).not.toBeInstanceOf(ApiError);
    expect((e as Error).name).toBe('AbortError');
    expect(added()).toBe(1);
    expect(removed()).toBe(1);
  });

  it('the caller\'s abort stops the timer at once, not when the request gets round to settling', async () => {
    hang();
    const controller = new AbortController();
    const pending = failure(getFunds(controller.signal));
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort();
    // Synchronously after the abort: an unmount that cancels a query must find nothing of the client running.
    expect(takeLeaks()).toEqual([]);
    expect(((await pending) as Error).name).toBe('AbortError');
  });

  it('a signal aborted before the call aborts it at once', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(((await failure(getFunds(controller.signal))) as Error).name).toBe('AbortError');
  });

  it('takes its listener off the caller\'s signal when the request succeeds', async () => {
    const { signal, added, removed } = watchedSignal();
    await expect(getFunds(signal)).resolves.toMatchObject({ asOf: '2024-05-30' });
    expect(added()).toBe(1);
    expect(removed()).toBe(1);
  });

  it('covers reading the body, not only the headers', async () => {
    setRequestTimeout(80);
    server.use(http.get('*/api/v1/funds', () => {
      const body = new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{"asOf": ')) });
      return new HttpResponse(body, { headers: { 'content-type': 'application/json' } });
    }));
    expect(await failure(getFunds())).toMatchObject({ kind: 'timeout' });
  });
});

describe('what a failed response says', () => {
  it('keeps Retry-After in delta-seconds', async () => {
    server.use(http.get('*/api/v1/funds', () =>
      HttpResponse.json({ error: { code: 'rate_limited', message: 'slow down' } }, { status: 429, headers: { 'retry-after': '2' } })));
    expect(await failure(getFunds())).toMatchObject({ kind: 'http', status: 429, retryable: true, retryAfterMs: 2_000, message: 'slow down' });
  });

  it('reads an HTTP-date Retry-After against the Date header', async () => {
    server.use(http.get('*/api/v1/funds', () => HttpResponse.json({ error: { code: 'x', message: 'busy' } }, {
      status: 503, headers: { date: 'Wed, 21 Oct 2015 07:28:00 GMT', 'retry-after': 'Wed, 21 Oct 2015 07:28:05 GMT' },
    })));
    expect(await failure(getFunds())).toMatchObject({ status: 503, retryAfterMs: 5_000 });
  });

  it('a proxy\'s HTML error page on a 502 is still an HTTP error, and retried', async () => {
    server.use(http.get('*/api/v1/funds', () => HttpResponse.html('<html><body>502 Bad Gateway</body></html>', { status: 502 })));
    expect(await failure(getFunds())).toMatchObject({ kind: 'http', status: 502, retryable: true, message: 'HTTP 502' });
  });
});

describe('the in-process demo transport acts out the faults as fetch would', () => {
  it('?scenario=network throws a TypeError, which the client reads as a network error', async () => {
    setTransport(serveDemo);
    await expect(serveDemo('/funds', new URLSearchParams('scenario=network'))).rejects.toThrow(new TypeError('Failed to fetch'));
    expect(await failure(getFunds(undefined, { scenario: 'network' }))).toMatchObject({ kind: 'network', retryable: true });
  });

  it('?scenario=timeout holds the request until the client gives up, and keeps no timer after', async () => {
    setTransport(serveDemo);
    setRequestTimeout(60);
    expect(await failure(getFunds(undefined, { scenario: 'timeout' }))).toMatchObject({ kind: 'timeout' });
  });

  it('?scenario=throttled carries its Retry-After through the demo transport', async () => {
    setTransport(serveDemo);
    expect(await failure(getFunds(undefined, { scenario: 'throttled' }))).toMatchObject({ status: 429, retryAfterMs: 1_000 });
  });
});
