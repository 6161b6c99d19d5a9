/**
 * What crosses the wire, before anything trusts it: a status, a content type and a body as text. The client
 * parses it against the contract; the reference server (mocks/) produces it. Neither knows the other.
 */
export interface RawResponse {
  status: number;
  contentType: string;
  text: string;
  /**
   * The body already decoded, from a transport in this page that holds it as a value (the published snapshots):
   * the client skips a JSON.stringify and a JSON.parse of a whole month, and parses it against the contract all
   * the same. When present, `text` is not read.
   */
  json?: unknown;
  /** The Retry-After header as sent (a 429 or 503 asking the client to wait), if any. */
  retryAfter?: string;
  /** The Date header, if readable: the server's own clock, against which an HTTP-date Retry-After is measured. */
  date?: string;
}

/** Fetches one resource path with its query; the composition root (src/main.tsx) decides which one runs. */
export type Transport = (path: string, params: URLSearchParams, signal?: AbortSignal) => Promise<RawResponse>;
