/**
 * Dev-only fault and load switches (?scenario=<name>&n=10000&only=funds; the names: mocks/scenario.ts) are
 * read from the page URL and forwarded on every API call; the reference server interprets them.
 * A production build forwards them only when built with VITE_ENABLE_SCENARIOS=true (bench and fault tests).
 */
const KEYS = ['scenario', 'n', 'only'] as const;

const scenariosEnabled = () =>
  import.meta.env.DEV || import.meta.env.MODE === 'test' || import.meta.env.VITE_ENABLE_SCENARIOS === 'true';

export function pageScenarioParams(): Record<string, string> {
  if (!scenariosEnabled() || typeof location === 'undefined') return {};
  const search = new URLSearchParams(location.search);
  return Object.fromEntries(KEYS.flatMap((k) => { const v = search.get(k); return v ? [[k, v.slice(0, 40)]] : []; }));
}
