// @vitest-environment node
/** Time-based figures come from the data's as-of date and the illustrative data from a seeded PRNG. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

describe('no clock, no randomness', () => {
  const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.(ts|tsx|js|mjs)$/.test(name) ? [full] : [];
  });
  const sources = [...files(join(ROOT, 'seeds')), ...files(join(ROOT, 'src'))];
  // Strip comments so prose like "never Date.now()" doesn't trip the check.
  const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const FORBIDDEN: [string, RegExp][] = [
    ['Math.random', /\bMath\.random\b/],
    ['Date.now()', /\bDate\.now\b/],
    ['new Date() with no arguments', /\bnew\s+Date\s*(\(\s*\)|(?!\s*\())/],
  ];

  it('scans the sources', () => {
    expect(sources.some((f) => f.endsWith('seeds/prng.ts'))).toBe(true);
    expect(sources.some((f) => f.endsWith('src/lib/schedule.ts'))).toBe(true);
  });

  it.each(FORBIDDEN)('nothing in seeds/ or src/ calls %s', (_label, pattern) => {
    const offenders = sources.filter((f) => pattern.test(code(readFileSync(f, 'utf8')))).map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('the pattern catches what it should', () => {
    const [, , [, newDate]] = FORBIDDEN as [unknown, unknown, [string, RegExp]];
    expect(newDate.test('const d = new Date();')).toBe(true);
    expect(newDate.test('const d = new Date;')).toBe(true);
    expect(newDate.test('new Date(`${iso}T00:00:00Z`)')).toBe(false);
  });
});
