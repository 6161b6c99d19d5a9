/**
 * The header as plain HTML, put into index.html at build time so the first paint does not wait for
 * the JavaScript (a phone on a slow network sees the title, date and source at once). React renders
 * the same markup over it (app-header.tsx), so nothing moves when it takes over.
 *
 * Each text is there in every language: the inline script in index.html sets <html lang> from ?lang
 * before the body is parsed, and styles.css hides the other language's text, so ?lang=en paints English
 * from the first frame.
 */
import type { Source } from '../contract/schemas/common.ts';
import { formatDate, type Lang } from '../lib/format.ts';
import { LANGS, MESSAGES, type Messages } from '../lib/i18n/index.ts';
import { sourceLine } from '../lib/source-line.ts';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One span per language; only the page language's is displayed. */
const inEvery = (pick: (m: Messages, lang: Lang) => string) =>
  LANGS.map((lang) => `<span data-shell-lang="${lang}">${escape(pick(MESSAGES[lang], lang))}</span>`).join('');

/**
 * `snapshot`: the demo data's date and source, which the header shows until the data answers (the same words as
 * app-header.tsx). A live build has none: its header waits for the service rather than show a date it has not read.
 */
export function staticShell({ demo, snapshot }: { demo: boolean; snapshot?: { asOf: string; source: Source } }): string {
  const meta = snapshot
    ? `<span class="as-of">${inEvery((m, lang) => m.asOf(formatDate(snapshot.asOf, lang)))}</span><span class="source">${inEvery((m, lang) => m.sourceOf(sourceLine(snapshot.source, lang)))}</span>`
    : '<span class="as-of"></span>';
  return [
    // data-static-shell: a ?mode=screen link hides it (index.html's script marks <html>) rather than flash the page's header.
    '<header class="app-header" data-static-shell><div class="app-header-text">',
    `<h1>${inEvery((m) => m.appTitle)}</h1>`,
    `<p class="meta" data-provenance="documented">${meta}</p>`,
    '</div><div class="app-header-actions" aria-hidden="true">',
    `<span class="button">${inEvery((m) => m.screenMode)}</span><span class="button">${inEvery((m) => m.print.printBrief)}</span>`,
    `<span class="button">${inEvery((m) => m.switchLang)}</span><span class="button">${inEvery((m) => m.darkMode)}</span></div>`,
    demo ? `<p class="demo-note">${inEvery((m) => m.demoNote)}</p>` : '',
    '</header>',
  ].join('');
}
