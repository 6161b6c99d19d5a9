// @vitest-environment node
/**
 * One text layer: components and pure helpers ask the dictionaries (src/lib/i18n) for text; none compares the
 * language with 'zh' or 'en' to pick words, separators or layout. The only places allowed to are the
 * dictionaries themselves and the number formatter's 亿/万 vs bn/mn table (src/lib/format.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Any comparison with, or switch case on, the literal 'zh' or 'en' (either quote, either side, == or !=). */
const LANGUAGE_BRANCH = /[!=]==?\s*(['"`])(?:zh|en)\1|(['"`])(?:zh|en)\2\s*[!=]==?|\bcase\s+(['"`])(?:zh|en)\3/;

const ALLOWED = [/^src\/lib\/i18n\//, /^src\/lib\/format\.ts$/];

/** Known exceptions, each with its reason (none today: a new one must say why it picks no text). */
const EXCEPTIONS: Record<string, string> = {};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** "file:line: code" for every language branch under `dir` outside the allowed places. */
function languageBranches(dir: string): string[] {
  return sourceFiles(dir).flatMap((path) => {
    const rel = relative(ROOT, path).split('\\').join('/');
    if (ALLOWED.some((re) => re.test(rel)) || rel in EXCEPTIONS) return [];
    return readFileSync(path, 'utf8').split('\n').flatMap((line, i) => (LANGUAGE_BRANCH.test(line) ? [`${rel}:${i + 1}: ${line.trim()}`] : []));
  });
}

describe('no language branches outside the text layer', () => {
  it('the pattern finds the shapes a branch takes, and not the data access that is fine', () => {
    for (const branch of ["lang === 'zh' ? a : b", 'lang === "en"', "if (lang !== 'zh')", "'en' === lang", 'x == `zh`', "case 'en':", "raw === 'en'"]) {
      expect(LANGUAGE_BRANCH.test(branch), branch).toBe(true);
    }
    for (const fine of ['p.name.zh', 'name[lang]', "MESSAGES[lang].appTitle", "const LANGS = ['zh', 'en']", "setLang('en')"]) {
      expect(LANGUAGE_BRANCH.test(fine), fine).toBe(false);
    }
  });

  it('src/ has none', () => {
    expect(languageBranches(join(ROOT, 'src'))).toEqual([]);
  });

  it('every exception still exists and still needs to be one', () => {
    for (const file of Object.keys(EXCEPTIONS)) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      expect(LANGUAGE_BRANCH.test(text), `${file} no longer branches: drop it from EXCEPTIONS`).toBe(true);
    }
  });
});
