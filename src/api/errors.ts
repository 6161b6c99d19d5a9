import type { z } from 'zod/mini';

export type ApiErrorKind = 'network' | 'http' | 'not-json' | 'schema';

/** Every way a request can fail, as one typed error the widget can explain. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status?: number;
  readonly resource: string;
  readonly issues?: z.core.$ZodIssue[];

  constructor(kind: ApiErrorKind, resource: string, message: string, extra: { status?: number; issues?: z.core.$ZodIssue[] } = {}) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.resource = resource;
    this.status = extra.status;
    this.issues = extra.issues;
  }

  /** A network blip or a 5xx may pass; a wrong shape or a 4xx will not, so we don't retry those. */
  get retryable(): boolean {
    return this.kind === 'network' || (this.kind === 'http' && (this.status ?? 0) >= 500);
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;
