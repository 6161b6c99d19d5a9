// A printed PDF read back the way a reader holding the paper would: the text on each page (where it sits) and
// each page as a picture. pdf.js's legacy build runs in Node 20; @napi-rs/canvas (its optional dependency)
// draws the pages, so "the chart printed marks" is checked on the pixels of the paper, not on the DOM.
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { createCanvas } from '@napi-rs/canvas';

/** A4 in PDF points (1/72 in); Chrome rounds to whole device pixels, so allow a point either way. */
export const A4_PT = { short: 595.3, long: 841.9 };

export interface PdfText { str: string; x: number; /** From the top of the page, in points. */ top: number; height: number }
export interface PdfPage { number: number; width: number; height: number; text: PdfText[]; /** The page's text in reading order, joined. */ joined: string }

async function open(pdf: Uint8Array): Promise<PDFDocumentProxy> {
  // pdf.js transfers (detaches) the buffer it is given: hand it a copy so the caller can read again.
  return getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, useSystemFonts: false }).promise;
}

/** Every page with its size and text items, y measured from the top like the screen. */
export async function readPdf(pdf: Uint8Array): Promise<PdfPage[]> {
  const doc = await open(pdf);
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const text = (content.items as TextItem[]).filter((t) => 'str' in t && t.str.trim() !== '').map((t) => ({
      str: t.str, x: t.transform[4] as number, top: height - (t.transform[5] as number), height: t.height,
    }));
    pages.push({ number: n, width, height, text, joined: text.map((t) => t.str).join('') });
  }
  await doc.destroy();
  return pages;
}

export interface RenderedPage { png: Buffer; width: number; height: number; /** RGBA, row-major. */ pixels: Uint8ClampedArray; scale: number }

/** One page drawn at `scale` CSS pixels per point (1 ≈ 72 dpi, 2 ≈ 144 dpi). */
export async function renderPdfPage(pdf: Uint8Array, number: number, scale = 1.5): Promise<RenderedPage> {
  const doc = await open(pdf);
  const page = await doc.getPage(number);
  const viewport = page.getViewport({ scale });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  // pdf.js's types name the DOM canvas; @napi-rs/canvas implements the part it uses.
  await page.render({ canvasContext: context as unknown as CanvasRenderingContext2D, viewport }).promise;
  const png = canvas.toBuffer('image/png');
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
  await doc.destroy();
  return { png, width: canvas.width, height: canvas.height, pixels, scale };
}

/**
 * Pixels in a band of a rendered page (top/bottom, and optionally left/right, in PDF points from the top left)
 * that pass `keep`.
 */
export function countPixels(
  page: RenderedPage, top: number, bottom: number, keep: (r: number, g: number, b: number) => boolean,
  left = 0, right = Number.POSITIVE_INFINITY,
): number {
  let n = 0;
  const y0 = Math.max(0, Math.floor(top * page.scale));
  const y1 = Math.min(page.height, Math.ceil(bottom * page.scale));
  const x0 = Math.max(0, Math.floor(left * page.scale));
  const x1 = Math.min(page.width, Math.ceil(right * page.scale));
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * page.width + x) * 4;
      if (keep(page.pixels[i]!, page.pixels[i + 1]!, page.pixels[i + 2]!)) n++;
    }
  }
  return n;
}

/** A coloured (not grey, not white) pixel: ink a chart mark leaves and a grey placeholder does not. */
export const saturated = (r: number, g: number, b: number) => Math.max(r, g, b) - Math.min(r, g, b) > 60;

// Chrome's PDF maps some ideographs back to look-alike radicals in its fonts' ToUnicode tables (高 → ⾼ U+2F7C,
// 民 → ⺠ U+2EA0). NFKC folds the Kangxi radicals back; the CJK radicals supplement has no such mapping, so an
// ideograph in what we look for also matches any character from that block.
const RADICAL_SUPPLEMENT = '[\\u2E80-\\u2EFF]';

/** Text as compared: NFKC, no white space of any kind. */
export const squash = (text: string) => text.normalize('NFKC').replace(/[\s\u00a0\u202f]+/g, '');

/** A pattern for `text` as it reads back from the PDF (see RADICAL_SUPPLEMENT), white space ignored. */
export function pdfPattern(text: string, flags = 'gu'): RegExp {
  const source = [...squash(text)].map((c) => {
    const plain = c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return /\p{Unified_Ideograph}/u.test(c) ? `(?:${plain}|${RADICAL_SUPPLEMENT})` : plain;
  }).join('');
  return new RegExp(source, flags);
}

export interface TextHit {
  page: number; top: number; bottom: number; x: number;
  /** Nothing printed just before it on its line: a heading, not the same words inside a sentence. */
  atLineStart: boolean;
}

/**
 * Where `text` is printed: every occurrence, on any page, with the box of its first and last pieces (pdf.js
 * hands CJK text back a glyph or a run at a time, so a heading spans many items).
 */
export function findText(pages: PdfPage[], text: string): TextHit[] {
  const hits: TextHit[] = [];
  for (const page of pages) {
    let joined = '';
    const owner: number[] = [];
    page.text.forEach((item, i) => {
      const part = squash(item.str);
      joined += part;
      for (let k = 0; k < part.length; k++) owner.push(i);
    });
    for (const match of joined.matchAll(pdfPattern(text))) {
      const items = owner.slice(match.index, match.index + match[0].length).map((i) => page.text[i]!);
      const first = items[0]!;
      hits.push({
        atLineStart: !page.text.some((t) => Math.abs(t.top - first.top) < 2 && t.x < first.x - 0.5 && t.x > first.x - 2 * first.height),
        page: page.number,
        top: Math.min(...items.map((t) => t.top - t.height)),
        bottom: Math.max(...items.map((t) => t.top)),
        x: Math.min(...items.map((t) => t.x)),
      });
    }
  }
  return hits;
}

/** How many times `text` is printed, across all pages. */
export const countText = (pages: PdfPage[], text: string) => findText(pages, text).length;
