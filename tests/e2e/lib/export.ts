// The presenter's exports, driven as a reader does: a chart panel's 导出 menu, the file it saves, and the
// image decoded in the page itself (what a slide tool would get). Used by presenter.e2e.ts and the bench.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';

/** The menu items' accessible names (src/lib/i18n/zh-export.ts). */
export const ITEM = {
  png: 'PNG 图片（2倍）', slide: 'PNG 幻灯片（1920×1080）', svg: 'SVG 矢量图', copy: '复制图片', csv: 'CSV 数据',
} as const;
export const SNAPSHOT = '导出当前视图（PNG）';

/** The drawing in a panel: a plain chart's <svg>, or recharts' wrapper's own (not the small ones of its HTML legend's icons). */
export const plotSurface = (panel: Locator): Locator => panel.locator('.chart-box .recharts-wrapper > svg.recharts-surface, .chart-box svg.chart-surface');

/** The chart panel named `title`, scrolled to and drawn. */
export async function drawnPanel(page: Page, title: string): Promise<Locator> {
  const panel = page.getByRole('region', { name: title, exact: true });
  await panel.scrollIntoViewIfNeeded();
  await plotSurface(panel).waitFor({ timeout: 20_000 });
  return panel;
}

/** Opens the panel's export menu with its button (导出：<title>) and returns the menu. */
export async function openExportMenu(page: Page, panel: Locator, title: string): Promise<Locator> {
  await panel.getByRole('button', { name: `导出：${title}`, exact: true }).click();
  const menu = page.getByRole('menu');
  await menu.waitFor({ timeout: 10_000 });
  return menu;
}

export interface Saved { name: string; bytes: Buffer }

/** Chooses a menu item and returns the file the page saved. */
export async function saveFrom(page: Page, item: string): Promise<Saved> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByRole('menuitem', { name: item, exact: true }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

export interface DecodedPng {
  width: number;
  height: number;
  /** Pixels within `tolerance` of `rgb` in the rows between `fromRow` and `toRow` (fractions of the height). */
  matching: number;
}

/** Decodes a PNG in the page (an <img> on a canvas) and counts the pixels of one colour in a band of rows. */
export function decodePng(page: Page, bytes: Buffer, rgb: readonly number[] = [0, 0, 0], band = { fromRow: 0, toRow: 1 }, tolerance = 6): Promise<DecodedPng> {
  return page.evaluate(async ({ base64, rgb, band, tolerance }) => {
    const img = new Image();
    img.src = `data:image/png;base64,${base64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no canvas');
    ctx.drawImage(img, 0, 0);
    const top = Math.floor(band.fromRow * canvas.height);
    const rows = Math.max(1, Math.floor(band.toRow * canvas.height) - top);
    const { data } = ctx.getImageData(0, top, canvas.width, rows);
    let matching = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i]! - rgb[0]!) <= tolerance && Math.abs(data[i + 1]! - rgb[1]!) <= tolerance && Math.abs(data[i + 2]! - rgb[2]!) <= tolerance) matching++;
    }
    return { width: canvas.width, height: canvas.height, matching };
  }, { base64: bytes.toString('base64'), rgb: [...rgb], band, tolerance });
}

/** `hex` drawn at `opacity` over `background`: what an illustrative series looks like on the panel. */
export function blend(hex: string, opacity: number, background: readonly number[] = [255, 255, 255]): number[] {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return channels.map((c, i) => Math.round(c * opacity + background[i]! * (1 - opacity)));
}

export interface SvgFindings {
  parses: boolean;
  text: string;
  /** Elements that run code or pull in outside content. */
  badElements: string[];
  /** on*= attributes, and attribute values holding javascript:. */
  badAttributes: string[];
}

/** Parses an exported SVG in the page as a browser would, and lists anything that could run. */
export function inspectSvg(page: Page, svg: string): Promise<SvgFindings> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const parses = doc.documentElement.nodeName === 'svg' && doc.getElementsByTagName('parsererror').length === 0;
    const all = [...doc.getElementsByTagName('*')];
    const badElements = all.map((el) => el.localName).filter((name) => /^(script|foreignObject|iframe|object|embed)$/i.test(name));
    const badAttributes = all.flatMap((el) => [...el.attributes]
      .filter((a) => /^on/i.test(a.name) || /javascript:/i.test(a.value.replace(/\s+/g, '')))
      .map((a) => `<${el.localName} ${a.name}="${a.value}">`));
    return { parses, text: doc.documentElement.textContent ?? '', badElements, badAttributes };
  }, svg);
}
