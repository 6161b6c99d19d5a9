/**
 * Finding a name the way Chinese readers type into any search box: the characters, full pinyin
 * ("shujuzhongxin"), initials ("sjzx") or a mix ("数据zx", "shujzx"). Pure: each character's readings come
 * from a function the caller passes (src/projects/selection/pinyin-readings.ts, the lazy chunk with pinyin-pro; the tests pass
 * the same), so this stays small and is tested alone.
 *
 * The match is contiguous: from some character on, each character consumes either itself or a prefix (the
 * initial, part or all) of one of its readings, until the query is used up. "sjzx" finds the four characters
 * 数据中心 in a row, never 数…据…中…心 scattered. Failed (character, query position) states are remembered, so
 * even a hostile 100-character query visits each such state of a name at most once.
 */

/** Where a search matched a text: [start, end) in UTF-16 offsets of the original, ready for `slice`. */
export type Range = readonly [start: number, end: number];

/** Per character of a name (code points, as `Array.from` splits it): its readings, in lower-case letters. */
export type ReadingsOf = (name: string) => readonly (readonly string[])[];

/** What the matcher compares: NFKC (full-width letters are letters), lower case, no whitespace at all. */
export const normaliseQuery = (q: string): string => q.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** A name prepared once: its characters as compared, where each starts in the original, its readings later. */
interface Entry {
  name: string;
  chars: string[];
  /** UTF-16 offset of each character in the original, then the original's length. */
  at: number[];
  /** The normalised name joined, and where each character starts in it (for the literal match). */
  joined: string;
  starts: number[];
  /** What the matcher walks: the characters alone (`plain`), or with their readings once read (`read`). */
  plain: Matchable;
  read?: Matchable;
}

interface Matchable {
  readings: readonly (readonly string[])[];
  /** From character i on, the most query characters a run can consume: a longer rest of the query fails at once. */
  reach: number[];
}

const NONE: readonly string[] = [];

function matchable(chars: readonly string[], readings: readonly (readonly string[])[]): Matchable {
  const reach = new Array<number>(chars.length + 1).fill(0);
  for (let i = chars.length - 1; i >= 0; i -= 1) {
    reach[i] = (reach[i + 1] as number) + Math.max((chars[i] as string).length, ...(readings[i] ?? NONE).map((r) => r.length));
  }
  return { readings, reach };
}

function prepare(name: string): Entry {
  const chars: string[] = [];
  const at: number[] = [];
  const starts: number[] = [];
  let offset = 0;
  let joined = '';
  for (const ch of name) {
    const norm = ch.normalize('NFKC').toLowerCase();
    chars.push(norm);
    at.push(offset);
    starts.push(joined.length);
    offset += ch.length;
    joined += norm;
  }
  at.push(offset);
  starts.push(joined.length);
  return { name, chars, at, joined, starts, plain: matchable(chars, []) };
}

/** The character whose normalised form holds position `pos` of the joined name. */
function charAt(starts: readonly number[], pos: number): number {
  let i = 0;
  while (i + 2 < starts.length && (starts[i + 1] as number) <= pos) i += 1;
  return i;
}

function literalIn(e: Entry, q: string): Range | null {
  const needle = q.normalize('NFKC').toLowerCase().trim();
  const pos = needle ? e.joined.indexOf(needle) : -1;
  if (pos < 0) return null;
  return [e.at[charAt(e.starts, pos)] as number, e.at[charAt(e.starts, pos + needle.length - 1) + 1] as number];
}

// Failed states of the name being matched: a stamp per (character, query position), so nothing is cleared
// between names. Grown on demand; reset before the stamp could overflow.
let failed = new Int32Array(4096);
let stamp = 0;

function run(chars: readonly string[], m: Matchable, q: string, i: number, j: number): number {
  if (j === q.length) return i;
  if (i === chars.length || (m.reach[i] as number) < q.length - j) return -1;
  const slot = i * (q.length + 1) + j;
  if (failed[slot] === stamp) return -1;
  const ch = chars[i] as string;
  if (ch && q.startsWith(ch, j)) {
    const end = run(chars, m, q, i + 1, j + ch.length);
    if (end >= 0) return end;
  }
  for (const reading of m.readings[i] ?? NONE) {
    for (let k = 0; k < reading.length && j + k < q.length && reading.charCodeAt(k) === q.charCodeAt(j + k); k += 1) {
      const end = run(chars, m, q, i + 1, j + k + 1);
      if (end >= 0) return end;
    }
  }
  failed[slot] = stamp;
  return -1;
}

/** The first run of the name that the normalised query `q` matches, by characters and readings. */
function runIn(e: Entry, m: Matchable, q: string): Range | null {
  if (!q) return null;
  const size = (e.chars.length + 1) * (q.length + 1);
  if (failed.length < size) failed = new Int32Array(size * 2);
  if (stamp >= 0x7fffffff) { failed.fill(0); stamp = 0; }
  stamp += 1;
  for (let start = 0; start < e.chars.length; start += 1) {
    const end = run(e.chars, m, q, start, 0);
    if (end >= 0) return [e.at[start] as number, e.at[end] as number];
  }
  return null;
}

// Literal only (no readings): what the search finds before pinyin has loaded, and in English names.
const plainEntries = new Map<string, Entry>();

/**
 * Where the contract's literal match (src/contract/project-filter.ts: case- and width-insensitive substring)
 * finds `q` in `text`, or null. For highlighting: the rows were chosen by that same rule.
 */
export function literalRange(text: string, q: string): Range | null {
  let e = plainEntries.get(text);
  if (!e) plainEntries.set(text, (e = prepare(text)));
  return literalIn(e, q);
}

export interface NameSearch {
  /** The literal match when there is one (the contract's meaning), else the first run matched by readings. */
  range(name: string, q: string): Range | null;
  /**
   * The items whose name the query matches by characters and readings (the literal match aside). Each list is
   * indexed once (one `nameOf` per list): at 10,000 names a keystroke only runs the matcher.
   */
  find<T>(items: readonly T[], nameOf: (item: T) => string, q: string): T[];
  /** Reads up to `count` more names of the list ahead of any query; true once all are read. */
  readAhead<T>(items: readonly T[], nameOf: (item: T) => string, count: number): boolean;
}

const LETTER = /[a-z]/;

/** A search over names whose characters read as `readingsOf` says. */
export function createNameSearch(readingsOf: ReadingsOf): NameSearch {
  const entries = new Map<string, Entry>();
  const lists = new WeakMap<readonly unknown[], Entry[]>();
  const entry = (name: string) => {
    let e = entries.get(name);
    if (!e) entries.set(name, (e = prepare(name)));
    return e;
  };
  const indexOf = <T>(items: readonly T[], nameOf: (item: T) => string): Entry[] => {
    let index = lists.get(items);
    if (!index) lists.set(items, (index = items.map((item) => entry(nameOf(item)))));
    return index;
  };
  const read = (e: Entry): Matchable => {
    if (!e.read) {
      const readings = readingsOf(e.name);
      e.read = readings.length === e.chars.length ? matchable(e.chars, readings) : e.plain;
    }
    return e.read;
  };
  // Readings only when the query has a letter to match them: a query of characters needs none, and reading
  // 10,000 names costs pinyin-pro a few hundred ms (once per name; readAhead spreads it over idle time).
  const view = (e: Entry, letters: boolean): Matchable => (letters ? read(e) : e.plain);
  return {
    range(name, q) {
      const e = entry(name);
      const query = normaliseQuery(q);
      return literalIn(e, q) ?? runIn(e, view(e, LETTER.test(query)), query);
    },
    find(items, nameOf, q) {
      const query = normaliseQuery(q);
      if (!query) return [];
      const index = indexOf(items, nameOf);
      const letters = LETTER.test(query);
      return items.filter((_, i) => runIn(index[i] as Entry, view(index[i] as Entry, letters), query) !== null);
    },
    readAhead(items, nameOf, count) {
      let left = count;
      for (const e of indexOf(items, nameOf)) {
        if (e.read) continue;
        if (left === 0) return false;
        read(e);
        left -= 1;
      }
      return true;
    },
  };
}
