/**
 * Escaping and the last check on every exported SVG. The chart's words come from data and from the URL
 * (filters, names), and an SVG file opened on its own runs whatever script it holds.
 */

// Characters XML 1.0 forbids (a parser stops at them, so the image would not load): C0 controls other than
// tab and line ends, U+FFFE/U+FFFF and lone surrogates. No lookbehind: Safari 14 has none.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\ud800-\udbff][\udc00-\udfff]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/g;

/** `text` without the characters an XML parser rejects; a well-formed surrogate pair stays. */
export const stripInvalidXml = (text: string): string => text.replace(XML_INVALID, (m) => (m.length === 2 ? m : ''));

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Safe as element text and as a quoted attribute value (either quote), `]]>` included. */
export const escapeXml = (text: string): string => stripInvalidXml(String(text)).replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);

/** A CSS colour we can put in an attribute as is (hex, rgb/hsl functions, a keyword), or `fallback`. */
export function safeColor(value: string, fallback: string): string {
  const v = value.trim();
  return /^#[0-9a-f]{3,8}$|^(rgb|hsl)a?\([\d.,%\s/+-]+\)$|^[a-z]{3,24}$/i.test(v) ? v : fallback;
}

const decode = (value: string) => value
  .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16) % 0x110000))
  .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec) % 0x110000))
  .replace(/&(amp|lt|gt|quot|apos);/g, (m) => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" })[m] ?? m);

// A start tag with its attributes; quoted values may hold '>' and the other quote.
const TAG = /<[A-Za-z][^\s/>]*((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTR = /([^\s=/"'>]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g;

/**
 * Defence in depth on the final string: no <script>, <foreignObject>, <style> or DOCTYPE (entities), no on*=
 * attribute, no javascript: in an attribute, no href or url() but a same-document `#…`. Text content is not
 * checked: escaped, a title reading `javascript:` or `" onload="` is just words. Throws on the first finding.
 */
export function assertSafeSvg(svg: string): void {
  const raw = /<\s*(script|foreignObject|style|!DOCTYPE|!ENTITY)/i.exec(svg);
  if (raw) throw new Error(`unsafe SVG: <${raw[1]}>`);
  for (const [, attrs = ''] of svg.matchAll(TAG)) {
    for (const [, name = '', dq, sq, bare] of attrs.matchAll(ATTR)) {
      const key = name.toLowerCase();
      const value = decode(dq ?? sq ?? bare ?? '');
      // eslint-disable-next-line no-control-regex
      const squeezed = value.replace(/[\s\u0000-\u001f]+/g, '').toLowerCase();
      if (/^on[a-z]+$/.test(key)) throw new Error(`unsafe SVG: ${name}= attribute`);
      if (squeezed.includes('javascript:')) throw new Error(`unsafe SVG: javascript: in ${name}`);
      if ((key === 'href' || key.endsWith(':href')) && !value.trim().startsWith('#')) throw new Error(`unsafe SVG: ${name} to ${value}`);
      if (/url\((?!['"]?#)/.test(squeezed)) throw new Error(`unsafe SVG: external url() in ${name}`);
    }
  }
}
