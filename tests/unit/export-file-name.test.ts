/**
 * File names of exported charts (src/lib/export/file-name.ts): what, which filters and the data's date, with
 * nothing a file system rejects or a reader could be fooled by, within a byte budget every system accepts.
 */
import { describe, expect, it } from 'vitest';
import { HOSTILE_NAMES } from '../../mocks/hostile';
import { exportFileName, truncateBytes } from '../../src/lib/export/file-name';

const asOf = '2024-05-30';
const bytes = (s: string) => new TextEncoder().encode(s).length;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('exportFileName', () => {
  it('says which zone, what, which filters and the data\'s date, with the extension asked for', () => {
    expect(exportFileName({ zone: '豫东南高新区', what: '项目投资', asOf, ext: 'png' })).toBe('豫东南高新区-项目投资-20240530.png');
    expect(exportFileName({ zone: '豫东南高新区', what: '项目：按类别与阶段', filters: '新基建-在建', asOf, ext: 'svg' })).toBe('豫东南高新区-项目：按类别与阶段-新基建-在建-20240530.svg');
    expect(exportFileName({ zone: 'Yudongnan HTZ', what: 'Investment', filters: '', asOf: '2024-05-30T08:00:00+08:00', ext: 'csv' })).toBe('Yudongnan HTZ-Investment-20240530.csv');
  });

  it('removes path climbing, reserved, control and bidi characters', () => {
    expect(exportFileName({ zone: '../../etc', what: 'a:b*c?d"e<f>g|h', filters: 'x\u202Egnp.exe\u0000\u001f\u007f\u2066y', asOf, ext: 'png' }))
      .toBe('etc-abcdefgh-xgnp.exey-20240530.png');
    expect(exportFileName({ zone: '..\\..\\', what: '\n\t', asOf, ext: 'png' })).toBe('20240530.png');
  });

  it('never starts with a dot or ends the name part in a dot or space', () => {
    expect(exportFileName({ zone: ' .hidden', what: 'chart. ', asOf, ext: 'png' })).toBe('hidden-chart-20240530.png');
    expect(exportFileName({ zone: '.', what: '...', filters: ' . ', asOf, ext: 'svg' })).toBe('20240530.svg');
  });

  it('caps the name at 200 UTF-8 bytes, keeping the date and extension and whole characters', () => {
    for (const filler of ['😀', '在建', 'x', 'é']) {
      for (const ext of ['png', 'svg', 'csv'] as const) {
        const name = exportFileName({ zone: '豫东南高新区', what: '项目投资', filters: filler.repeat(300), asOf, ext });
        expect(bytes(name)).toBeLessThanOrEqual(200);
        expect(bytes(name)).toBeGreaterThan(190);
        expect(name).toMatch(new RegExp(`^豫东南高新区-项目投资-.+-20240530\\.${ext}$`));
        expect(name).not.toMatch(LONE_SURROGATE);
      }
    }
  });
});

describe('truncateBytes', () => {
  it('cuts between code points, within the budget', () => {
    expect(truncateBytes('a😀b', 4)).toBe('a');
    expect(truncateBytes('a😀b', 5)).toBe('a😀');
    expect(truncateBytes('在建', 5)).toBe('在');
    expect(truncateBytes('abc', 0)).toBe('');
  });
});

describe('exportFileName with every string of ?scenario=hostile in every part', () => {
  it.each(HOSTILE_NAMES.map((name) => [name.slice(0, 24), name]))('%s', (_label, name) => {
    for (const ext of ['png', 'svg', 'csv'] as const) {
      const file = exportFileName({ zone: name, what: name, filters: name, asOf, ext });
      // eslint-disable-next-line no-control-regex -- control characters are what a file name must not hold
      expect(file).not.toMatch(/[/\\:*?"<>|\u0000-\u001f\u200b-\u200f\u202a-\u202e\u2060\ufeff]/);
      expect(file).not.toMatch(LONE_SURROGATE);
      expect(bytes(file)).toBeLessThanOrEqual(200);
      expect(file.endsWith(`-20240530.${ext}`)).toBe(true);
      // A browser or a slide tool may put the name in a URL: that must not throw (a lone surrogate would).
      expect(() => encodeURIComponent(file)).not.toThrow();
    }
  });
});
