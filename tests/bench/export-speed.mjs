// `node tests/bench/export-speed.mjs`: a measuring script, not a test. How long composeChartSvg and svgToPng
// (src/lib/export) take for each chart of the demo's overview in Chromium, medians over RUNS, plus the
// sizes of what they make. EXPORT_SAMPLES=1 also writes the SVG and PNGs to tests/.out/export/ to look at.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { launchBrowser, requireChromium } from '../e2e/lib/chromium.mjs';
import { ROOT, ensureBuild } from '../e2e/lib/build.mjs';
import { startStaticServer } from '../e2e/lib/static-server.mjs';

requireChromium();
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS || 7));
const lib = (await build({
  stdin: { contents: "export * from './src/lib/export/compose-svg'; export * from './src/lib/export/rasterize';", resolveDir: ROOT, loader: 'ts' },
  bundle: true, write: false, format: 'iife', globalName: 'exportLib', target: 'chrome87',
})).outputFiles[0].text;

const server = await startStaticServer({ root: await ensureBuild('demo'), basePath: '/yudongnan/demo/' });
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(server.url);
  await page.locator('.chart-box .recharts-surface, .chart-box svg.chart-surface').first().waitFor();
  // Panels render near the viewport: scroll through so every chart is drawn.
  for (let i = 0; i < 12; i++) { await page.mouse.wheel(0, 800); await page.waitForTimeout(250); }
  await page.addScriptTag({ content: lib });
  const rows = await page.evaluate(async (runs) => {
    const { composeChartSvg, findChartSurface, readExportTheme, svgToPng } = window.exportLib;
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const out = [];
    for (const box of document.querySelectorAll('.chart-box')) {
      const surface = findChartSurface(box);
      if (!surface) continue;
      const title = box.closest('section')?.querySelector('h3')?.textContent ?? '?';
      const theme = readExportTheme(box);
      const caption = { title, unitLine: '单位：亿元', asOfLine: '数据截至 2024年5月30日', sourceLine: '来源：信阳市人民政府答复（2024-05-30）', watermark: '示例数据' };
      const t = { compose: [], png2x: [], slide: [] };
      let composed, png, slide;
      for (let i = 0; i < runs; i++) {
        let s = performance.now();
        composed = composeChartSvg(surface, caption, [{ label: '谋划', color: '#9AA5B1' }], theme);
        t.compose.push(performance.now() - s);
        s = performance.now();
        png = await svgToPng(composed, { scale: 2 }, theme.background);
        t.png2x.push(performance.now() - s);
        s = performance.now();
        slide = await svgToPng(composed, { fit: { width: 1920, height: 1080 } }, theme.background);
        t.slide.push(performance.now() - s);
      }
      const b64 = (blob) => new Promise((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result).split(',')[1]);
        reader.readAsDataURL(blob);
      });
      out.push({
        title, elements: surface.querySelectorAll('*').length, size: `${composed.width}×${composed.height}`,
        composeMs: median(t.compose), png2xMs: median(t.png2x), slideMs: median(t.slide),
        svgKB: composed.svg.length / 1000, pngKB: png.size / 1000, slideKB: slide.size / 1000,
        samples: { svg: composed.svg, png: await b64(png), slide: await b64(slide) },
      });
    }
    return out;
  }, RUNS);
  const fmt = (n) => n.toFixed(1).padStart(7);
  console.log(`medians of ${RUNS} runs, Chromium ${browser.version()}, 1440×900, DPR 1`);
  console.log('chart'.padEnd(24), 'elems', 'size'.padEnd(9), 'compose ms', 'png2x ms', 'slide ms', ' svg kB', ' png kB', 'slide kB');
  for (const r of rows) console.log(r.title.slice(0, 22).padEnd(24), String(r.elements).padStart(5), r.size.padEnd(9), fmt(r.composeMs), '  ', fmt(r.png2xMs), fmt(r.slideMs), fmt(r.svgKB), fmt(r.pngKB), fmt(r.slideKB));
  if (process.env.EXPORT_SAMPLES) {
    const dir = join(ROOT, 'tests', '.out', 'export');
    mkdirSync(dir, { recursive: true });
    rows.forEach((r, i) => {
      writeFileSync(join(dir, `chart-${i}.svg`), r.samples.svg);
      writeFileSync(join(dir, `chart-${i}@2x.png`), Buffer.from(r.samples.png, 'base64'));
      writeFileSync(join(dir, `chart-${i}-slide.png`), Buffer.from(r.samples.slide, 'base64'));
    });
    console.log(`samples in ${dir}`);
  }
} finally {
  await browser.close();
  await server.close();
}
