// Checks for the "Honest figures" rule, shared by honest-figures.e2e.ts and its negative controls.
// Each check returns a list of readable offences (empty = honest), so a journey asserts `toEqual([])`
// and a failure prints every offender at once; the negative controls assert the same lists catch
// planted offences. The in-page parts are plain functions handed to page.evaluate: self-contained,
// arrow functions only (they are serialised into the browser).
import type { Page } from 'playwright-core';
import { letter, quotedRuns } from '../../lib/letter';

/** No-break spaces (U+00A0, U+202F) read as ordinary spaces. */
export const normaliseSpaces = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

export const simplifiedLetter = (): string => letter;

// ---------------------------------------------------------------------------------------------
// 1. Real names never share a record or an element with an illustrative number.

export interface NameCheckArgs {
  name: string;
  /** Latin names match case-insensitively. */
  latin: boolean;
  /** Keys (section|own text) of the elements naming `name` before the search; null = do not compare. */
  before: string[] | null;
}

export interface NameCheckResult {
  /** section|own text of every element whose own text contains the name (a multiset, as a list). */
  keys: string[];
  /** (a): an element naming the name, or its record, shows an illustrative number. */
  sharing: string[];
  /** (b): an element naming the name that the search added, next to an illustrative number. */
  added: string[];
}

/**
 * Runs in the page. An element "names" the name when its own text (its direct text nodes, joined)
 * contains it; hidden text (tooltips) counts, as a screen reader or a tap shows it.
 * (a) The element and its record (closest li, tr, article, section .list-item, tooltip, dialog) must
 *     not carry [data-provenance=illustrative], and must not contain a digit while inside one.
 * (b) Elements the search added (not in `before`) get the same test over a wider neighbourhood:
 *     their record, or failing that their whole section (a chart panel), which must then show no
 *     number while it is, or holds, an illustrative block.
 */
export const nameCheckInPage = ({ name, latin, before }: NameCheckArgs): NameCheckResult => {
  // A row of a data table is a record; the print frame's layout table (role="presentation", around the whole
  // page) is not, or every name on the page would share a "record" with every number.
  const RECORD = 'li, table:not([role="presentation"]) > * > tr, article, section .list-item, [role="tooltip"], dialog, [role="dialog"]';
  const ILLUSTRATIVE = '[data-provenance="illustrative"]';
  const DIGIT = /[0-9\uff10-\uff19]/;
  const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
  const needle = latin ? name.toLowerCase() : name;
  const names = (s: string) => (latin ? norm(s).toLowerCase() : norm(s)).includes(needle);
  const ownText = (el: Element) => Array.from(el.childNodes)
    .filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('');
  const sectionOf = (el: Element) => {
    const section = el.closest('section, [role="region"], header, footer, dialog');
    if (!section) return 'page';
    const labelId = section.getAttribute('aria-labelledby');
    const label = (labelId && document.getElementById(labelId)?.textContent)
      || section.getAttribute('aria-label') || section.tagName.toLowerCase();
    return norm(label).trim().slice(0, 40);
  };
  const show = (el: Element) => `<${el.tagName.toLowerCase()}> "${norm(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 220)}"`;
  const offence = (el: Element): string | null => {
    if (el.matches(ILLUSTRATIVE) || el.querySelector(ILLUSTRATIVE)) return 'carries an illustrative figure';
    if (el.closest(ILLUSTRATIVE) && DIGIT.test(el.textContent ?? '')) return 'holds a number inside an illustrative block';
    return null;
  };

  const elements: Element[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    if (el.closest('script, style, noscript, template')) continue;
    if (names(ownText(el))) elements.push(el);
  }
  const keyOf = (el: Element) => `${sectionOf(el)}|${norm(ownText(el)).replace(/\s+/g, ' ').trim()}`;
  const keys = elements.map(keyOf);

  const sharing: string[] = [];
  for (const el of elements) {
    const record = el.closest(RECORD);
    for (const [what, target] of [['element', el], ['record', record]] as const) {
      if (!target) continue;
      const why = offence(target);
      if (why) sharing.push(`«${name}» in ${sectionOf(el)}: ${what} ${why}: ${show(target)}`);
    }
  }

  const added: string[] = [];
  if (before) {
    const left = new Map<string, number>();
    for (const key of before) left.set(key, (left.get(key) ?? 0) + 1);
    elements.forEach((el, i) => {
      const key = keys[i] ?? '';
      const count = left.get(key) ?? 0;
      if (count > 0) { left.set(key, count - 1); return; }
      const record = el.closest(RECORD);
      const around = record ?? el.closest('section') ?? el;
      // A record is judged as in (a); a whole section only when it shows an illustrative number.
      const near = (scope: Element) => ((scope.closest(ILLUSTRATIVE) || scope.querySelector(ILLUSTRATIVE))
        && DIGIT.test(scope.textContent ?? '') ? 'is next to an illustrative number' : null);
      const why = offence(el) ?? (record ? offence(record) : near(around));
      if (why) added.push(`«${name}» added by the search in ${sectionOf(el)}: ${why}: ${show(around)}`);
    });
  }
  return { keys, sharing, added };
};

// ---------------------------------------------------------------------------------------------
// 2. Every number on screen says its provenance.

/**
 * Runs in the page: text with a digit in main/header that no [data-provenance] ancestor covers.
 * Exempt: the reading guide's rule ([data-rule], the app's thresholds) and [role=status] notices.
 * Visually hidden text is not exempt: a screen reader reads it as a figure like any other.
 */
export const unmarkedDigitsInPage = (): string[] => {
  const DIGIT = /[0-9\uff10-\uff19]/;
  const seen = new Set<Node>();
  const offenders: string[] = [];
  for (const scope of Array.from(document.querySelectorAll('main, header'))) {
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (seen.has(node)) continue;
      seen.add(node);
      const text = (node.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');
      const parent = node.parentElement;
      if (!parent || !DIGIT.test(text)) continue;
      if (parent.closest('script, style, noscript, template, [data-rule], [role="status"], [data-provenance]')) continue;
      const block = parent.closest('li, table:not([role="presentation"]) > * > tr, p, article, section, figure, div') ?? parent;
      const context = (block.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 160);
      offenders.push(`"${text.trim()}" in <${parent.tagName.toLowerCase()}> (context: "${context}")`);
    }
  }
  return offenders;
};

// ---------------------------------------------------------------------------------------------
// 3. The as-stated view of a figure.

/**
 * Opens the figure's popover as a reader would (a mouse hover; failing that, focus and a click, which pins
 * it) and returns its first row, spaces normalised, and whether it showed. The popover is a lazy chunk, so
 * it gets a few seconds. The screen-reader description (aria-describedby, visually hidden) must read the
 * same: when it does not, `row` says so, so a figure is as stated only if both agree. Closes it after.
 */
export async function asStatedRow(page: Page, region: string, value: string): Promise<{ visible: boolean; row: string }> {
  const button = page.getByRole('region', { name: region, exact: true }).getByRole('button', { name: value, exact: true });
  const popover = page.getByRole('dialog', { name: value, exact: true });
  const shows = (timeout: number) => popover.waitFor({ state: 'visible', timeout }).then(() => true, () => false);
  await button.scrollIntoViewIfNeeded();
  await button.hover();
  if (!await shows(3_000)) {
    await button.focus();
    await button.click();
  }
  const visible = await shows(5_000);
  const shown = visible ? await popover.locator('.tip-row').first().textContent() : null;
  const tipId = await button.getAttribute('aria-describedby');
  const described = tipId
    ? await page.locator(`[id="${tipId}"]`).evaluate((el) => (el.firstElementChild ?? el).textContent ?? '')
    : null;
  if (visible) {
    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => {});
  }
  const row = normaliseSpaces(shown ?? '').trim();
  if (shown === null) return { visible, row: '(the figure opened no popover)' };
  if (described === null) return { visible, row: '(figure has no aria-describedby description)' };
  const spoken = normaliseSpaces(described).trim();
  return { visible, row: spoken === row ? row : `popover "${row}" but description "${spoken}"` };
}

// ---------------------------------------------------------------------------------------------
// 4. Only letter strings go in quotation marks.

export interface QuotedSources {
  /** textContent of every <q>. */
  q: string[];
  /** document.body.innerText (what a reader sees; CSS-generated quotes of <q> are not in it). */
  body: string;
  /** textContent of every [role=tooltip], shown or not. */
  tooltips: string[];
}

export const quotedSourcesInPage = (): QuotedSources => ({
  q: Array.from(document.querySelectorAll('q')).map((el) => el.textContent ?? ''),
  body: document.body.innerText,
  tooltips: Array.from(document.querySelectorAll('[role="tooltip"]')).map((el) => el.textContent ?? ''),
});

/**
 * The strings a text puts in quotation marks, line by line, with the parser the seed test uses (outermost
 * “…”, ‘…’ outside them, apostrophes skipped). A line whose marks do not pair up is returned as `unclosed: …`.
 */
export function quotedSpans(text: string): string[] {
  return normaliseSpaces(text).split(/\r?\n/).flatMap((line) => {
    const { runs, unbalanced } = quotedRuns(line);
    return unbalanced ? [...runs, `unclosed: ${line}`] : runs;
  });
}

/** Every quoted string of the page that is not verbatim in the Simplified letter, labelled by origin. */
export function quotesNotInLetter(sources: QuotedSources, letter = simplifiedLetter()): string[] {
  const offenders = new Set<string>();
  const check = (where: string, quote: string) => {
    const text = normaliseSpaces(quote);
    if (text.startsWith('unclosed: ') || !letter.includes(text)) offenders.add(`${where}: ${text.startsWith('unclosed: ') ? text : `“${text}”`}`);
  };
  sources.q.forEach((quote) => check('<q>', quote));
  quotedSpans(sources.body).forEach((quote) => check('page text', quote));
  sources.tooltips.forEach((tip) => quotedSpans(tip).forEach((quote) => check('tooltip', quote)));
  return [...offenders];
}
