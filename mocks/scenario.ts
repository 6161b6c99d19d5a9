/**
 * Dev-only fault and load switches (?scenario=slow|error|malformed|empty|scale|hostile&n=10000&only=funds).
 * The client forwards them from the page URL (src/api/scenario-params.ts); this is where they mean something.
 */
export const SCENARIOS = ['slow', 'error', 'malformed', 'empty', 'scale', 'hostile'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];
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
