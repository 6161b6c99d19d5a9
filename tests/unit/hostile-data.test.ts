// @vitest-environment node
/**
 * ?scenario=hostile (mocks/hostile.ts) is only a test if it reaches every text a person reads: each resource's
 * hostile body must still pass its schema (so the app draws it rather than showing an error) and keep no
 * readable string of the seed, while ids, dates, enums and numbers stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { HOSTILE_NAMES, isReadableKey, withHostileText } from '../../mocks/hostile';
import { resolveRequest } from '../../mocks/demo-server';
import { RESOURCES, type ResourceName } from '../../src/contract/resources';

const NAMES = Object.keys(RESOURCES) as ResourceName[];
const HOSTILE = new Set<string>(HOSTILE_NAMES);
const body = (name: ResourceName, query = '') => JSON.parse(resolveRequest(RESOURCES[name].path, new URLSearchParams(query)).text) as unknown;

/** Every string leaf with the key it sits under and its path. */
function* leaves(value: unknown, key = '', path = ''): Generator<{ key: string; path: string; text: string }> {
  if (typeof value === 'string') yield { key, path, text: value };
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* leaves(item, key, `${path}[${i}]`);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* leaves(v, ['zh', 'en'].includes(k) ? key : k, `${path}.${k}`);
  }
}

describe.each(NAMES)('?scenario=hostile on %s', (name) => {
  const plain = body(name);
  const hostile = body(name, 'scenario=hostile');

  it('still passes its schema', () => {
    expect(RESOURCES[name].schema.safeParse(hostile).success).toBe(true);
  });

  it('replaces every readable string with one of the hostile set, and leaves the machine values alone', () => {
    const before = [...leaves(plain)];
    const after = new Map([...leaves(hostile)].map((leaf) => [leaf.path, leaf.text]));
    expect(before.length).toBeGreaterThan(0);
    for (const leaf of before) {
      const now = after.get(leaf.path)!;
      if (isReadableKey(leaf.key)) expect(HOSTILE.has(now.replace(/ \d+$/, '')), `${leaf.path}: ${now}`).toBe(true);
      else expect(now, leaf.path).toBe(leaf.text);
    }
  });
});

describe('the hostile set', () => {
  it('meets every kind of string across the data, and keeps the 26 project names distinct', () => {
    const all = NAMES.flatMap((name) => [...leaves(body(name, 'scenario=hostile'))].map((leaf) => leaf.text.replace(/ \d+$/, '')));
    for (const kind of HOSTILE_NAMES) expect(all, kind.slice(0, 30)).toContain(kind);
    const projects = body('projects', 'scenario=hostile') as { items: { name: { zh: string } }[] };
    expect(new Set(projects.items.map((p) => p.name.zh)).size).toBe(projects.items.length);
  });

  it('holds a lone surrogate that survives the wire, and a 500-character name', () => {
    const wire = resolveRequest('/summary', new URLSearchParams('scenario=hostile')).text;
    expect(wire).toContain('\\ud800');
    expect(HOSTILE_NAMES.some((s) => s.length === 500)).toBe(true);
  });

  it('leaves the demo data untouched without the switch', () => {
    const projects = body('projects') as { items: { name: { zh: string } }[] };
    expect(projects.items.every((p) => !HOSTILE.has(p.name.zh))).toBe(true);
  });

  it('is a pure function of its input', () => {
    const seed = body('funds');
    expect(withHostileText('funds', seed)).toEqual(withHostileText('funds', seed));
  });
});
