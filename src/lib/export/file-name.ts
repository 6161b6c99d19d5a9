/**
 * Names for the files the dashboard saves (CSV, PNG, SVG): what was exported, which filters, the data's date,
 * and nothing a file system or a reader could be tricked by.
 */

/**
 * Path separators, characters Windows forbids, control characters, bidi controls (U+202E shows the rest of a
 * name reversed, so the real extension can be disguised) and zero-width characters (two names that look the
 * same would be different files).
 */
// eslint-disable-next-line no-control-regex
const HOSTILE = /[/\\:*?"<>|\u0000-\u001f\u007f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;
/** A surrogate pair, or half of one: halves go (a file system rejects or mangles them). No lookbehind: Safari 14. */
const SURROGATES = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

/**
 * Most file systems allow 255 bytes (ext4) or 255 UTF-16 units (NTFS, APFS) per name; a UTF-8 byte count is
 * never below the UTF-16 one, so a byte budget covers both, with room for the " (1)" a browser may add.
 */
export const MAX_NAME_BYTES = 200;

const utf8Bytes = (ch: string) => { const cp = ch.codePointAt(0) ?? 0; return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; };

/** The longest prefix of `text` within `budget` UTF-8 bytes, cut between code points (never inside a pair). */
export function truncateBytes(text: string, budget: number): string {
  let out = '';
  for (const ch of text) {
    budget -= utf8Bytes(ch);
    if (budget < 0) break;
    out += ch;
  }
  return out;
}

/** One part of a name with the hostile characters gone and runs of white space as one space. */
export const cleanNamePart = (part: string): string =>
  part.replace(SURROGATES, (m) => (m.length === 2 ? m : '')).replace(HOSTILE, '').replace(/\s+/g, ' ').trim();

export interface ExportFileNameParts {
  /** The zone's short name in the language on screen, e.g. 豫东南高新区. */
  zone: string;
  /** What the file holds, e.g. 项目投资 or 项目清单. */
  what: string;
  /** The active filters as the reader sees them, e.g. 新基建-在建; empty or absent when none. */
  filters?: string;
  /** The data's as-of date (ISO); the file is named by the data's day, never today. */
  asOf: string;
  ext: 'png' | 'svg' | 'csv';
}

/** 豫东南高新区-项目投资-新基建-在建-20240530.png */
export function exportFileName({ zone, what, filters = '', asOf, ext }: ExportFileNameParts): string {
  const date = asOf.replace(/\D/g, '').slice(0, 8);
  const joined = [zone, what, filters].map(cleanNamePart).filter(Boolean).join('-');
  // Cut the descriptive part, never the date. Then no leading dot (a hidden file on macOS and Linux) and no
  // trailing dot or space (Windows drops them).
  const head = truncateBytes(joined, MAX_NAME_BYTES - `-${date}.${ext}`.length).replace(/^[.\s-]+|[.\s-]+$/g, '');
  return `${[head, date].filter(Boolean).join('-')}.${ext}`;
}
