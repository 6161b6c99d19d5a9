/**
 * Line breaking for the words drawn into an exported chart. The SVG is rendered later, elsewhere (an <img>,
 * another app), so nothing can be measured: widths are estimated, generously, from the characters.
 */

/** CJK, Hangul, full-width forms and emoji take a full em; everything else is counted at 0.6 em (wide for Latin). */
function isWide(cp: number): boolean {
  return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3)
    || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60)
    || (cp >= 0xffe0 && cp <= 0xffe6) || cp >= 0x1f300;
}

const charWidth = (ch: string, size: number) => (isWide(ch.codePointAt(0) ?? 0) ? size : ch === ' ' ? size * 0.3 : size * 0.6);

/** Estimated advance of `text` at `size` px; bold is about 5 % wider. */
export function measureText(text: string, size: number, bold = false): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch, size);
  return bold ? width * 1.05 : width;
}

/** Words of narrow characters (with their trailing spaces) stay whole; each wide character may break. */
function tokens(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of text) {
    if (isWide(ch.codePointAt(0) ?? 0)) {
      if (word) out.push(word);
      out.push(ch);
      word = '';
    } else if (/\s/.test(ch)) word += ' ';
    else {
      if (word.endsWith(' ')) { out.push(word); word = ''; }
      word += ch;
    }
  }
  if (word) out.push(word);
  return out;
}

/** Greedy lines no wider than `maxWidth` (a word longer than a line is cut by character); never empty. */
export function wrapText(text: string, size: number, maxWidth: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => measureText(s.trimEnd(), size, bold) <= maxWidth;
  const push = () => { if (line.trim()) lines.push(line.trim()); line = ''; };
  for (const token of tokens(text.replace(/\s+/g, ' ').trim())) {
    if (fits(line + token)) { line += token; continue; }
    push();
    if (fits(token)) { line = token; continue; }
    for (const ch of token) {
      if (!fits(line + ch)) push();
      line += ch;
    }
  }
  push();
  return lines.length ? lines : [''];
}
