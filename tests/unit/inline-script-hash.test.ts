/**
 * index.html's one inline script (it sets <html lang> and the title from ?lang before the body paints) is
 * allowed by a CSP only by its hash, which the README publishes. Recomputed here so the two never drift, and
 * run as the browser would, in jsdom, for ?lang=en and for everything else.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { staticShell } from '../../src/app/static-shell';
import { MESSAGES } from '../../src/lib/i18n';
import { SOURCE } from '../../seeds/documented';

// A path, not a URL: under jsdom the global URL is jsdom's, which node:fs does not take.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');
const html = read('index.html');
const readme = read('README.md');

/** Bodies of <script> elements without a src: what script-src hashes cover. */
const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
const hashOf = (source: string) => `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;

describe('the inline script in index.html', () => {
  it('is one, and tiny', () => {
    expect(inlineScripts).toHaveLength(1);
    // The language and the theme (tests/unit/theme-store.test.ts runs its theme part).
    expect(inlineScripts[0]?.length).toBeLessThan(400);
  });

  it('has the sha256 the README gives for the CSP, and the README gives no other', () => {
    const published = [...readme.matchAll(/'(sha256-[A-Za-z0-9+/]+=*)'/g)].map((m) => m[1]);
    expect(published).toEqual([hashOf(inlineScripts[0] ?? '')]);
  });

  const run = (search: string) => {
    history.replaceState(null, '', `/${search}`);
    document.documentElement.lang = 'zh-CN';
    document.documentElement.setAttribute('data-title-en', /data-title-en="([^"]*)"/.exec(html)?.[1] ?? '');
    document.title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
    new Function(inlineScripts[0] ?? '')();
    return { lang: document.documentElement.lang, title: document.title };
  };
  afterEach(() => history.replaceState(null, '', '/'));

  it('sets English from ?lang=en, before any app code runs', () => {
    expect(run('?lang=en')).toEqual({ lang: 'en', title: MESSAGES.en.appTitle });
    expect(run('?x=1&lang=en')).toEqual({ lang: 'en', title: MESSAGES.en.appTitle });
  });

  it('leaves Chinese for no lang, lang=zh and values the app rejects', () => {
    for (const search of ['', '?lang=zh', '?lang=EN', '?lang=english', '?language=en']) {
      expect(run(search)).toEqual({ lang: 'zh-CN', title: MESSAGES.zh.appTitle });
    }
  });

  it("index.html's titles are the dictionaries' titles", () => {
    expect(/<title>([^<]*)<\/title>/.exec(html)?.[1]).toBe(MESSAGES.zh.appTitle);
    expect(/data-title-en="([^"]*)"/.exec(html)?.[1]).toBe(MESSAGES.en.appTitle);
  });
});

describe('the static header', () => {
  it('holds every language, each text marked with its language for the CSS to pick', () => {
    const shell = staticShell({ demo: true, snapshot: { asOf: '2024-05-30', source: SOURCE } });
    for (const lang of ['zh', 'en'] as const) {
      const m = MESSAGES[lang];
      for (const text of [m.appTitle, m.asOf(lang === 'zh' ? '2024年5月30日' : '30 May 2024'), m.switchLang, m.darkMode, m.demoNote]) {
        expect(shell).toContain(`<span data-shell-lang="${lang}">${text}</span>`);
      }
    }
    expect(shell.match(/data-shell-lang="zh"/g)?.length).toBe(shell.match(/data-shell-lang="en"/g)?.length);
  });

  it('styles.css shows only the page language of it', () => {
    const css = read('src/styles.css');
    expect(css).toContain(":root:lang(en) [data-shell-lang='zh'], :root:not(:lang(en)) [data-shell-lang='en'] { display: none; }");
  });
});
