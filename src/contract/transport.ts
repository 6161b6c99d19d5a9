/**
 * What crosses the wire, before anything trusts it: a status, a content type and a body as text. The client
 * parses it against the contract; the reference server (mocks/) produces it. Neither knows the other.
 */
export interface RawResponse {
  status: number;
  contentType: string;
  text: string;
}

/** Fetches one resource path with its query; the composition root (src/main.tsx) decides which one runs. */
export type Transport = (path: string, params: URLSearchParams, signal?: AbortSignal) => Promise<RawResponse>;
