/**
 * Every quote the data shows as "the letter's own words" must really be in the letter. The letter is kept
 * as published (Traditional script with pinyin glosses), so it is normalised the same way the quotes were made.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import dataset from '../../seeds/dataset.json';
import { DOCUMENT, POLICY, QUOTES } from '../../seeds/documented';

// A path, not a URL object: under jsdom the global URL is jsdom's, which node:fs does not accept.
const LETTER_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../seeds/letter-2024-05-30.txt');
/** A parenthesised run of Latin letters, tone-marked or not: the pinyin glosses, e.g. 經(jīng). */
const PINYIN = /\([A-Za-z\u00C0-\u024F\u1E00-\u1EFF]+\)/g;

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const raw = readFileSync(LETTER_PATH, 'utf8');
const letter = toSimplified(raw.replace(PINYIN, ''));

/** Every `quote` string anywhere in the tree, with where it sits, so a failure names the record. */
function collectQuotes(node: unknown, path = '$'): { path: string; quote: string }[] {
  if (Array.isArray(node)) return node.flatMap((v, i) => collectQuotes(v, `${path}[${i}]`));
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => {
    const here = `${path}.${k}`;
    if (k === 'quote') {
      expect(typeof v, `${here} must be a string`).toBe('string');
      return [{ path: here, quote: v as string }];
    }
    return collectQuotes(v, here);
  });
}

describe('the source letter, normalised', () => {
  it('has its pinyin glosses stripped and reads in Simplified script', () => {
    expect(raw).toMatch(PINYIN);
    expect(letter).not.toMatch(PINYIN);
    expect(letter).toContain('经济发展');
    expect(letter).toContain('豫东南高新区');
    expect(letter).not.toContain('豫東南');
  });

  it('keeps parenthesised text that is not pinyin', () => {
    expect(letter).toContain('(1320177号)');
    expect(letter).toContain('中国(河南)');
    expect(letter).toContain('(B型)');
  });
});

describe('quotes in seeds/dataset.json', () => {
  const quotes = collectQuotes(dataset);

  it('finds the quotes across every resource', () => {
    expect(quotes.length).toBeGreaterThan(50);
    const resources = new Set(quotes.map((q) => q.path.split('.')[1]));
    for (const r of ['summary', 'funds', 'investment', 'energy', 'projects', 'policyTasks', 'cooperation', 'platforms']) {
      expect(resources, r).toContain(r);
    }
  });

  it('includes the document quote', () => {
    expect(quotes.map((q) => q.path)).toContain('$.summary.document.quote');
    expect(dataset.summary.document.quote).toBe(DOCUMENT.quote);
  });

  it.each(quotes.map((q) => [q.path, q.quote] as const))('%s is verbatim from the letter', (_path, quote) => {
    expect(quote.length).toBeGreaterThan(0);
    expect(letter).toContain(quote);
  });
});

describe('QUOTES in seeds/documented.ts', () => {
  it.each(Object.entries(QUOTES))('%s is verbatim from the letter', (_key, quote) => {
    expect(letter).toContain(quote);
  });

  it('includes the policy and the documented task', () => {
    expect(letter).toContain(POLICY.quote);
    expect(letter).toContain(POLICY.platformTask.quote);
    expect(letter).toContain(POLICY.number);
  });

  it('does not pass vacuously: an altered quote is not found', () => {
    expect(letter).not.toContain(QUOTES.pipeline.replace('319.3', '319'));
    expect(letter).not.toContain(QUOTES.agreed.replace('超', ''));
  });
});
