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

  it('with n= shifting the cycle, puts every kind of string in every readable field', () => {
    const seen = new Map<string, Set<string>>();
    for (let n = 0; n < HOSTILE_NAMES.length; n++) {
      for (const name of NAMES) {
        for (const leaf of leaves(body(name, `scenario=hostile${n ? `&n=${n}` : ''}`))) {
          // The envelope's source has fixed hostile words of its own, outside the cycle (mocks/hostile.ts).
          if (!isReadableKey(leaf.key) || leaf.path.startsWith('.source.')) continue;
          // The field, whichever record it is in: funds[0].name and funds[1].name are one kind of field.
          const field = `${name}${leaf.path.replace(/\[\d+\]/g, '[]').replace(/\.(zh|en)$/, '')}`;
          seen.set(field, (seen.get(field) ?? new Set()).add(leaf.text.replace(/ \d+$/, '')));
        }
      }
    }
    expect(seen.size).toBeGreaterThan(40);
    for (const [field, kinds] of seen) expect(kinds.size, field).toBe(HOSTILE_NAMES.length);
  });

  it('names a project the same under any filter, and q= searches the hostile names', () => {
    const all = body('projects', 'scenario=hostile') as { items: { id: string; name: { zh: string } }[] };
    const some = body('projects', 'scenario=hostile&stage=construction') as typeof all;
    expect(some.items.length).toBeGreaterThan(0);
    for (const p of some.items) expect(p.name.zh).toBe(all.items.find((x) => x.id === p.id)?.name.zh);
    const found = body('projects', 'scenario=hostile&q=onerror') as typeof all;
    expect(found.items.length).toBeGreaterThan(0);
    expect(found.items.every((p) => p.name.zh.includes('onerror'))).toBe(true);
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
