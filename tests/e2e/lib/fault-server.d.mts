export type FaultKind = '500' | '404' | '429' | 'network' | 'timeout' | 'badjson' | 'schema' | 'html' | 'empty' | 'scale';
export const FAULT_KINDS: readonly FaultKind[];
/** Retry-After (seconds) sent with every 429. */
export const RETRY_AFTER_S: number;

/** One request the service saw. Times are ms since the epoch; `end` is when the answer was sent or the socket reset,
 * or for an unanswered request when the browser closed it (null: still open). */
export interface LoggedRequest {
  /** Resource path without the API prefix, e.g. "/projects". */
  path: string;
  kind: FaultKind | 'ok';
  /** Status sent, or null when none was (network, timeout). */
  status: number | null;
  start: number;
  end: number | null;
}

export interface FaultServer {
  /** e.g. http://127.0.0.1:47817 (the control API lives here) */
  origin: string;
  /** origin + "/api/v1" */
  apiBase: string;
  /** Destroys every open connection (hanging timeout requests too), then stops listening. */
  close(): Promise<void>;
}

export function startFaultServer(options: {
  port: number;
  /** The page's origin, answered in Access-Control-Allow-Origin. */
  allowOrigin: string;
  /** The contract's answer for a resource path (mocks/demo-server.ts resolveRequest). */
  resolve: (path: string, params: URLSearchParams) => { status: number; contentType: string; text: string };
  apiPrefix?: string;
  host?: string;
}): Promise<FaultServer>;

export interface FaultControl {
  /** Replaces the fault map: resource path → kind. */
  set(faults: Record<string, FaultKind>): Promise<Record<string, FaultKind>>;
  /** No faults and an empty log. */
  reset(): Promise<void>;
  clearLog(): Promise<void>;
  log(): Promise<{ now: number; requests: LoggedRequest[] }>;
}
export function faultControl(origin: string): FaultControl;
