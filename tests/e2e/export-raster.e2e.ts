// The chart PNG as the browser draws it (src/lib/export): a real chart (the stage chart, plain SVG) from the
// demo build, composed into one SVG and rasterised through <img> + <canvas>, without the export UI (issue 12's
// presenter journey covers the menu). The library is bundled for the page here with esbuild and injected as a script.
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import type * as Compose from '../../src/lib/export/compose-svg';
import type * as Rasterize from '../../src/lib/export/rasterize';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from './lib/build.mjs';
import { DESKTOP, openJourney, unexpectedProblems } from './lib/page';
import { useBrowser } from './lib/steps';

let bundle = '';
// Evaluated over the DevTools protocol, not added as a <script>: the page's CSP rightly refuses inline scripts.
const loadExportLib = (page: Page) => page.evaluate(bundle);
beforeAll(async () => {
  const out = await build({
    stdin: { contents: "export * from './src/lib/export/compose-svg'; export * from './src/lib/export/rasterize';", resolveDir: ROOT, loader: 'ts' },
    bundle: true, write: false, format: 'iife', globalName: 'exportLib', target: 'chrome87',
  });
  bundle = out.outputFiles[0]?.text ?? '';
});

interface Shot {
  width: number; height: number; pngWidth: number; pngHeight: number;
  /** RGBA at named spots of the PNG. */
  px: Record<string, number[]>;
  /** Pixels of the PNG's plot area that differ from the same PNG drawn without the watermark. */
  watermarkDiff: number;
  opaque: boolean;
  background: string;
  bar: { fill: string; opacity: number };
}

/** Composes the first bar chart on the page and draws it as PNGs, reading pixels back in the page. */
function shoot(page: Page, size: { scale: number } | { fit: { width: number; height: number } }): Promise<Shot> {
  return page.evaluate(async (size) => {
    const lib = (window as unknown as { exportLib: typeof Compose & typeof Rasterize }).exportLib;
    const box = [...document.querySelectorAll('.chart-box')].find((b) => b.querySelector('rect.chart-bar'));
    if (!box) throw new Error('no bar chart');
    const surface = lib.findChartSurface(box);
    if (!surface) throw new Error('no surface');
    const theme = lib.readExportTheme(box);
    const caption = { title: '项目：按类别与阶段', unitLine: '单位：个', asOfLine: '数据截至 2024年5月30日', sourceLine: '来源：示例' };
    const plain = lib.composeChartSvg(surface, caption, [{ label: '谋划', color: '#9AA5B1' }], theme);
    const marked = lib.composeChartSvg(surface, { ...caption, watermark: '示例数据' }, [{ label: '谋划', color: '#9AA5B1' }], theme);
    const pixels = async (blob: Blob) => {
      const img = new Image();
      img.src = URL.createObjectURL(blob);
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth; c.height = img.naturalHeight;
      const ctx = c.getContext('2d') as CanvasRenderingContext2D;
      ctx.drawImage(img, 0, 0);
      return ctx.getImageData(0, 0, c.width, c.height);
    };
    const a = await pixels(await lib.svgToPng(plain, size, theme.background));
    const b = await pixels(await lib.svgToPng(marked, size, theme.background));
    const plan = lib.planCanvas(plain.width, plain.height, size);
    const k = plan.draw.width / plain.width;
    const at = (data: ImageData, x: number, y: number) => [...data.data.slice((Math.round(y) * data.width + Math.round(x)) * 4, (Math.round(y) * data.width + Math.round(x)) * 4 + 4)];
    const bar = [...surface.querySelectorAll('rect.chart-bar')].find((r) => Number(r.getAttribute('width')) > 8 && Number(r.getAttribute('height')) > 8) as SVGElement;
    const cx = Number(bar.getAttribute('x')) + Number(bar.getAttribute('width')) / 2;
    const cy = Number(bar.getAttribute('y')) + Number(bar.getAttribute('height')) / 2;
    const toPng = (x: number, y: number) => [plan.draw.x + x * k, plan.draw.y + y * k] as const;
    let watermarkDiff = 0;
    let opaque = true;
    for (let y = 0; y < a.height; y += 3) {
      for (let x = 0; x < a.width; x += 3) {
        const i = (y * a.width + x) * 4;
        if (a.data[i + 3] !== 255 || b.data[i + 3] !== 255) opaque = false;
        if (Math.abs((a.data[i] ?? 0) - (b.data[i] ?? 0)) > 6) watermarkDiff++;
      }
    }
    return {
      width: plain.width, height: plain.height, pngWidth: a.width, pngHeight: a.height, watermarkDiff, opaque, background: theme.background,
      bar: { fill: bar.getAttribute('fill') ?? '', opacity: Number(bar.getAttribute('fill-opacity') ?? 1) },
      px: { topLeft: at(a, 0, 0), bottomRight: at(a, a.width - 1, a.height - 1), bar: at(a, ...toPng(plain.plot.x + cx, plain.plot.y + cy)) },
    };
  }, size);
}

/** #rgb or #rrggbb as [r, g, b]. */
const rgb = (css: string) => {
  const short = css.replace('#', '');
  const hex = short.length === 3 ? short.replace(/./g, '$&$&') : short;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
};
const close = (actual: number[] | undefined, expected: number[], tolerance = 8) =>
  expected.every((v, i) => Math.abs((actual?.[i] ?? -999) - v) <= tolerance);

describe('chart PNG export in Chromium', () => {
  const browser = useBrowser();

  for (const dark of [false, true]) {
    it(`draws the chart at 2× (twice the SVG size), on the ${dark ? 'dark' : 'light'} theme's background, watermark inside the plot`, async () => {
      const journey = await openJourney(browser(), inject('demoUrl'), DESKTOP);
      const { page } = journey;
      await page.locator('.chart-box rect.chart-bar').first().waitFor();
      await loadExportLib(page);
      if (dark) await page.evaluate(() => { document.documentElement.dataset.theme = 'dark'; });
      const shot = await shoot(page, { scale: 2 });
      expect([shot.pngWidth, shot.pngHeight]).toEqual([shot.width * 2, shot.height * 2]);
      expect(rgb(shot.background)).toEqual(dark ? [0x1a, 0x21, 0x2b] : [255, 255, 255]);
      expect(shot.opaque, 'no transparent pixel').toBe(true);
      expect(close(shot.px.topLeft, rgb(shot.background)), `corner ${shot.px.topLeft}`).toBe(true);
      expect(close(shot.px.bottomRight, rgb(shot.background)), `corner ${shot.px.bottomRight}`).toBe(true);
      // The bar's own colour over the background, as on the page (the fade and the illustrative opacity included).
      const blend = rgb(shot.bar.fill).map((c, i) => c * shot.bar.opacity + (rgb(shot.background)[i] ?? 0) * (1 - shot.bar.opacity));
      expect(close(shot.px.bar, blend, 12), `bar ${shot.px.bar} vs ${blend}`).toBe(true);
      expect(shot.watermarkDiff, 'the watermark changes pixels of the PNG').toBeGreaterThan(200);
      expect(unexpectedProblems(journey.problems)).toEqual([]);
      await journey.close();
    });
  }

  it('letterboxes the slide preset on 1920×1080, background all around', async () => {
    const journey = await openJourney(browser(), inject('demoUrl'), DESKTOP);
    const { page } = journey;
    await page.locator('.chart-box rect.chart-bar').first().waitFor();
    await loadExportLib(page);
    const shot = await shoot(page, { fit: { width: 1920, height: 1080 } });
    expect([shot.pngWidth, shot.pngHeight]).toEqual([1920, 1080]);
    expect(shot.opaque).toBe(true);
    expect(close(shot.px.topLeft, rgb(shot.background))).toBe(true);
    expect(close(shot.px.bottomRight, rgb(shot.background))).toBe(true);
    const blend = rgb(shot.bar.fill).map((c, i) => c * shot.bar.opacity + (rgb(shot.background)[i] ?? 0) * (1 - shot.bar.opacity));
    expect(close(shot.px.bar, blend, 12), `bar ${shot.px.bar} vs ${blend}`).toBe(true);
    await journey.close();
  });
});
