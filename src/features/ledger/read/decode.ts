/**
 * A CSV's bytes to text. Chinese Excel and WPS save "CSV" in the system code page (GBK, read here as its
 * superset GB18030) with no BOM; newer Excel offers "CSV UTF-8" with a BOM; scripts write UTF-8 without one.
 * Only TextDecoder is used: every browser on our floor decodes gb18030 natively, so no code-page tables ship.
 */
import type { Encoding, EncodingChoice, Workbook } from '../model/types';

/**
 * What the bytes were read as. UTF-16 is Excel's "Unicode 文本" (.txt): it always has a BOM, and no choice
 * the planner can make applies to it, so it is outside `Encoding` and a workbook read from it has no `encoding`.
 */
export type TextEncoding = Encoding | 'utf-16le' | 'utf-16be';
export type EncodingHow = 'bom' | 'utf-8' | 'fallback';

function bomOf(bytes: Uint8Array): { encoding: TextEncoding; length: number } | undefined {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  // FF FE / FE FF cannot start UTF-8 or GB18030 text (0xFF is never a lead byte in either): no false positive.
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** ignoreBOM: the BOM is sliced off by hand, so a BOM-like start is never silently eaten a second time. */
const decoder = (encoding: TextEncoding, fatal = false) => new TextDecoder(encoding, { fatal, ignoreBOM: true });

/** Strict UTF-8, or undefined: GBK text is almost never valid UTF-8, so success is strong evidence. */
function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return decoder('utf-8', true).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Detection and decoding in one pass: the strict UTF-8 attempt's text is kept rather than decoded twice. */
function detect(bytes: Uint8Array): { used: TextEncoding; how: EncodingHow; text: string } {
  const bom = bomOf(bytes);
  if (bom) return { used: bom.encoding, how: 'bom', text: decoder(bom.encoding).decode(bytes.subarray(bom.length)) };
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return { used: 'utf-8', how: 'utf-8', text: utf8 };
  return { used: 'gb18030', how: 'fallback', text: decoder('gb18030').decode(bytes) };
}

/** A UTF-8 BOM → utf-8 ('bom'); UTF-16 BOMs likewise; valid UTF-8 → 'utf-8'; anything else → gb18030 ('fallback'). */
export function detectEncoding(bytes: Uint8Array): { used: TextEncoding; how: EncodingHow } {
  const bom = bomOf(bytes);
  if (bom) return { used: bom.encoding, how: 'bom' };
  return strictUtf8(bytes) !== undefined ? { used: 'utf-8', how: 'utf-8' } : { used: 'gb18030', how: 'fallback' };
}

/**
 * The text, BOM stripped. A chosen encoding is obeyed even against a UTF-8 BOM (the planner overrides what we
 * guessed); only a UTF-16 BOM wins over a choice, since neither choice could read those bytes at all.
 */
export function decodeText(bytes: Uint8Array, choice: EncodingChoice): { text: string; encoding: Workbook['encoding'] } {
  const bom = bomOf(bytes);
  if (bom && bom.encoding !== 'utf-8') return { text: decoder(bom.encoding).decode(bytes.subarray(bom.length)), encoding: undefined };
  if (choice !== 'auto') {
    const body = bom ? bytes.subarray(bom.length) : bytes;
    return { text: decoder(choice).decode(body), encoding: { used: choice, how: 'chosen' } };
  }
  const { used, how, text } = detect(bytes);
  return { text, encoding: used === 'utf-8' || used === 'gb18030' ? { used, how } : undefined };
}
