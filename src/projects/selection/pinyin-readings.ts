/**
 * The pinyin search's lazy chunk: the only module that imports pinyin-pro (about 140 kB gzip), loaded with
 * `import()` on the search box's first focus or when the URL carries `q` (src/stores/pinyin-search.ts), never
 * in the initial JS. It gives each character its readings and hands them to the pure matcher (name-search.ts).
 */
import { pinyin } from 'pinyin-pro';
import { matchProjects } from '@/contract/project-filter';
import type { Project } from '@/contract/schemas';
import { whenIdle, type Cancel } from '@/lib/idle';
import { createNameSearch, normaliseQuery, type Range } from './name-search';

/**
 * How many of a character's dictionary readings count, most common first (pinyin-pro lists them in that
 * order). This is the option that tunes out rare readings: at 2, 行 is xing or hang but not heng, 乐 le or yue
 * (not yao, lao), 调 tiao or diao (not zhou), 和 he or huo (not hu), 单 dan or shan (not chan), 数 shu or shuo.
 * The reading the name gives the character in context (银行 → hang) always counts as well.
 */
export const MAX_READINGS = 2;

const HAN = /\p{Script=Han}/u;
const LETTERS = /^[a-zü]+$/;
const common = new Map<string, string[]>();

function commonReadings(ch: string): string[] {
  let list = common.get(ch);
  if (!list) {
    list = pinyin(ch, { multiple: true, type: 'array', toneType: 'none' }).filter((r) => LETTERS.test(r)).slice(0, MAX_READINGS);
    common.set(ch, list);
  }
  return list;
}

/**
 * Each character's readings, toneless, in lower-case letters: the reading in context (pinyin-pro segments
 * words, so 银行 gives 行 hang), then its commonest readings. ü is also spelled v, as pinyin keyboards type
 * it (绿 lü, lv). Characters that are not Chinese have none: they match only themselves.
 */
export function readingsOf(name: string): string[][] {
  const chars = Array.from(name);
  const inContext = pinyin(name, { type: 'array', toneType: 'none' });
  const aligned = inContext.length === chars.length;
  return chars.map((ch, i) => {
    if (!HAN.test(ch)) return [];
    const found = new Set<string>();
    for (const r of [aligned ? inContext[i] ?? '' : '', ...commonReadings(ch)]) {
      const reading = r.toLowerCase();
      if (!LETTERS.test(reading)) continue;
      found.add(reading);
      if (reading.includes('ü')) found.add(reading.replace(/ü/g, 'v'));
    }
    return [...found];
  });
}

const search = createNameSearch(readingsOf);
const zhName = (p: Project) => p.name.zh;
let last: { items: readonly Project[]; q: string; found: ReadonlySet<Project> } | undefined;

/**
 * The projects a search finds: the contract's literal match (either language's name, or the id) or the
 * Chinese name by its readings. The charts and the table ask for the same list and query in a row, so the
 * last answer is kept. Undefined when readings cannot add anything (no letter, no space inside: 长春, P03), so
 * typing characters costs what it did before pinyin: the contract's match alone.
 */
export function findProjects(items: readonly Project[], q: string): ReadonlySet<Project> | undefined {
  const query = normaliseQuery(q);
  if (!/[a-z]/.test(query) && query === q.normalize('NFKC').toLowerCase().trim()) return undefined;
  if (last?.items !== items || last.q !== q) {
    const found = new Set(matchProjects(items, { q }));
    for (const p of search.find(items, zhName, q)) found.add(p);
    last = { items, q, found };
  }
  return last.found;
}

/**
 * Reads a list's Chinese names ahead, a slice per idle moment (Safari has no requestIdleCallback: a short
 * timer), so the first pinyin keystroke at 10,000 projects does not wait for all their readings at once.
 * Returns the cancel: the search box that asked stops it when it goes.
 */
export function readAhead(items: readonly Project[]): Cancel {
  let cancel: Cancel = () => {};
  const step = () => {
    cancel = search.readAhead(items, zhName, 200) ? () => {} : whenIdle(step, { timeout: 1000, fallbackMs: 16 });
  };
  cancel = whenIdle(step, { timeout: 1000, fallbackMs: 16 });
  return () => cancel();
}

/** What to highlight of a name: the literal match, else the characters the readings matched. */
export const pinyinRange = (name: string, q: string): Range | null => search.range(name, q);
