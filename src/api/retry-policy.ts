import { isApiError } from './errors';

/** Retries after the first failed attempt; the widget's "retrying (n/3)" notice counts against the same number. */
export const MAX_RETRIES = 3;

export interface RetryTiming {
  /** The first back-off step; each further step doubles it. */
  baseMs: number;
  /** The longest back-off step. */
  capMs: number;
  /** The longest wait a Retry-After header can ask for: past it the reader would think the page hung. */
  retryAfterCapMs: number;
}

export const DEFAULT_RETRY_TIMING: Readonly<RetryTiming> = { baseMs: 500, capMs: 8_000, retryAfterCapMs: 10_000 };

let timing: RetryTiming = { ...DEFAULT_RETRY_TIMING };

/** Tests shorten the back-off so a retried fault settles in milliseconds; no argument restores the defaults. */
export function setRetryTiming(next: Partial<RetryTiming> = {}): void {
  timing = { ...DEFAULT_RETRY_TIMING, ...next };
}

/** React Query's `retry`: only what might pass next time (a 5xx, 429, network error or timeout), at most MAX_RETRIES times. */
export const shouldRetry = (failureCount: number, error: unknown): boolean =>
  isApiError(error) && error.retryable && failureCount < MAX_RETRIES;

/**
 * React Query's `retryDelay`: 500 ms, 1 s, 2 s … capped, and never sooner than a Retry-After asked for (itself
 * capped, so a server asking for an hour still gets its error shown within seconds).
 */
export function retryDelay(failureCount: number, error: unknown): number {
  const backoff = Math.min(timing.baseMs * 2 ** failureCount, timing.capMs);
  const asked = isApiError(error) ? error.retryAfterMs : undefined;
  if (asked === undefined) return backoff;
  return Math.min(Math.max(asked, backoff), timing.retryAfterCapMs);
}

/**
 * A Retry-After header in milliseconds: delta-seconds ("120"), or an HTTP-date read against the response's
 * own Date header (the reader's clock may be wrong, and the data path reads no clock). Unknown when it
 * cannot be read, or is a date with no Date header to measure it from.
 */
export function parseRetryAfter(value: string | undefined, responseDate?: string): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  const now = responseDate ? Date.parse(responseDate) : NaN;
  if (Number.isNaN(at) || Number.isNaN(now)) return undefined;
  return Math.max(0, at - now);
}
