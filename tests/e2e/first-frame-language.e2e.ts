// Journey: a reader opens a shared English link (?lang=en). The very first frame is English: the static
// header put into index.html at build time holds both languages and the inline script in <head> sets
// <html lang> before the body is parsed. Chinese characters may appear only where they are the letter's own
// words (<q>, “…”), the zone's Chinese name, or the switch back to 中文. The same rule holds for the header
// and the KPI strip once the app has rendered.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { ROOT } from './lib/build.mjs';
import { EXPECT } from './lib/expectations.mjs';
import { DESKTOP, MOBILE, openJourney, unexpectedProblems, withQuery } from './lib/page';
import { expectKpis, expectShell, normaliseText, useBrowser } from './lib/steps';

/** Longest first, so the short form does not leave the rest of the long one behind. */
const ALLOWED = ['豫东南高新技术产业开发区', '豫东南高新区', '中文'];
// CJK ideographs, radicals, CJK punctuation (、。「」) and full-width forms (（），：).
const CJK = /[\u2e80-\u2fdf\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+/g;

/** Each run of Chinese left once quotes and allowed names are taken out, with a little context. */
function chineseLeft(text: string, quoted: readonly string[] = []): string[] {
  let rest = normaliseText(text);
  for (const q of quoted) rest = rest.split(normaliseText(q)).join(' ');
  rest = rest.replace(/“[^”]*”/g, ' ');
  for (const name of ALLOWED) rest = rest.split(name).join(' ');
  return [...rest.matchAll(CJK)].map((m) => rest.slice(Math.max(0, (m.index ?? 0) - 20), (m.index ?? 0) + m[0].length + 20));
}

interface Snapshot { text: string; quoted: string[]; lang: string; title: string; reactRendered: boolean }
declare global {
  interface Window { __firstFrame?: Snapshot; __domContentLoaded?: Snapshot }
}

/**
 * Runs before any of the page's scripts: takes the document's text on the first animation frame that has any
 * (what is first painted) and at DOMContentLoaded. No routes, no delays: the page loads as a reader's would.
 */
function captureEarlyText() {
  const snap = (): Snapshot => ({
    text: document.body.innerText,
    quoted: [...document.querySelectorAll('q')].map((q) => (q as HTMLElement).innerText),
    lang: document.documentElement.lang,
    title: document.title,
    reactRendered: !!document.querySelector('.skip-link'),
  });
  const frame = () => {
    if (document.body && document.body.innerText.trim()) window.__firstFrame = snap();
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  document.addEventListener('DOMContentLoaded', () => { window.__domContentLoaded = snap(); });
}

const textOf = (target: Locator) => target.evaluate((el: HTMLElement) => ({
  text: el.innerText,
  quoted: [...el.querySelectorAll('q')].map((q) => (q as HTMLElement).innerText),
}));

describe('first frame in the link\'s language', () => {
  const browser = useBrowser();

  for (const viewport of [DESKTOP, MOBILE]) {
    const size = `${viewport.width}×${viewport.height}`;

    it(`?lang=en paints English from the first frame, and stays English once rendered, at ${size}`, async () => {
      const url = withQuery(inject('demoUrl'), { lang: 'en' });
      const journey = await openJourney(browser(), url, viewport, {
        beforeLoad: async (context) => { await context.addInitScript(captureEarlyText); },
      });
      const { page } = journey;
      const early = await page.evaluate(() => ({ first: window.__firstFrame, dcl: window.__domContentLoaded }));

      // The first frame is index.html's own header, before React has rendered anything: that is what is tested.
      expect(early.first?.reactRendered, 'first frame drawn from the static header').toBe(false);
      for (const [moment, snap] of Object.entries(early)) {
        expect(snap, `${moment} captured`).toBeTruthy();
        if (!snap) continue;
        expect(snap.lang, `${moment}: <html lang>`).toBe('en');
        expect(snap.title, `${moment}: <title>`).toMatch(EXPECT.en.title);
        expect(snap.text, `${moment}: the header is there`).toMatch(EXPECT.en.title);
        expect(normaliseText(snap.text), `${moment}: as-of date`).toContain(EXPECT.en.asOf);
        expect(chineseLeft(snap.text, snap.quoted), `${moment}: Chinese UI text`).toEqual([]);
      }

      await expectShell(page, EXPECT.en);
      await expectKpis(page, EXPECT.en);
      const header = await textOf(page.getByRole('banner'));
      expect(chineseLeft(header.text, header.quoted), 'header after render').toEqual([]);
      const kpis = await textOf(page.getByRole('region', { name: EXPECT.en.kpiRegion }));
      expect(chineseLeft(kpis.text, kpis.quoted), 'KPI region after render').toEqual([]);
      expect(await page.title()).toMatch(EXPECT.en.title);

      expect(unexpectedProblems(journey.problems)).toEqual([]);
      await journey.close();
    });
  }

  it('without ?lang the first frame is Chinese, with no English header text', async () => {
    const journey = await openJourney(browser(), inject('demoUrl'), DESKTOP, {
      beforeLoad: async (context) => { await context.addInitScript(captureEarlyText); },
    });
    const dcl = await journey.page.evaluate(() => window.__domContentLoaded);
    expect(dcl?.lang).toBe(EXPECT.zh.htmlLang);
    expect(dcl?.title).toMatch(EXPECT.zh.title);
    expect(normaliseText(dcl?.text ?? '')).toContain(EXPECT.zh.asOf);
    expect(dcl?.text).not.toMatch(EXPECT.en.title);
    expect(dcl?.text).not.toContain(EXPECT.en.theme);
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });

  it('the built page keeps the inline script byte for byte, so the README\'s CSP hash allows it', async () => {
    const html = await (await fetch(inject('demoUrl'))).text();
    const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    expect(scripts).toHaveLength(1);
    const hash = `sha256-${createHash('sha256').update(scripts[0] ?? '', 'utf8').digest('base64')}`;
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(`'${hash}'`);
  });
});
