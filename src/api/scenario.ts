/**
 * Dev-only fault and load switches (?scenario=slow|error|malformed|empty|scale&n=10000&only=funds).
 * A production build honours them only when built with VITE_ENABLE_SCENARIOS=true (bench and fault tests).
 */
export const SCENARIOS = ['slow', 'error', 'malformed', 'empty', 'scale'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];
export interface Scenario {
  name: ScenarioName;
  n?: number;
  only?: string;
}

export const MAX_SCALE = 10_000;

export const scenariosEnabled = () =>
  import.meta.env.DEV || import.meta.env.MODE === 'test' || import.meta.env.VITE_ENABLE_SCENARIOS === 'true';

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

/** Scenario params to forward on API calls, read once from the page URL. */
export function pageScenarioParams(): Record<string, string> {
  if (!scenariosEnabled() || typeof location === 'undefined') return {};
  const s = parseScenario(new URLSearchParams(location.search));
  if (!s) return {};
  return { scenario: s.name, ...(s.n ? { n: String(s.n) } : {}), ...(s.only ? { only: s.only } : {}) };
}
