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

/**
 * Names an attacker might slip into the data, for ?scenario=hostile: markup, an attribute break-out and a
 * script URL. Whatever renders or exports a name (the charts' axes, an exported SVG or CSV, a file name) must
 * show them as text and run nothing.
 */
export const HOSTILE_NAMES = ['<script>alert(1)</script>', '" onload="alert(1)', 'javascript:alert(1)', "'><svg onload=alert(1)>"] as const;

interface Named { name: { zh: string; en: string } }
const hostile = (i: number, tail = '') => {
  const name = `${HOSTILE_NAMES[i % HOSTILE_NAMES.length]}${tail}`;
  return { zh: name, en: name };
};

/**
 * The projects resource with every category and project renamed to a hostile string (the numbers, ids and
 * dates unchanged, so every chart still draws). Project names keep their number, so they stay distinct.
 */
export function withHostileNames<T extends { categories: Named[]; items: Named[] }>(data: T): T {
  return {
    ...data,
    categories: data.categories.map((c, i) => ({ ...c, name: hostile(i) })),
    items: data.items.map((p, i) => ({ ...p, name: hostile(i, ` ${i + 1}`) })),
  };
}
