// @vitest-environment node
/**
 * The big-screen mode's URL (`?mode=screen&panel=…&interval=…`) judged as a link opener would meet it: what
 * shows, what is reported, and what the URL is corrected to; the way back; the stage's scale; and the mode's own
 * dictionary, which follows the main one's rules (English typed by Chinese, no CJK in English, no shared keys).
 */
import { describe, expect, it } from 'vitest';
import { STAGE, stageScale } from '../../src/app/big-screen/use-stage-scale';
import { MESSAGES } from '../../src/lib/i18n';
import { SCREEN_MESSAGES } from '../../src/lib/i18n/screen';
import { exitScreenSearch, MAX_INTERVAL, MIN_INTERVAL, parseScreenParams, stepPanel } from '../../src/lib/screen-params';
import { SCREEN_PANEL_IDS as SCREEN_PANELS } from '../../src/app/big-screen/screen-panels';
const step = (current: (typeof SCREEN_PANELS)[number], by: number) => stepPanel(current, by, SCREEN_PANELS);

/** The parser over the app's registry of screen panels. */
const parseScreen = (raw: Parameters<typeof parseScreenParams>[0]) => parseScreenParams(raw, SCREEN_PANELS);

describe('parseScreenParams', () => {
  it('with nothing set shows the first panel and does not rotate', () => {
    expect(parseScreen({ panel: null, interval: null })).toEqual({ panel: 'overview', interval: null, rejected: [], clamped: null, fixes: {} });
    expect(parseScreen({})).toMatchObject({ panel: 'overview', interval: null, rejected: [] });
  });

  it('takes every named panel', () => {
    for (const panel of SCREEN_PANELS) expect(parseScreen({ panel })).toMatchObject({ panel, rejected: [], fixes: {} });
  });

  it('an unknown panel shows the first, is reported and removed from the URL', () => {
    expect(parseScreen({ panel: 'moon' })).toMatchObject({ panel: 'overview', rejected: ['panel=moon'], fixes: { panel: null } });
    // Ids are exact: a link must say what the screen will keep writing back.
    expect(parseScreen({ panel: 'Energy' })).toMatchObject({ panel: 'overview', rejected: ['panel=Energy'] });
    expect(parseScreen({ panel: 'x'.repeat(300) }).rejected[0]).toHaveLength('panel='.length + 41);
  });

  it('a whole number of seconds within 10–600 rotates at it, the URL untouched', () => {
    expect(parseScreen({ interval: '30' })).toMatchObject({ interval: 30, rejected: [], clamped: null, fixes: {} });
    expect(parseScreen({ interval: String(MIN_INTERVAL) }).interval).toBe(MIN_INTERVAL);
    expect(parseScreen({ interval: String(MAX_INTERVAL) }).interval).toBe(MAX_INTERVAL);
  });

  it('clamps a number outside 10–600, says so, and writes the used value back', () => {
    expect(parseScreen({ interval: '5' })).toMatchObject({ interval: 10, rejected: [], clamped: { from: '5', to: 10 }, fixes: { interval: '10' } });
    expect(parseScreen({ interval: '3600' })).toMatchObject({ interval: 600, clamped: { from: '3600', to: 600 }, fixes: { interval: '600' } });
  });

  it('rounds a decimal quietly (no notice), and tidies how it is written', () => {
    expect(parseScreen({ interval: '30.4' })).toMatchObject({ interval: 30, clamped: null, rejected: [], fixes: { interval: '30' } });
    expect(parseScreen({ interval: ' 45 ' })).toMatchObject({ interval: 45, clamped: null, fixes: { interval: '45' } });
  });

  it.each(['abc', '30s', '-5', '0', '1e3', 'NaN', 'Infinity', '0x20', '3,0'])('drops interval=%s, reports it, and does not rotate', (raw) => {
    expect(parseScreen({ interval: raw })).toMatchObject({ interval: null, rejected: [`interval=${raw}`], clamped: null, fixes: { interval: null } });
  });

  it('judges both at once and reports each', () => {
    expect(parseScreen({ panel: 'nope', interval: 'soon' })).toMatchObject({
      panel: 'overview', interval: null, rejected: ['panel=nope', 'interval=soon'], fixes: { panel: null, interval: null },
    });
  });
});

describe('stepPanel', () => {
  it('walks the panels in order and wraps around at both ends', () => {
    expect(SCREEN_PANELS[0]).toBe('overview');
    expect(step('overview', 1)).toBe(SCREEN_PANELS[1]);
    const last = SCREEN_PANELS[SCREEN_PANELS.length - 1] ?? 'overview';
    expect(step(last, 1)).toBe('overview');
    expect(step('overview', -1)).toBe(last);
    expect(step('overview', SCREEN_PANELS.length)).toBe('overview');
    const seen = new Set<string>();
    let at = step('overview', 0);
    for (let i = 0; i < SCREEN_PANELS.length; i += 1) { seen.add(at); at = step(at, 1); }
    expect([...seen]).toEqual([...SCREEN_PANELS]);
  });
});

describe('exitScreenSearch', () => {
  it('drops mode, panel and interval and keeps everything else, commas readable', () => {
    expect(exitScreenSearch('?mode=screen&panel=energy&interval=30&lang=en&category=new-infra,future-community'))
      .toBe('?lang=en&category=new-infra,future-community');
    expect(exitScreenSearch('?view=projects&mode=screen')).toBe('?view=projects');
    expect(exitScreenSearch('?mode=screen&panel=funds')).toBe('');
  });
});

describe('stageScale', () => {
  it('fits the 16:9 stage whole: the smaller ratio, the other side letterboxed', () => {
    expect(STAGE.width / STAGE.height).toBeCloseTo(16 / 9, 5);
    expect(stageScale(1920, 1080) * STAGE.width).toBeCloseTo(1920, 5);
    expect(stageScale(3840, 2160) * STAGE.height).toBeCloseTo(2160, 5);
    const s = stageScale(1366, 768);
    expect(s * STAGE.width).toBeLessThanOrEqual(1366);
    expect(s * STAGE.height).toBeCloseTo(768, 5);
    // A portrait phone: full width, black above and below.
    expect(stageScale(390, 844) * STAGE.width).toBeCloseTo(390, 5);
  });
});

/** Every leaf as "path: kind"; a message function is one leaf. */
function shape(value: unknown, path = ''): string[] {
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k));
  return [`${path}: ${typeof value}`];
}
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [String((value as (...a: string[]) => string)('2', '3', '4', '5'))];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('the big-screen dictionary (lazily loaded with the mode)', () => {
  it('follows the main dictionary\'s rules', () => {
    expect(shape(SCREEN_MESSAGES.en)).toEqual(shape(SCREEN_MESSAGES.zh));
    expect(shape(SCREEN_MESSAGES.zh).length).toBeGreaterThan(20);
    expect(strings(SCREEN_MESSAGES.en).filter((s) => /[\u3400-\u9fff]/.test(s.replace(/“[^”]*”/g, '')))).toEqual([]);
    expect(Object.keys(SCREEN_MESSAGES.zh).filter((k) => k in MESSAGES.zh)).toEqual([]);
  });

  it('names every panel in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      expect(Object.keys(SCREEN_MESSAGES[lang].screen.panels)).toEqual([...SCREEN_PANELS]);
    }
  });
});
