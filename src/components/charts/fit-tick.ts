import { measureText, wrapText } from '@/lib/export/text-layout';

/** The most lines a category's name takes beside its bar: more would crowd the bars apart. */
export const TICK_LINES = 3;
const ELLIPSIS = '…';

/** User-perceived characters where the browser can tell (a ZWJ family is one), else code points (a pair stays whole). */
const characters = (text: string): string[] => (typeof Intl.Segmenter === 'function'
  ? Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment)
  : Array.from(text));

/** Ticks wrap only at spaces: "Industry–university–research" would run past the axis, so each dash gets one. */
export const breakAtDashes = (name: unknown) => String(name).replace(/([–—-])(?=\S)/g, '$1 ');

export interface FittedTick {
  text: string;
  /** Shortened: the whole name goes in the tick's title. */
  cut: boolean;
  /** A word wider than the axis (a name with no spaces, a URL): break anywhere rather than run off the chart's edge. */
  breakAll: boolean;
}

/**
 * A category's name as it fits `lines` lines of `width` px, by the export's generous width estimate (no layout
 * needed, so the same in a test): as it is if it fits, else cut with an ellipsis. recharts breaks a tick only
 * at spaces and never shortens it, so a 500-character name ran off the chart's left edge, clipped.
 */
export function fitTick(label: string, size: number, width: number, lines = TICK_LINES): FittedTick {
  if (!(width > size)) return { text: label, cut: false, breakAll: false };
  const breakAll = label.split(/\s+/).some((word) => measureText(word, size) > width);
  if (wrapText(label, size, width).length <= lines) return { text: label, cut: false, breakAll };
  // Room for the lines, less about a character a line lost where it breaks, less the ellipsis.
  const budget = lines * (width - size) - measureText(ELLIPSIS, size);
  let text = '';
  let used = 0;
  for (const ch of characters(label)) {
    used += measureText(ch, size);
    if (used > budget) break;
    text += ch;
  }
  return { text: `${text.trimEnd()}${ELLIPSIS}`, cut: true, breakAll: true };
}
