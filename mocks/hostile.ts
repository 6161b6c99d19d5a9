/**
 * ?scenario=hostile: every human-readable text of every resource replaced by a string an attacker or a broken
 * export could put in a ledger: markup, a script URL, spreadsheet formulas, bidirectional and zero-width
 * controls, a 500-character name, emoji and a lone surrogate. Ids, dates, enums and numbers stay valid, so the
 * body still passes its schema and every chart still draws: what is tested is that the text stays text.
 */
import type { ResourceName } from '../src/contract/resources';

const LONG = '超长项目名称用于检验截断与换行'.repeat(34).slice(0, 500);

export const HOSTILE_NAMES = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '" onload="alert(1)',
  'javascript:alert(1)',
  '=HYPERLINK("http://evil.example","点此")',
  '@SUM(1+1)',
  '+1 加号开头',
  '-1 减号开头',
  '\u202Egnp.exe 右至左覆盖\u202C',
  '零\u200B宽\u200D字\uFEFF符',
  LONG,
  '表情 👩‍👩‍👧 🚀',
  '孤立代理\uD800字符',
] as const;

/** Keys whose strings are machine values (ids, dates, enums, links between records): left as they are. */
const MACHINE_KEYS = new Set([
  'id', 'fundId', 'park', 'asOf', 'date', 'start', 'end', 'due', 'month', 'provenance', 'stageProvenance', 'stage',
  'kind', 'category', 'group', 'unit', 'qualifier',
]);

/** Whether a key's string is text a person reads (and so gets a hostile value). */
export const isReadableKey = (key: string) => !MACHINE_KEYS.has(key);

/**
 * A response's source with hostile words of its own, outside the cycle, so the rest of the body meets the same
 * strings in the same places whatever the envelope carries: markup as its title, bidi controls as its keeper, a
 * formula as its file name.
 */
function hostileSource(source: unknown): unknown {
  const words = (text: string) => ({ zh: text, en: text });
  return { ...(source as object), title: words(HOSTILE_NAMES[0]), by: words(HOSTILE_NAMES[8]), reference: HOSTILE_NAMES[4] };
}

/**
 * The same body with each readable string replaced, cycling through the set. `shift` (?scenario=hostile&n=3)
 * starts the cycle further on: a resource with two funds meets two kinds at a time, and the 13 shifts between
 * them put every kind in every field. Project names keep a number, so the 26 stay distinct; category names
 * are the bare strings, the ones a chart legend and an export file name carry.
 */
export function withHostileText<T>(resource: ResourceName, body: T, shift = 0): T {
  let next = shift;
  const pick = () => HOSTILE_NAMES[next++ % HOSTILE_NAMES.length];
  const walk = (value: unknown, key: string, path: string): unknown => {
    if (key === 'source' && path === 'source') return hostileSource(value);
    if (typeof value === 'string') return isReadableKey(key) ? pick() : value;
    if (Array.isArray(value)) return value.map((item, i) => walk(item, key, `${path}.${i}`));
    if (value && typeof value === 'object') {
      const entries = Object.entries(value as Record<string, unknown>);
      // A bilingual text gets one string for both languages, so a reader switching language meets it again.
      if (entries.length === 2 && typeof (value as { zh?: unknown }).zh === 'string' && typeof (value as { en?: unknown }).en === 'string') {
        const text = isReadableKey(key) ? pick() : undefined;
        if (!text) return value;
        const numbered = resource === 'projects' && /^items\.\d+\.name$/.test(path) ? `${text} ${Number(path.split('.')[1]) + 1}` : text;
        return { zh: numbered, en: numbered };
      }
      return Object.fromEntries(entries.map(([k, v]) => [k, walk(v, k, path ? `${path}.${k}` : k)]));
    }
    return value;
  };
  return walk(body, '', '') as T;
}
