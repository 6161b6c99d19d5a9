/**
 * The PNG's geometry (src/lib/export/rasterize.ts), the part of rasterising jsdom can check: a 2× image is
 * exactly twice the SVG, a slide preset letterboxes the image centred at the largest scale that fits, and a
 * huge request stays under Safari's canvas limit. The drawing itself is checked in Chromium
 * (tests/e2e/export-raster.e2e.ts).
 */
import { describe, expect, it } from 'vitest';
import { MAX_CANVAS_PIXELS, planCanvas, svgAtSize } from '../../src/lib/export/rasterize';

describe('planCanvas', () => {
  it('scales the whole image by the factor asked for', () => {
    expect(planCanvas(640, 382, { scale: 2 })).toEqual({ canvas: { width: 1280, height: 764 }, draw: { x: 0, y: 0, width: 1280, height: 764 } });
  });

  it('letterboxes a wide and a tall image centred on 1920×1080', () => {
    expect(planCanvas(640, 382, { fit: { width: 1920, height: 1080 } })).toEqual({
      canvas: { width: 1920, height: 1080 }, draw: { x: 55, y: 0, width: 1809, height: 1080 } });
    expect(planCanvas(1280, 360, { fit: { width: 1920, height: 1080 } })).toEqual({
      canvas: { width: 1920, height: 1080 }, draw: { x: 0, y: 270, width: 1920, height: 540 } });
  });

  it('keeps a huge request under the canvas pixel limit', () => {
    const { canvas } = planCanvas(4000, 3000, { scale: 3 });
    expect(canvas.width * canvas.height).toBeLessThanOrEqual(MAX_CANVAS_PIXELS);
    expect(canvas.width / canvas.height).toBeCloseTo(4 / 3, 2);
  });
});

describe('svgAtSize', () => {
  it('changes the root size only, keeping its viewBox and every inner width', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="382" viewBox="0 0 640 382"><rect width="640" height="382"/></svg>';
    expect(svgAtSize(svg, 1280, 764)).toBe('<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="764" viewBox="0 0 640 382"><rect width="640" height="382"/></svg>');
  });
});
