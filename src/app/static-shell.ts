/**
 * The header as plain HTML, put into index.html at build time so the first paint does not wait for
 * the JavaScript (a phone on a slow network sees the title, date and source at once). React renders
 * the same markup over it (app-header.tsx), so nothing moves when it takes over.
 */
import { formatDate } from '../lib/format.ts';
import { MESSAGES } from '../lib/i18n.ts';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function staticShell({ demo, asOf }: { demo: boolean; asOf: string }): string {
  const m = MESSAGES.zh;
  return [
    '<header class="app-header"><div class="app-header-text">',
    `<h1>${escape(m.appTitle)}</h1>`,
    `<p class="meta" data-provenance="documented"><span class="as-of">${escape(m.asOf(formatDate(asOf, 'zh')))}</span><span class="source">${escape(m.source)}</span></p>`,
    '</div><div class="app-header-actions" aria-hidden="true">',
    `<span class="button">${escape(m.switchLang)}</span><span class="button">${escape(m.darkMode)}</span></div>`,
    demo ? `<p class="demo-note">${escape(m.demoNote)}</p>` : '',
    '</header>',
  ].join('');
}
