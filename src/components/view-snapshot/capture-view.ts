/**
 * One PNG of exactly what the screen shows: the viewport, not the page (a whole-page capture exceeds canvas
 * limits on a long page, and the projects table's off-screen rows are not in the DOM anyway). snapdom 3
 * captures the viewport window of the page (`clip: 'viewport'`); the result is drawn onto a canvas of the
 * viewport's size, so the image is innerWidth × innerHeight whatever the capture's bleed.
 */

/** The export controls: never in the picture, their place left empty so nothing else moves. */
export const SNAPSHOT_HIDE = '.export-trigger, .export-status, .view-snapshot';
/**
 * Whatever floats over the page (open menus, dialogs, hover tooltips): left out entirely. snapdom's stand-in
 * for a hidden node is an in-flow box, which for a positioned overlay would push the page down.
 */
export const SNAPSHOT_DROP = '[data-radix-popper-content-wrapper], [role="dialog"], .drawer-overlay, .recharts-tooltip-wrapper, .recharts-tooltip-cursor, .chart-tooltip';

export interface ViewShotOptions {
  background: string;
  /** Drawn across the bottom when the view shows illustrative values: 示例数据 survives any crop but the band's. */
  band?: string;
  /** The page's font stack, for the band. */
  font: string;
}

const toBlob = (canvas: HTMLCanvasElement) => new Promise<Blob>((resolve, reject) => {
  canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG'))), 'image/png');
});

/** The band's words at the largest size (14 px down to 10 px) that fits; longer text is cut, its 示例数据 head kept. */
function drawBand(ctx: CanvasRenderingContext2D, text: string, width: number, height: number, font: string): void {
  const bandHeight = 30;
  ctx.fillStyle = 'rgba(17, 24, 39, 0.82)';
  ctx.fillRect(0, height - bandHeight, width, bandHeight);
  ctx.fillStyle = '#ffffff';
  ctx.textBaseline = 'middle';
  let size = 14;
  ctx.font = `700 ${size}px ${font}`;
  while (size > 10 && ctx.measureText(text).width > width - 24) ctx.font = `700 ${--size}px ${font}`;
  let shown = text;
  while (shown.length > 4 && ctx.measureText(shown).width > width - 24) shown = `${shown.slice(0, -2)}…`;
  ctx.fillText(shown, 12, height - bandHeight / 2);
}

export async function captureViewport({ background, band, font }: ViewShotOptions): Promise<Blob> {
  const { snapdom } = await import('@zumer/snapdom');
  const width = window.innerWidth;
  const height = window.innerHeight;
  // dpr 1 and scale 1: one image pixel per CSS pixel, so a Retina screen does not double it (1920×1080 is a slide).
  const result = await snapdom(document.body, {
    clip: 'viewport', dpr: 1, scale: 1, backgroundColor: background,
    exclude: SNAPSHOT_HIDE, excludeMode: 'hide', filter: (el) => !el.matches(SNAPSHOT_DROP), filterMode: 'remove',
  });
  const shot = await result.toCanvas();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(shot, 0, 0, shot.width, shot.height, 0, 0, shot.width, shot.height);
  if (band) drawBand(ctx, band, width, height, font);
  return toBlob(canvas);
}
