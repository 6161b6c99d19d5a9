// @vitest-environment node
/**
 * A shared link can say anything: a planner pastes a cut-off address, a chat app mangles the percent-escapes, a
 * script stuffs 10,000 characters into `q`. These properties open thousands of random and broken query strings,
 * read as the app reads them (`new URLSearchParams(search).get(key)`), through every parser of the URL: the view,
 * the filters (before and after the data has loaded), the sort, the project drawer, the big screen and the
 * language. Nothing may throw, nothing invalid may be kept, and whatever is dropped must be in the notice.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import dataset from '../../seeds/dataset.json';
import { projectFiltersSchema, STAGES, type Project } from '../../src/contract/schemas';
import { isLang, LANGS, MESSAGES } from '../../src/lib/i18n';
import { SCREEN_MESSAGES } from '../../src/lib/i18n/screen';
import { SORT_KEYS, unitsOf, type ProjectSelection } from '../../src/projects/selection/select';
import { SCHEDULE_STATUSES } from '../../src/lib/schedule';
import { MAX_INTERVAL, MIN_INTERVAL, parseScreenParams } from '../../src/lib/screen-params';
import { SCREEN_PANEL_IDS as SCREEN_PANELS } from '../../src/app/big-screen/screen-panels';
import { parseSortParam, sortParamOf } from '../../src/projects/selection/url-sort';
import { langParamOf, parseLangParam, parseViewParam, searchWith, shown, viewParamOf } from '../../src/lib/url-state';
import { VIEW_IDS, VIEW_IDS as VIEWS } from '../../src/app/views';
import { FILTER_KEYS, LIST_KEYS, parseFilterParams, serializeFilters, type FilterParams, type KnownValues, type ListKey } from '../../src/projects/selection/filter-params';
import { PROJECT_ID_FORM, projectHref } from '../../src/projects/state/project-param';
import { DEMO_CATEGORIES } from '../../seeds/documented';

/** The parser over the app's registry of screen panels. */
const parseScreen = (raw: Parameters<typeof parseScreenParams>[0]) => parseScreenParams(raw, SCREEN_PANELS);

// A fixed seed: a failure replays the same way on every machine; 1,000 links per property.
const RUNS = { numRuns: 1000, seed: 20240530 };
const TIMEOUT = 60_000;

const seed = dataset.projects as unknown as { categories: { id: string }[]; parks: { id: string }[]; items: Project[] };
/** What the loaded data names, as the filter bar builds it (src/projects/state/url.ts knownValuesOf). */
const KNOWN: KnownValues = { categories: seed.categories, parks: seed.parks, units: unitsOf(seed.items) };
const ids = (xs: readonly { id: string }[] = []) => xs.map((x) => x.id);

/** Values each key can take, so that links also carry what a planner would really send. */
const GOOD: Record<string, readonly string[]> = {
  category: DEMO_CATEGORIES, stage: STAGES, status: SCHEDULE_STATUSES, park: [...ids(KNOWN.parks), 'suxin'], unit: ids(KNOWN.units),
  min: ['0', '100000', ' 500000 '], max: ['0', '200000', '999999999999'], q: ['示例', 'park-a', ' 新基建 '], view: VIEWS,
  sort: SORT_KEYS.flatMap((k) => [`${k}.asc`, `${k}.desc`]), project: ['P09', 'p-1_x'], mode: ['screen'], panel: SCREEN_PANELS,
  interval: ['5', '10', '30', '30.5', '600', '3600'], lang: LANGS,
};
const JUNK = [
  '%', '%E4%B8', '%zz', '%25', '%00', '%2C', '%26', '%ED%A0%80', '+', '=', '&&&', '1e309', '-0', 'NaN', '0x10', 'Infinity',
  '1.5', '0.4', '00', '9'.repeat(13), '__proto__', 'constructor', 'prototype', 'name.up', 'id.asc.x', 'moon', '<script>', ' ', ',,', '\u0000',
];
const token = fc.oneof(fc.constantFrom(...Object.values(GOOD).flat()), fc.constantFrom(...JUNK));
/** Any code points, lone surrogates included, and whole graphemes (emoji, combining marks). */
const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 80 }));
const huge = fc.tuple(fc.constantFrom('x', '😀', '%', 'a,', '9', 'é'), fc.integer({ min: 10_000, max: 10_050 })).map(([c, n]) => c.repeat(n));
const listOf = (item: fc.Arbitrary<string>) => fc.array(fc.oneof(item, fc.constant('')), { maxLength: 60 }).map((xs) => xs.join(','));
const mixed = fc.array(fc.oneof(token, text), { minLength: 2, maxLength: 4 }).map((xs) => xs.join(''));
const value = fc.oneof({ weight: 4, arbitrary: token }, { weight: 3, arbitrary: listOf(fc.oneof(token, text)) }, text, mixed, fc.constant(''), huge);

const OTHER_KEYS = ['view', 'sort', 'project', 'mode', 'panel', 'interval', 'lang'];
const KEYS = [...FILTER_KEYS, ...OTHER_KEYS, '__proto__', 'constructor', '', 'Category'];
// A lone surrogate cannot be percent-encoded: such a value goes into the string as it is.
const encode = (v: string) => { try { return encodeURIComponent(v); } catch { return v; } };
const anyPair = fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom('=', '', '=='), value, fc.boolean())
  .map(([k, eq, v, enc]) => `${k}${eq}${enc ? encode(v) : v}`);
// A key with one of its own values, a list of them mixed with junk, or its value with junk stuck on.
const goodPair = fc.constantFrom(...Object.keys(GOOD)).chain((k) => {
  const own = fc.constantFrom(...(GOOD[k] ?? []));
  return fc.oneof(own, listOf(fc.oneof(own, token)), fc.tuple(own, token).map(([a, b]) => a + b)).map((v) => `${k}=${encode(v)}`);
});
/** A whole query string: repeated keys, empty values and stray separators come out of the mix. */
const query = fc.tuple(fc.constantFrom('', '?', '&&&', '='), fc.array(fc.oneof(goodPair, anyPair), { maxLength: 12 }))
  .map(([head, pairs]) => head + pairs.join('&'));

/** A link as the app reads it: `.get(key)` of its URLSearchParams (the first of repeated keys, null when absent). */
type Get = (key: string) => string | null;
const open = (raw: string): Get => { const p = new URLSearchParams(raw); return (key) => p.get(key); };
const filterRaw = (get: Get) => Object.fromEntries(FILTER_KEYS.map((k) => [k, get(k)])) as FilterParams;

/** A notice entry is `key=` and at most 40 characters and an ellipsis: a 10k-character value cannot flood it. */
const LONGEST = Math.max(...KEYS.map((k) => k.length)) + 1 + 41;
// Well-formed UTF-16: no half of an emoji left over from a cut (it would show as �).
const WELL_FORMED = /^(?:[^\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;
// No schema names a responsible unit: printable text without markup or commas, and a known one once data is loaded.
// eslint-disable-next-line no-control-regex -- control characters are what a unit's name may not hold
const NOT_UNIT = /[\u0000-\u001f\u007f<>,]/;

/** The selection a link gives is valid by the contract, and every value it loses is in the notice and the fix. */
function checkFilters(raw: FilterParams, known?: KnownValues) {
  const { filters, rejected, fixes } = parseFilterParams(raw, known);
  const has = (names: readonly { id: string }[] | undefined, x: string) => !names || names.some((n) => n.id === x);
  const ok: Record<ListKey, (x: string) => boolean> = {
    category: (x) => projectFiltersSchema.safeParse({ category: x }).success && has(known?.categories, x),
    stage: (x) => projectFiltersSchema.safeParse({ stage: x }).success,
    status: (x) => (SCHEDULE_STATUSES as readonly string[]).includes(x),
    park: (x) => projectFiltersSchema.safeParse({ park: x }).success && has(known?.parks, x),
    unit: (x) => x.length <= 60 && !NOT_UNIT.test(x) && has(known?.units, x),
  };
  for (const key of LIST_KEYS) {
    const kept: readonly string[] = filters[key] ?? [];
    const given = [...new Set((raw[key] ?? '').split(',').map((x) => x.trim()).filter(Boolean))];
    const dropped = given.filter((x) => !kept.includes(x));
    expect(kept.every((x) => ok[key](x) && given.includes(x)), `${key} kept ${kept.join(',')}`).toBe(true);
    expect(given.slice(0, 50).filter(ok[key]).every((x) => kept.includes(x)), `${key} lost a valid item`).toBe(true);
    // The first five dropped items by value, the rest counted.
    const told = [...dropped.slice(0, 5).map((x) => shown(key, x)), ...(dropped.length > 5 ? [shown(key, `… +${dropped.length - 5}`)] : [])];
    expect(rejected.filter((r) => r.startsWith(`${key}=`))).toEqual(told);
    expect(fixes[key]).toBe(dropped.length ? kept.join(',') || null : undefined);
  }
  const q = raw.q?.trim();
  if (!q) expect(filters.q).toBeUndefined();
  else if (filters.q === undefined) expect(rejected.includes(shown('q', raw.q ?? '')) && fixes.q === null).toBe(true);
  else expect(filters.q === q && projectFiltersSchema.safeParse({ q }).success).toBe(true);
  for (const key of ['min', 'max'] as const) {
    const given = raw[key]?.trim();
    const n = filters[key];
    if (!given) expect(n).toBeUndefined();
    else if (n === undefined) expect(rejected.includes(shown(key, raw[key] ?? '')) && fixes[key] === null).toBe(true);
    else expect(/^\d+$/.test(given) && Number.isSafeInteger(n) && n === Number(given), `${key}=${given}`).toBe(true);
  }
  if (filters.min !== undefined && filters.max !== undefined) expect(filters.max).toBeGreaterThanOrEqual(filters.min);
  expect(rejected.every((r) => r.length <= LONGEST)).toBe(true);
  return rejected;
}

/** The view, language, sort, project and screen settings of a link: each known, or reported. */
function checkSettings(get: Get) {
  const [rawView, rawLang, rawSort, id] = [get('view'), get('lang'), get('sort'), get('project')];
  const view = parseViewParam(rawView, VIEW_IDS);
  expect(VIEWS).toContain(view.view);
  expect(view.rejected).toBe(rawView === null || ['', ...VIEWS].includes(rawView) ? null : shown('view', rawView));
  const lang = parseLangParam(rawLang);
  expect(LANGS).toContain(lang.lang);
  if (rawLang === null || isLang(rawLang)) expect(lang.rejected).toBeNull();
  else if (rawLang === '') expect(lang.rejected).toBeFalsy(); // empty reads as absent, as for every other key
  else expect(lang.rejected && lang.rejected.length <= 40 && rawLang.startsWith(lang.rejected)).toBeTruthy();
  const { sort, rejected: sortRejected } = parseSortParam(rawSort);
  if (sort) expect(SORT_KEYS.includes(sort.key) && ['asc', 'desc'].includes(sort.dir) && sortParamOf(sort) === rawSort, `sort=${rawSort}`).toBe(true);
  else expect(sortRejected).toBe(rawSort === null || rawSort.trim() === '' ? null : shown('sort', rawSort));
  // An id the drawer looks up is short and needs no escaping in a URL; anything else is only shown as text.
  if (id !== null && PROJECT_ID_FORM.test(id)) {
    expect(id.length <= 40 && encodeURIComponent(id) === id && !/[.!~*'()]/.test(id)).toBe(true);
    expect(new URLSearchParams(projectHref(id).slice(1)).get('project')).toBe(id);
  }
  const [rawPanel, rawInterval] = [get('panel') ?? '', get('interval') ?? ''];
  const screen = parseScreen({ panel: get('panel'), interval: get('interval') });
  expect(SCREEN_PANELS).toContain(screen.panel);
  if (rawPanel !== '' && screen.panel !== rawPanel) expect(screen.rejected).toContain(shown('panel', rawPanel));
  const { interval } = screen;
  if (interval === null) {
    if (rawInterval.trim() !== '') expect(screen.rejected).toContain(shown('interval', rawInterval));
  } else {
    // Plain seconds only (no 1e3, 0x10, -0, NaN), rounded and brought inside the bounds; the URL then says what is used.
    expect(/^\d+(\.\d+)?$/.test(rawInterval.trim()), `interval=${rawInterval}`).toBe(true);
    expect(Number.isInteger(interval) && interval >= MIN_INTERVAL && interval <= MAX_INTERVAL).toBe(true);
    expect(interval).toBe(Math.min(MAX_INTERVAL, Math.max(MIN_INTERVAL, Math.round(Number(rawInterval)))));
    if (String(interval) !== rawInterval) expect(screen.fixes.interval).toBe(String(interval));
  }
  if (screen.clamped) expect(screen.clamped.to).toBe(interval);
  expect(screen.rejected.every((r) => r.length <= LONGEST)).toBe(true);
  return { view: view.rejected, lang: lang.rejected, sort: sortRejected, screen };
}

describe('opening a shared link that is random or broken', () => {
  it.each([['before the data has loaded,', undefined], ['once the data has loaded (categories, parks and units must then name something real),', KNOWN]])(
    'reads the filters %s without throwing, keeps only valid values and reports every one it drops', (_, known) => {
      fc.assert(fc.property(query, (raw) => { checkFilters(filterRaw(open(raw)), known); }), RUNS);
    }, TIMEOUT);

  it('shows a known view, language, sort, project and big-screen panel and interval, or says what it ignored', () => {
    fc.assert(fc.property(query, (raw) => { checkSettings(open(raw)); }), RUNS);
  }, TIMEOUT);

  it('copes with values that never came through a URL, lone surrogates included', () => {
    const raw = fc.option(fc.oneof(fc.string({ unit: 'binary', maxLength: 120 }), value));
    const all = [...FILTER_KEYS, ...OTHER_KEYS];
    fc.assert(fc.property(fc.array(raw, { minLength: all.length, maxLength: all.length }), (values) => {
      const get: Get = (key) => values[all.indexOf(key)] ?? null;
      checkFilters(filterRaw(get), KNOWN);
      checkSettings(get);
    }), RUNS);
  }, TIMEOUT);

  it('builds every notice, in both languages, as bounded readable text', () => {
    fc.assert(fc.property(query, (raw) => {
      const get = open(raw);
      const filters = checkFilters(filterRaw(get), KNOWN);
      const { view, lang, sort, screen } = checkSettings(get);
      for (const l of LANGS) {
        const m = MESSAGES[l];
        const s = SCREEN_MESSAGES[l].screen;
        const notices = [
          m.filters.rejected([...filters, ...(sort ? [sort] : [])].join(m.sep.clause)), m.views.rejected(view ?? ''),
          m.badLangParam(lang ?? ''), ...screen.rejected.map((x) => s.badParam(x)),
          s.clamped(screen.clamped?.from ?? '', String(screen.clamped?.to), String(MIN_INTERVAL), String(MAX_INTERVAL)),
        ];
        for (const n of notices) expect(n.length < 2500 && WELL_FORMED.test(n), n.slice(0, 200)).toBe(true);
      }
    }), RUNS);
  }, TIMEOUT);
});

describe('a link the app wrote', () => {
  const some = <T>(xs: readonly T[]) => fc.shuffledSubarray([...xs], { minLength: 1 });
  const wan = fc.integer({ min: 0, max: 999_999_999_999 });
  const selection: fc.Arbitrary<ProjectSelection> = fc.record({
    category: some(DEMO_CATEGORIES), stage: some(STAGES), status: some(SCHEDULE_STATUSES), park: some(ids(KNOWN.parks)), unit: some(ids(KNOWN.units)),
    min: wan, max: wan, q: fc.string({ unit: 'grapheme', maxLength: 100 }).map((q) => q.trim()).filter((q) => q !== '' && q.length <= 100),
  }, { requiredKeys: [] }).map((f) => (f.min !== undefined && f.max !== undefined && f.max < f.min ? { ...f, min: f.max, max: f.min } : f));
  const sort = fc.option(fc.record({ key: fc.constantFrom(...SORT_KEYS), dir: fc.constantFrom('asc' as const, 'desc' as const) }), { nil: undefined });

  it('opens on the same selection, sort, view, language, project and screen, with nothing reported', () => {
    fc.assert(fc.property(selection, sort, fc.constantFrom(...VIEWS), fc.constantFrom(...LANGS), fc.constantFrom(...SCREEN_PANELS),
      fc.integer({ min: MIN_INTERVAL, max: MAX_INTERVAL }), fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/),
      (filters, s, view, lang, panel, interval, id) => {
        const get = open(searchWith(serializeFilters(filters), {
          sort: sortParamOf(s), view: viewParamOf(view), lang: langParamOf(lang), mode: 'screen', panel, interval: String(interval), project: id,
        }));
        expect(parseFilterParams(filterRaw(get), KNOWN)).toEqual({ filters, rejected: [], fixes: {} });
        expect(parseSortParam(get('sort'))).toEqual({ rejected: null, ...(s ? { sort: s } : {}) });
        expect(parseViewParam(get('view'), VIEW_IDS)).toEqual({ view, rejected: null });
        expect(parseLangParam(get('lang'))).toEqual({ lang, rejected: null });
        expect(parseScreen({ panel: get('panel'), interval: get('interval') })).toEqual({ panel, interval, rejected: [], clamped: null, fixes: {} });
        expect(PROJECT_ID_FORM.test(get('project') ?? '') && get('project') === id).toBe(true);
      }), RUNS);
  }, TIMEOUT);
});
