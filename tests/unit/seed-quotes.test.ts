/**
 * Every quote the data shows as "the letter's own words" must really be in the letter, and so must every
 * run of text the data puts in Chinese quotation marks, in any string, in either language.
 */
import { describe, expect, it } from 'vitest';
import dataset from '../../seeds/dataset.json';
import { POLICY, PROPOSAL, QUOTES, SOURCE } from '../../seeds/documented';
import { letter, PINYIN, quotedRuns, raw } from '../lib/letter';
import { strings } from './seed-walk';

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

  it('names the letter as every resource\'s source, by its number and date, and quotes its heading', () => {
    for (const [name, resource] of Object.entries(dataset).filter(([k]) => k !== 'meta')) {
      expect((resource as { source: unknown }).source, name).toEqual(SOURCE);
    }
    expect(letter).toContain(SOURCE.reference);
    expect(letter).toContain(PROPOSAL.quote);
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

/** Every string in the tree whose quoted runs are not all verbatim in the letter, or whose marks do not pair up. */
function unquotableRuns(tree: unknown): string[] {
  return strings(tree).flatMap(({ path, text }) => {
    const { runs, unbalanced } = quotedRuns(text);
    return [
      ...(unbalanced ? [`${path}: unbalanced quotation marks in "${text}"`] : []),
      ...runs.filter((r) => !r || !letter.includes(r)).map((r) => `${path}: “${r}” is not in the letter`),
    ];
  });
}

describe('text in quotation marks anywhere in seeds/dataset.json', () => {
  it('finds the outermost runs, nested pairs included, and skips apostrophes', () => {
    expect(quotedRuns('来函写“建设了”与‘增长极’')).toEqual({ runs: ['建设了', '增长极'], unbalanced: false });
    expect(quotedRuns('“打造‘增长极’的”')).toEqual({ runs: ['打造‘增长极’的'], unbalanced: false });
    expect(quotedRuns('“a“b”c”')).toEqual({ runs: ['a“b”c'], unbalanced: false });
    expect(quotedRuns('Xinyang Municipal People’s Government')).toEqual({ runs: [], unbalanced: false });
    expect(quotedRuns('the zone “建设了” (has built), the zone’s')).toEqual({ runs: ['建设了'], unbalanced: false });
    expect(quotedRuns('“未闭合').unbalanced).toBe(true);
    expect(quotedRuns('“外‘内”').unbalanced).toBe(true);
    expect(quotedRuns('闭合”').unbalanced).toBe(true);
  });

  const runs = strings(dataset).flatMap(({ text }) => quotedRuns(text).runs);

  it('reaches readings, fact texts and quotes in both languages', () => {
    expect(runs.length).toBeGreaterThan(20);
    for (const expected of ['建设了信阳师范学院理工学院', '已落地建设', '4大类', '2+1+X', '万名学子回归', '增长极', '组建豫东南高新投资集团有限公司']) {
      expect(runs, expected).toContain(expected);
    }
    // The English readings quote the letter too: “建设了” (has built).
    expect(strings(dataset).some(({ text }) => /^[A-Z]/.test(text) && quotedRuns(text).runs.includes('建设了'))).toBe(true);
  });

  it('every quoted run is verbatim in the letter', () => {
    expect(unquotableRuns(dataset)).toEqual([]);
  });

  it('does not pass vacuously: a made-up or altered quotation is caught, in zh or en', () => {
    const fake = structuredClone(dataset);
    fake.funds.vehicle.reading.zh = '来函写“由投资集团运作两支基金”；此为我们的解读。';
    expect(unquotableRuns(fake)).toEqual(['$.funds.vehicle.reading.zh: “由投资集团运作两支基金” is not in the letter']);
    const altered = structuredClone(dataset);
    altered.projects.named[0]!.reading.en = 'The letter says the zone “建成了” (has completed) the college.';
    expect(unquotableRuns(altered)).toHaveLength(1);
    const nested = structuredClone(dataset);
    nested.summary.context.positionings[0]!.text.en = 'the zone’s growth pole (“新的‘增长极’之首”)';
    expect(unquotableRuns(nested)).toHaveLength(1);
    const open = structuredClone(dataset);
    open.investment.event.text.zh = '全省第九期“三个一批项目建设活动';
    expect(unquotableRuns(open)).toHaveLength(1);
  });
});
