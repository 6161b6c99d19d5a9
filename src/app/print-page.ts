import type { PrintOrientation } from '@/stores/print-store';

/**
 * A4 as Chrome lays its pages out, in CSS px: 210 × 297 mm is 793.7 × 1122.5 px, and the pages follow one another
 * at whole pixels, 1123 (or 794) less the margins. Measured with page.pdf in Chromium 156: with margins in whole
 * pixels the page numbers stay within 0.1 px of the page's foot after 30 pages; with 9 mm and 8 mm they drifted
 * by 0.7 px a page, out of the footer by page 40.
 */
const A4_HEIGHT_PX: Record<PrintOrientation, number> = { portrait: 1123, landscape: 794 };

/**
 * The page margins (about 9, 8 and 12 mm) and the bands the repeating header and footer take inside them, in
 * CSS px. The sides leave 704 px portrait and 1033 px landscape, the widths PRINT_CHART_WIDTH in
 * src/components/charts/chart-theme.ts is drawn for.
 */
export const PAGE_MARGIN_PX = { top: 34, bottom: 30, side: 45 } as const;
export const BAND_PX = { head: 60, foot: 30 } as const;

/**
 * How many page numbers are laid out (see the page numbers in print-bands.tsx): more than a brief ever has. Those
 * past the last page are clipped, never printed on pages of their own.
 */
export const PAGE_LABELS = 40;

/** The height of a page's area inside its margins: the stride of the page numbers. */
export const pageAreaHeight = (orientation: PrintOrientation) =>
  A4_HEIGHT_PX[orientation] - PAGE_MARGIN_PX.top - PAGE_MARGIN_PX.bottom;

/**
 * The page rule for a print, rendered as a <style> by the print frame: it follows the print store, so the menu's
 * landscape applies to the print it starts, and Ctrl+P with nothing chosen prints portrait. The variables give
 * the bands and the page numbers the same geometry.
 */
export function pageStyle(orientation: PrintOrientation): string {
  const { top, bottom, side } = PAGE_MARGIN_PX;
  return `@page { size: A4 ${orientation}; margin: ${top}px ${side}px ${bottom}px; }
:root { --print-page-h: ${pageAreaHeight(orientation)}px; --print-head-h: ${BAND_PX.head}px; --print-foot-h: ${BAND_PX.foot}px; }`;
}
