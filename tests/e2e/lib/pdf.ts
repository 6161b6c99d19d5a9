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

/** Pixels in a band of a rendered page (top/bottom in PDF points from the top) that pass `keep`. */
export function countPixels(page: RenderedPage, top: number, bottom: number, keep: (r: number, g: number, b: number) => boolean): number {
  let n = 0;
  const y0 = Math.max(0, Math.floor(top * page.scale));
  const y1 = Math.min(page.height, Math.ceil(bottom * page.scale));
  for (let y = y0; y < y1; y++) {
    for (let x = 0; x < page.width; x++) {
      const i = (y * page.width + x) * 4;
      if (keep(page.pixels[i]!, page.pixels[i + 1]!, page.pixels[i + 2]!)) n++;
    }
  }
  return n;
}

/** A coloured (not grey, not white) pixel: ink a chart mark leaves and a grey placeholder does not. */
export const saturated = (r: number, g: number, b: number) => Math.max(r, g, b) - Math.min(r, g, b) > 60;
