/**
 * The source letter as every test reads it (seed quotes, glossary, the rendered page's quotation marks). It is kept as published (Traditional script with pinyin
 * glosses), so it is normalised the same way the quotes were made: pinyin stripped, then opencc t→cn.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';

// A path, not a URL object: under jsdom the global URL is jsdom's, which node:fs does not accept.
const LETTER_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../seeds/letter-2024-05-30.txt');
/** A parenthesised run of Latin letters, tone-marked or not: the pinyin glosses, e.g. 經(jīng). */
export const PINYIN = /\([A-Za-z\u00C0-\u024F\u1E00-\u1EFF]+\)/g;

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
/** The letter as published. */
export const raw = readFileSync(LETTER_PATH, 'utf8');
/** The letter in Simplified script without its pinyin glosses: what every quote must be found in. */
export const letter = toSimplified(raw.replace(PINYIN, ''));

/**
 * The runs of text inside Chinese quotation marks: “…” and ‘…’, outermost pairs only (a nested pair is part
 * of its outer run). A closing ’ with no opening ‘ is an English apostrophe (People’s) and is skipped; an
 * opening mark left unclosed is reported, since the run it opens cannot be checked.
 */
export function quotedRuns(s: string): { runs: string[]; unbalanced: boolean } {
  const runs: string[] = [];
  const open: { mark: string; at: number }[] = [];
  let unbalanced = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '“' || c === '‘') open.push({ mark: c, at: i });
    else if (c === '”' || c === '’') {
      const k = open.map((o) => o.mark).lastIndexOf(c === '”' ? '“' : '‘');
      if (k < 0) {
        if (c === '”') unbalanced = true;
        continue;
      }
      if (k < open.length - 1) unbalanced = true; // an inner mark opened and never closed
      const { at } = open[k] as { at: number };
      open.length = k;
      if (k === 0) runs.push(s.slice(at + 1, i));
    }
  }
  return { runs, unbalanced: unbalanced || open.length > 0 };
}
