// @vitest-environment node
/**
 * The retry policy as pure functions (src/api/retry-policy.ts): what is retried, how long the client waits
 * between attempts, and how a Retry-After header is read. The fault matrix (tests/integration/fault-matrix*)
 * checks the same rules through the UI.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, errorMessageKey } from '../../src/api/errors';
import { DEFAULT_RETRY_TIMING, MAX_RETRIES, parseRetryAfter, retryDelay, setRetryTiming, shouldRetry } from '../../src/api/retry-policy';

const http = (status: number, retryAfterMs?: number) => new ApiError('http', 'funds', `HTTP ${status}`, { status, retryAfterMs });

afterEach(() => setRetryTiming());

describe('what is retried', () => {
  it.each([
    { label: 'a 500', error: http(500), retryable: true },
    { label: 'a 503', error: http(503), retryable: true },
    { label: 'a 429', error: http(429), retryable: true },
    { label: 'a network error', error: new ApiError('network', 'funds', 'Failed to fetch'), retryable: true },
    { label: 'a timeout', error: new ApiError('timeout', 'funds', 'no answer'), retryable: true },
    { label: 'a 404', error: http(404), retryable: false },
    { label: 'a 400', error: http(400), retryable: false },
    { label: 'a 401', error: http(401), retryable: false },
    { label: 'a body that is not JSON', error: new ApiError('not-json', 'funds', 'expected JSON'), retryable: false },
    { label: 'a body that breaks the contract', error: new ApiError('schema', 'funds', 'mismatch'), retryable: false },
  ])('$label: retryable is $retryable', ({ error, retryable }) => {
    expect(error.retryable).toBe(retryable);
    expect(shouldRetry(0, error)).toBe(retryable);
  });

  it(`retries a retryable error ${MAX_RETRIES} times after the first attempt, then gives up`, () => {
    expect(MAX_RETRIES).toBe(3);
    const tries = [0, 1, 2, 3, 4].map((count) => shouldRetry(count, http(500)));
    expect(tries).toEqual([true, true, true, false, false]);
  });

  it('never retries what is not an ApiError (a bug in the code, not in the service)', () => {
    expect(shouldRetry(0, new TypeError('x is undefined'))).toBe(false);
    expect(shouldRetry(0, undefined)).toBe(false);
  });
});

describe('retryDelay', () => {
  it('backs off exponentially from 500 ms and caps at 8 s', () => {
    expect(DEFAULT_RETRY_TIMING).toEqual({ baseMs: 500, capMs: 8_000, retryAfterCapMs: 10_000 });
    expect([0, 1, 2, 3, 4, 5, 10].map((n) => retryDelay(n, http(500)))).toEqual([500, 1_000, 2_000, 4_000, 8_000, 8_000, 8_000]);
  });

  it('the three retries together stay well inside the time a reader waits for an answer', () => {
    const total = [0, 1, 2].reduce((sum, n) => sum + retryDelay(n, http(500)), 0);
    expect(total).toBe(3_500);
  });

  it('waits at least as long as Retry-After asks, and never less than the back-off', () => {
    expect(retryDelay(0, http(429, 1_000))).toBe(1_000);
    expect(retryDelay(0, http(429, 3_000))).toBe(3_000);
    expect(retryDelay(2, http(429, 1_000))).toBe(2_000);
    expect(retryDelay(0, http(429, 0))).toBe(500);
  });

  it('caps what Retry-After asks at 10 s, so the error shows within seconds whatever the server says', () => {
    expect(retryDelay(0, http(429, 3_600_000))).toBe(10_000);
  });

  it('takes test timings and restores the defaults', () => {
    setRetryTiming({ baseMs: 10, capMs: 40 });
    expect([0, 1, 2, 3].map((n) => retryDelay(n, http(500)))).toEqual([10, 20, 40, 40]);
    // Retry-After is still honoured with the short back-off: the integration tests rely on that.
    expect(retryDelay(0, http(429, 1_000))).toBe(1_000);
    setRetryTiming();
    expect(retryDelay(0, http(500))).toBe(500);
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('1')).toBe(1_000);
    expect(parseRetryAfter(' 120 ')).toBe(120_000);
    expect(parseRetryAfter('0')).toBe(0);
  });

  it('reads an HTTP-date against the response\'s own Date header', () => {
    const date = 'Wed, 21 Oct 2015 07:28:00 GMT';
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', date)).toBe(30_000);
    // A date already past means "now", not a negative wait.
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:27:00 GMT', date)).toBe(0);
  });

  it('treats an HTTP-date with no Date header to measure it from as unknown (no reading of the local clock)', () => {
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT')).toBeUndefined();
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', 'not a date')).toBeUndefined();
  });

  it('treats what it cannot read as unknown', () => {
    for (const v of [undefined, '', '  ', '-1', '1.5', 'soon', '1e3']) expect(parseRetryAfter(v), String(v)).toBeUndefined();
  });
});

describe('errorMessageKey', () => {
  it('tells a 429 apart from other HTTP errors, and falls back to network for what is not an ApiError', () => {
    expect(errorMessageKey(http(429))).toBe('throttled');
    expect(errorMessageKey(http(500))).toBe('http');
    expect(errorMessageKey(new ApiError('timeout', 'funds', 'x'))).toBe('timeout');
    expect(errorMessageKey(new Error('x'))).toBe('network');
  });
});
