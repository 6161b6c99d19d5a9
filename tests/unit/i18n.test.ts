// @vitest-environment node
/**
 * The text layer: list and plural helpers (with and without Intl.ListFormat, which Safari 14.0 lacks), and
 * the two dictionaries' shapes. tsc already refuses an English dictionary missing a key; the walk here says
 * which key, and also catches a Chinese key that English has but Chinese lost.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LANG, formatList, inEveryLanguage, isLang, LANGS, MESSAGES, plural } from '../../src/lib/i18n';
import { DETAIL_MESSAGES } from '../../src/lib/i18n/detail';
import { EXPORT_MESSAGES } from '../../src/lib/i18n/export';
import { PLANNER_MESSAGES } from '../../src/projects/messages';
import { PUBLISH_MESSAGES } from '../../src/features/ledger/publish/publish-messages';
import { TREND_MESSAGES } from '../../src/features/trend/trend-messages';

const LIST_CASES: [string[], string, string][] = [
  [[], '', ''],
  [['a'], 'a', 'a'],
  [['a', 'b'], 'a和b', 'a and b'],
  [['a', 'b', 'c'], 'a、b和c', 'a, b and c'],
  [['a', 'b', 'c', 'd'], 'a、b、c和d', 'a, b, c and d'],
];

describe('formatList', () => {
  it.each(LIST_CASES)('%j with Intl.ListFormat', (items, zh, en) => {
    expect(typeof Intl.ListFormat).toBe('function');
    expect(formatList(items, 'zh')).toBe(zh);
    expect(formatList(items, 'en')).toBe(en);
  });

  describe('without Intl.ListFormat (Safari 14.0)', () => {
    const original = Intl.ListFormat;
    afterEach(() => {
      Object.defineProperty(Intl, 'ListFormat', { value: original, configurable: true, writable: true });
    });

    it.each(LIST_CASES)('%j reads the same from the dictionary pattern', (items, zh, en) => {
      delete (Intl as { ListFormat?: unknown }).ListFormat;
      expect(typeof Intl.ListFormat).toBe('undefined');
      expect(formatList(items, 'zh')).toBe(zh);
      expect(formatList(items, 'en')).toBe(en);
    });

    it('agrees with Intl.ListFormat on real names, in both languages', () => {
      const names = ['战略新型产业投资基金50亿元', '基础设施投资基金15亿元', 'Fund C CNY 2 bn'];
      const modern = LANGS.map((lang) => formatList(names, lang));
      delete (Intl as { ListFormat?: unknown }).ListFormat;
      expect(LANGS.map((lang) => formatList(names, lang))).toEqual(modern);
    });
  });
});

describe('plural', () => {
  const tasks = { one: 'task', other: 'tasks' };

  it('picks the English form by Intl.PluralRules', () => {
    expect(plural(1, tasks, 'en')).toBe('task');
    expect(plural(0, tasks, 'en')).toBe('tasks');
    expect(plural(2, tasks, 'en')).toBe('tasks');
    expect(plural(63, tasks, 'en')).toBe('tasks');
  });

  it('Chinese has one form: "other" whatever the count', () => {
    expect(plural(1, tasks, 'zh')).toBe('tasks');
    expect(plural(1, { other: '项' }, 'zh')).toBe('项');
  });

  it('falls back to "other" when a language lacks the category', () => {
    expect(plural(1, { other: 'sets' }, 'en')).toBe('sets');
  });

  it('carries message functions, as the dictionaries do', () => {
    expect(plural(1, MESSAGES.en.policy.summary.all, 'en')({ items: '', n: '1', parts: [], list: 'x' })).toBe('Of 1 task, x.');
    expect(plural(3, MESSAGES.en.policy.summary.all, 'en')({ items: '', n: '3', parts: [], list: 'x' })).toBe('Of 3 tasks, x.');
  });
});

const PLURAL_CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
const isPluralForms = (v: object) => 'other' in v && Object.keys(v).every((k) => PLURAL_CATEGORIES.has(k));

/** Every leaf as "path: kind"; plural forms count as one leaf, since each language has its own categories. */
function shape(value: unknown, path = ''): string[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    if (isPluralForms(value)) return [`${path}: plural`];
    return Object.entries(value).flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k));
  }
  return [`${path}: ${typeof value}`];
}

/** Every string of a dictionary, with the strings message functions return for sample arguments. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    // One argument that works both as a string and as the object some messages take.
    const arg = Object.assign(new String('x'), { n: '2', items: '2', status: 'Done', stage: 'Being advanced', quoted: '', parts: ['x'], list: 'x' });
    return [String((value as (...a: unknown[]) => unknown)(arg, arg, arg, arg, arg))];
  }
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('the dictionaries', () => {
  it('every Chinese key has an English key of the same kind, and the other way round', () => {
    expect(shape(MESSAGES.en)).toEqual(shape(MESSAGES.zh));
    expect(shape(MESSAGES.zh).length).toBeGreaterThan(150);
  });

  it('English text is English: CJK only inside “quotes” and in the switch to Chinese', () => {
    const { switchLang, ...rest } = MESSAGES.en;
    expect(switchLang).toBe('中文');
    const offenders = strings(rest).filter((s) => /[\u3400-\u9fff]/.test(s.replace(/“[^”]*”/g, '')));
    expect(offenders).toEqual([]);
  });

  it('a value that carries every language gets each from its own dictionary', () => {
    expect(inEveryLanguage((m) => m.appTitle)).toEqual({ zh: MESSAGES.zh.appTitle, en: MESSAGES.en.appTitle });
    expect(inEveryLanguage((m, lang) => `${lang}:${m.panel.table}`)).toEqual({ zh: 'zh:表格', en: 'en:Table' });
  });

  it('the planner\'s dictionary (lazily loaded with the projects view) follows the same rules', () => {
    expect(shape(PLANNER_MESSAGES.en)).toEqual(shape(PLANNER_MESSAGES.zh));
    expect(shape(PLANNER_MESSAGES.zh).length).toBeGreaterThan(20);
    expect(strings(PLANNER_MESSAGES.en).filter((s) => /[\u3400-\u9fff]/.test(s.replace(/“[^”]*”/g, '')))).toEqual([]);
    // No key is in both dictionaries: a word lives in one place.
    expect(Object.keys(PLANNER_MESSAGES.zh).filter((k) => k in MESSAGES.zh)).toEqual([]);
  });

  it('the project page\'s dictionary (lazily loaded with the drawer) follows the same rules', () => {
    expect(shape(DETAIL_MESSAGES.en)).toEqual(shape(DETAIL_MESSAGES.zh));
    expect(shape(DETAIL_MESSAGES.zh).length).toBeGreaterThan(20);
    expect(strings(DETAIL_MESSAGES.en).filter((s) => /[\u3400-\u9fff]/.test(s.replace(/“[^”]*”/g, '')))).toEqual([]);
    expect(Object.keys(DETAIL_MESSAGES.zh).filter((k) => k in MESSAGES.zh || k in PLANNER_MESSAGES.zh)).toEqual([]);
  });

  it('the export dictionary (lazily loaded with the export menu and the view snapshot) follows the same rules', () => {
    expect(shape(EXPORT_MESSAGES.en)).toEqual(shape(EXPORT_MESSAGES.zh));
    expect(shape(EXPORT_MESSAGES.zh).length).toBeGreaterThan(20);
    expect(strings(EXPORT_MESSAGES.en).filter((s) => /[\u3400-\u9fff]/.test(s.replace(/“[^”]*”/g, '')))).toEqual([]);
    expect(Object.keys(EXPORT_MESSAGES.zh).filter((k) => k in MESSAGES.zh || k in PLANNER_MESSAGES.zh || k in DETAIL_MESSAGES.zh)).toEqual([]);
  });

  it.each([['publish', PUBLISH_MESSAGES], ['trend', TREND_MESSAGES]] as const)('the %s dictionary (a lazy feature\'s own) has one shape in both languages, English in English', (_, dict) => {
    expect(shape(dict.en)).toEqual(shape(dict.zh));
    expect(shape(dict.zh).length).toBeGreaterThan(10);
    // Chinese inside the English only where it quotes Chinese (“…”, 「…」) or names a Chinese file or field.
    const bare = (s: string) => s.replace(/“[^”]*”|「[^」]*」|[^\s]*\.json/g, '');
    expect(strings(dict.en).filter((s) => /[\u3400-\u9fff]/.test(bare(s)))).toEqual([]);
  });

  it('knows its languages', () => {
    expect(LANGS).toEqual(['zh', 'en']);
    expect(DEFAULT_LANG).toBe('zh');
    expect([isLang('en'), isLang('zh'), isLang('EN'), isLang('fr'), isLang(null)]).toEqual([true, true, false, false, false]);
  });
});
