/**
 * Dev-only fault and load switches (?scenario=<name>&n=10000&only=funds). The client forwards them from the
 * page URL (src/api/scenario-params.ts); this is where they mean something (mocks/demo-server.ts serves them).
 */
export const SCENARIOS = [
  'slow', 'error', 'malformed', 'empty', 'scale', 'hostile',
  // The fault matrix (issue 20): what a real service, proxy or static host can answer instead of data.
  'notfound', 'throttled', 'timeout', 'network', 'html', 'badjson',
] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

/** Seconds ?scenario=throttled asks the client to wait (Retry-After) before it tries again. */
export const THROTTLED_RETRY_AFTER_S = 1;
/** How long ?scenario=timeout holds a request: well past the client's timeout, so the client gives up first. */
export const HANG_MS = 120_000;
export interface Scenario {
  name: ScenarioName;
  n?: number;
  only?: string;
}

export const MAX_SCALE = 10_000;

export function parseScenario(search: URLSearchParams): Scenario | null {
  const name = search.get('scenario');
  if (!name || !(SCENARIOS as readonly string[]).includes(name)) return null;
  const n = Number(search.get('n'));
  const only = search.get('only') ?? undefined;
  return {
    name: name as ScenarioName,
    ...(Number.isInteger(n) && n > 0 ? { n: Math.min(n, MAX_SCALE) } : {}),
    ...(only ? { only } : {}),
  };
}
