// @vitest-environment node
/**
 * The source is data: no string in src/ names the demo's letter, its number, its issuer or its date. They reach the
 * page only through the responses' `source` and `asOf` (seeds/, mocks/), so a ledger or a live service reads as
 * itself. The words searched for are the seed's own, in every language the UI speaks.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AS_OF, SOURCE } from '../../seeds/documented';
import { formatDate } from '../../src/lib/format';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'src'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n').filter((f) => /\.(ts|tsx|css|html|json)$/.test(f));

const NAMES = [
  SOURCE.reference!, SOURCE.title.zh, SOURCE.title.en!, SOURCE.by.zh, SOURCE.by.en!,
  AS_OF, formatDate(AS_OF, 'zh'), formatDate(AS_OF, 'en'), '政协提案', 'CPPCC',
];

describe('the letter is data, not code', () => {
  it('searches every source file', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(NAMES.every((n) => n.length > 3)).toBe(true);
  });

  it.each(NAMES)('no file in src/ says %s', (name) => {
    const offenders = files.filter((f) => readFileSync(resolve(ROOT, f), 'utf8').includes(name));
    expect(offenders).toEqual([]);
  });
});
