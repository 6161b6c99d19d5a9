/**
 * The browser-floor scan (tests/budget/floor-check.mjs) on planted code: it must catch calls newer than
 * Chrome 87 / Safari 14 in minified-looking code, stay quiet on code the floor runs, and take an allow-list
 * entry only with a reason. The real build is scanned by `node tests/budget/floor-check.mjs` in CI.
 */
import { describe, expect, it } from 'vitest';
import { FLOOR_APIS } from '../budget/floor-apis.mjs';
import { FLOOR_ALLOW } from '../budget/floor-allow.mjs';
import { aboveFloor, scanFloorDetailed, scanForFloor, validateAllow } from '../budget/floor-check.mjs';

const file = (code: string, name = 'assets/index-abc123.js') => [{ name, code }];
const apisIn = (code: string) => scanForFloor(file(code), FLOOR_APIS).map((f) => f.api);

describe('scanForFloor catches APIs newer than the floor', () => {
  it.each([
    ['structuredClone', 'let t=structuredClone(x);return t', 'structuredClone'],
    ['Object.hasOwn', 'function G(a,b){return Object.hasOwn(a,b)?a[b]:void 0}', 'Object.hasOwn'],
    ['NumberFormat roundingMode', "const f=new Intl.NumberFormat('zh',{roundingMode:'halfExpand'});", 'Intl.NumberFormat v3 options (roundingMode, roundingIncrement, trailingZeroDisplay, roundingPriority)'],
    ['findLast', 'let r=a.findLast(e=>e.ok);', 'Array.prototype.findLast/findLastIndex'],
    ['findLastIndex', 'let r=a.findLastIndex(e=>e.ok);', 'Array.prototype.findLast/findLastIndex'],
    ['.at()', 'return e.at(-1)', 'Array/String.prototype.at'],
    ['Promise.withResolvers', 'let{promise:p,resolve:r}=Promise.withResolvers();', 'Promise.withResolvers'],
    ['toSorted', 'return n.toSorted((a,b)=>a-b)', 'Array.prototype.toSorted/toReversed/toSpliced'],
    ['Intl.Segmenter (Safari 14.1)', 'new Intl.Segmenter(`zh`,{granularity:`word`})', 'Intl.Segmenter'],
    ['dateStyle (Safari 14.1)', 'new Intl.DateTimeFormat(`zh`,{dateStyle:`long`})', 'Intl.DateTimeFormat dateStyle/timeStyle'],
    ['formatRange', 'f.formatRange(1,2)', 'Intl formatRange/formatRangeToParts'],
    [':has() in a selector string', 'document.querySelector(`li:has(> a)`)', 'CSS :has() selector'],
    ['crypto.randomUUID', 'const id=crypto.randomUUID()', 'crypto.randomUUID'],
    ['requestIdleCallback (never in Safari)', 'requestIdleCallback(()=>go())', 'requestIdleCallback'],
  ])('%s', (_label, code, api) => {
    expect(apisIn(code)).toContain(api);
  });

  it('finds :is()/:where() in a selector string, not in minified JS that looks like one', () => {
    expect(apisIn('document.querySelector(":is(h2, h3)")')).toContain('CSS :is()/:where() selector');
    expect(apisIn('el.matches(`li :where(.a)`)')).toContain('CSS :is()/:where() selector');
    expect(apisIn('switch(t.tag){case 5:is(t);break}')).not.toContain('CSS :is()/:where() selector');
    expect(apisIn('var r=a?b:is(c);var o={k:where(d)}')).not.toContain('CSS :is()/:where() selector');
  });

  it('reports file, API, versions and the code around the hit', () => {
    const [finding] = scanForFloor(file('var a=1;'.repeat(20) + 'let t=structuredClone(x);' + 'var b=2;'.repeat(20), 'assets/chunk-x.js'), FLOOR_APIS);
    expect(finding).toMatchObject({ file: 'assets/chunk-x.js', api: 'structuredClone', chrome: 98, safari: 15.4, line: 1 });
    expect(finding?.snippet).toContain('let t=structuredClone(x)');
    expect(finding?.snippet.length).toBeLessThanOrEqual(80);
  });

  it('reports every use, in every file', () => {
    const files = [{ name: 'a.js', code: 'structuredClone(a);structuredClone(b)' }, { name: 'b.js', code: 'Object.hasOwn(a,b)' }];
    expect(scanForFloor(files, FLOOR_APIS).map((f) => `${f.file} ${f.api}`)).toEqual(['a.js structuredClone', 'a.js structuredClone', 'b.js Object.hasOwn']);
  });
});

describe('scanForFloor passes code the floor runs', () => {
  it.each([
    ['plain ES2020 and older built-ins', 'const o=Object.fromEntries(Object.entries(a).map(([k,v])=>[k,v*2]));let s=t.replaceAll(`a`,`b`);Promise.allSettled(p).then(()=>a.flat().includes(1));'],
    ['Intl the floor has', "new Intl.NumberFormat('zh-CN',{maximumFractionDigits:1,useGrouping:n>=1e4}).format(x);new Intl.DateTimeFormat('en',{year:'numeric'}).formatToParts(d);new Intl.RelativeTimeFormat('zh').format(-1,'day')"],
    ['a spread of a call to a function named at', 'return{...at(r.rate,r.share),k:1}'],
    ['old selectors', "document.querySelectorAll('li:not(.x) > a:first-child, [data-x=\"1\"]')"],
    ['hasOwnProperty', 'Object.prototype.hasOwnProperty.call(a,b)'],
  ])('%s', (_label, code) => {
    expect(scanForFloor(file(code), FLOOR_APIS)).toEqual([]);
  });

  it('judges versions against the floor: Chrome 87 / Safari 14 features are not findings', () => {
    expect(aboveFloor({ name: 'x', pattern: /x/, chrome: 87, safari: 14 })).toBe(false);
    expect(aboveFloor({ name: 'x', pattern: /x/, chrome: 88, safari: 14 })).toBe(true);
    expect(aboveFloor({ name: 'x', pattern: /x/, chrome: 87, safari: 14.1 })).toBe(true);
    expect(aboveFloor({ name: 'x', pattern: /x/, chrome: 47, safari: null })).toBe(true);
  });
});

describe('the allow-list', () => {
  const hasOwn = 'function G(a,b){return Object.hasOwn(a,b)?a[b]:void 0}';

  it('an entry with a reason moves the hit from findings to allowed', () => {
    const allow = [{ api: 'Object.hasOwn', reason: 'polyfilled by src/lib/polyfills.ts before anything runs' }];
    const scan = scanFloorDetailed(file(hasOwn), FLOOR_APIS, allow);
    expect(scan.findings).toEqual([]);
    expect(scan.allowed).toEqual([expect.objectContaining({ api: 'Object.hasOwn', reason: allow[0]!.reason })]);
    expect(scan.unusedAllow).toEqual([]);
  });

  it('an entry without a reason (or with an empty one) is refused', () => {
    expect(() => scanForFloor(file(hasOwn), FLOOR_APIS, [{ api: 'Object.hasOwn' } as never])).toThrow(/reason/);
    expect(() => scanForFloor(file(hasOwn), FLOOR_APIS, [{ api: 'Object.hasOwn', reason: '  ' }])).toThrow(/reason/);
  });

  it('an entry must name an API from the list', () => {
    expect(() => validateAllow([{ api: 'Object.hasOwnn', reason: 'a typo must not allow everything' }], FLOOR_APIS)).toThrow(/floor-apis/);
  });

  it('`near` and `file` limit an entry to the uses it was written for', () => {
    const guarded = 'if(typeof Intl.ListFormat==`function`){f=new Intl.ListFormat(`zh`,{type:`conjunction`})}';
    const bare = 'f=new Intl.ListFormat(`zh`,{type:`conjunction`})';
    const allow = [{ api: 'Intl.ListFormat', near: /typeof Intl\.ListFormat==["'`]function["'`]/, reason: 'feature-tested where it is called' }];
    expect(scanForFloor(file(guarded), FLOOR_APIS, allow)).toEqual([]);
    expect(scanForFloor(file(bare), FLOOR_APIS, allow).map((f) => f.api)).toEqual(['Intl.ListFormat']);

    const byFile = [{ api: 'crypto.randomUUID', file: /mockServiceWorker\.js$/, reason: 'never registered in production builds' }];
    const code = 'const id=crypto.randomUUID()';
    expect(scanForFloor(file(code, 'mockServiceWorker.js'), FLOOR_APIS, byFile)).toEqual([]);
    expect(scanForFloor(file(code, 'assets/index-x.js'), FLOOR_APIS, byFile)).toHaveLength(1);
  });

  it('reports entries that matched nothing', () => {
    const allow = [{ api: 'structuredClone', reason: 'a stale entry for a dependency that no longer uses it' }];
    expect(scanFloorDetailed(file('let a=1'), FLOOR_APIS, allow).unusedAllow).toEqual(allow);
  });

  it('the checked-in allow-list is valid, and no entry allows an API everywhere unless it is polyfilled', () => {
    expect(() => validateAllow(FLOOR_ALLOW, FLOOR_APIS)).not.toThrow();
    const everywhere = FLOOR_ALLOW.filter((entry) => !entry.file && !entry.near);
    for (const entry of everywhere) expect(entry.reason).toMatch(/polyfill/);
  });

  it('the API list itself is well formed', () => {
    const names = FLOOR_APIS.map((api) => api.name);
    expect(new Set(names).size).toBe(names.length);
    for (const api of FLOOR_APIS) {
      expect(api.pattern).toBeInstanceOf(RegExp);
      expect(aboveFloor(api), `${api.name} is not newer than the floor`).toBe(true);
    }
  });
});
