/**
 * The PNG of a composed chart SVG, drawn by the browser itself (<img> then <canvas>): identical to the SVG
 * file, no DOM-to-image library. Works on the floor (Chrome 87, Safari 14): no OffscreenCanvas, no
 * createImageBitmap.
 */
import type { ComposedSvg } from './compose-svg';
import { SVG_MIME } from './compose-svg';

/** `scale`: device pixels per SVG px (2 for a sharp slide image); `fit`: letterboxed on a fixed canvas, e.g. 1920×1080. */
export type PngSize = { scale: number } | { fit: { width: number; height: number } };

/** Safari refuses canvases above 16.7 M pixels (and iOS far less in practice); a larger request is scaled down. */
export const MAX_CANVAS_PIXELS = 16_000_000;

export interface CanvasPlan {
  canvas: { width: number; height: number };
  /** Where the image is drawn on the canvas, in canvas pixels. */
  draw: { x: number; y: number; width: number; height: number };
}

/** Canvas size and image placement for `size`: pure, so the letterboxing is testable without a canvas. */
export function planCanvas(width: number, height: number, size: PngSize): CanvasPlan {
  if ('fit' in size) {
    const k = Math.min(size.fit.width / width, size.fit.height / height);
    const w = Math.round(width * k);
    const h = Math.round(height * k);
    return { canvas: { ...size.fit }, draw: { x: Math.floor((size.fit.width - w) / 2), y: Math.floor((size.fit.height - h) / 2), width: w, height: h } };
  }
  const k = Math.min(size.scale, Math.sqrt(MAX_CANVAS_PIXELS / (width * height)));
  // Down, not to nearest: rounding up could cross the limit.
  const w = Math.max(1, Math.floor(width * k + 1e-9));
  const h = Math.max(1, Math.floor(height * k + 1e-9));
  return { canvas: { width: w, height: h }, draw: { x: 0, y: 0, width: w, height: h } };
}

/**
 * The SVG text at the size it will be drawn: some engines rasterise an SVG <img> at its intrinsic size and
 * then scale the bitmap (blurry text), so the intrinsic size is made the target size; the viewBox keeps the
 * drawing the same.
 */
export function svgAtSize(svg: string, width: number, height: number): string {
  return svg.replace(/^<svg\b[^>]*>/, (tag) => tag
    .replace(/\swidth="[^"]*"/, ` width="${width}"`)
    .replace(/\sheight="[^"]*"/, ` height="${height}"`));
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => {
      // decode() settles the bitmap before drawing; Safari has rejected it for SVG images that load fine.
      const decoded = typeof img.decode === 'function' ? img.decode().catch(() => undefined) : Promise.resolve();
      decoded.then(() => resolve(img), reject);
    };
    img.onerror = () => reject(new Error('the chart image did not load'));
    img.src = src;
  });
}

const toBlob = (canvas: HTMLCanvasElement) => new Promise<Blob>((resolve, reject) => {
  canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG'))), 'image/png');
});

async function draw(src: string, plan: CanvasPlan, background: string): Promise<Blob> {
  const img = await loadImage(src);
  const canvas = document.createElement('canvas');
  canvas.width = plan.canvas.width;
  canvas.height = plan.canvas.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  // Never transparent: the background first, also around a letterboxed image.
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, plan.draw.x, plan.draw.y, plan.draw.width, plan.draw.height);
  return toBlob(canvas);
}

/** The composed SVG as a PNG on `background`. Rejects if the browser cannot load, draw or encode it. */
export async function svgToPng(composed: ComposedSvg, size: PngSize, background: string): Promise<Blob> {
  const plan = planCanvas(composed.width, composed.height, size);
  const svg = svgAtSize(composed.svg, plan.draw.width, plan.draw.height);
  const url = URL.createObjectURL(new Blob([svg], { type: SVG_MIME }));
  try {
    return await draw(url, plan, background);
  } catch (error) {
    // Older WebKit marks a canvas that drew a blob: SVG as tainted (toBlob throws SecurityError); a data: URL
    // of the same text is not.
    if (!(error instanceof Error && error.name === 'SecurityError')) throw error;
    return draw(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, plan, background);
  } finally {
    URL.revokeObjectURL(url);
  }
}
