import type { zhExport } from './zh-export.ts';

/** The presenter's export words in English; typed by the Chinese, so a missing key fails the type check. */
export const enExport: typeof zhExport = {
  items: {
    png: 'PNG image (2×)',
    slide: 'PNG slide (1920×1080)',
    svg: 'SVG vector',
    copy: 'Copy image',
    csv: 'CSV data',
  },
  notice: {
    working: 'Making the image…',
    downloaded: (file: string) => `Downloaded ${file}`,
    copied: 'Image copied',
    denied: 'The browser does not allow access to the clipboard; download the image instead',
    unsupported: 'This browser cannot copy images (as when the page is not opened over HTTPS); download the image instead',
    failed: 'The image could not be made; try again or use the table',
    downloadInstead: 'Download PNG image',
    noChart: 'The chart is not shown yet, so there is no image to export',
    noData: 'This chart has no data to export yet',
  },
  caption: {
    filters: (what: string) => `Filters: ${what}`,
  },
  wechat: {
    title: 'Press and hold the image to save it',
    hint: 'Press and hold the image, then choose Save Image or Send to Chat.',
    close: 'Close',
    imageAlt: (title: string) => `${title} (image)`,
  },
  csv: {
    withUnit: (header: string, unit: string) => `${header} (${unit})`,
    wan: 'units of CNY 10,000',
  },
  snapshot: {
    working: 'Making an image of this view…',
    failed: 'The image of this view could not be made; try again',
    band: 'Illustrative data: figures marked illustrative were generated to match the letter\'s totals; they are not official',
  },
};
