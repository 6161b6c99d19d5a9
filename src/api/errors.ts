import type { z } from 'zod/mini';

export type ApiErrorKind = 'network' | 'timeout' | 'http' | 'not-json' | 'schema' | 'published';

/** What was wrong with a published file (data/index.json or a month's snapshot): said with the file's name. */
export type PublishedFault = 'unreachable' | 'http' | 'not-json' | 'schema' | 'hash' | 'mismatch' | 'month';

interface Extra {
  status?: number;
  issues?: z.core.$ZodIssue[];
  /** What a Retry-After header asked for, when it could be read (src/api/retry-policy.ts). */
  retryAfterMs?: number;
  /** A published build's file that failed, as the host names it (data/2026-10.json), and how. */
  file?: string;
  fault?: PublishedFault;
}

/** Every way a request can fail, as one typed error the widget can explain. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status?: number;
  readonly resource: string;
  readonly issues?: z.core.$ZodIssue[];
  readonly retryAfterMs?: number;
  readonly file?: string;
  readonly fault?: PublishedFault;

  constructor(kind: ApiErrorKind, resource: string, message: string, extra: Extra = {}) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.resource = resource;
    this.status = extra.status;
    this.issues = extra.issues;
    this.retryAfterMs = extra.retryAfterMs;
    this.file = extra.file;
    this.fault = extra.fault;
  }

  /**
   * A network blip, a slow answer, a 5xx or a 429 (asked to wait) may pass next time; a wrong shape, a page
   * that is not data or another 4xx will not, so those are not retried.
   */
  get retryable(): boolean {
    if (this.kind === 'network' || this.kind === 'timeout') return true;
    // A published file the host could not send may come next time; a broken or mismatched one will not.
    if (this.kind === 'published') return this.fault === 'unreachable' || (this.fault === 'http' && (this.status ?? 0) >= 500);
    return this.kind === 'http' && ((this.status ?? 0) >= 500 || this.status === 429);
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

/** The key in `messages.errors` that explains a failure: its kind, with a 429 told apart from other HTTP errors. */
export function errorMessageKey(e: unknown): ApiErrorKind | 'throttled' {
  if (!isApiError(e)) return 'network';
  return e.kind === 'http' && e.status === 429 ? 'throttled' : e.kind;
}
