import { createContext, useContext, type ReactNode } from 'react';

const Fill = createContext(false);

/**
 * Charts inside draw at the height their slot is given instead of their own: the big screen has one height to fill,
 * and a chart's own height (a page's, where the page scrolls) leaves it half empty. The layout must size the slot
 * without the chart (a flex or grid share of what the rest leaves), or the chart keeps its own height. Paper keeps
 * its fixed sizes whatever this says (usePrinting in charts/index.tsx).
 */
export function ChartSizing({ fill, children }: { fill: boolean; children: ReactNode }) {
  return <Fill.Provider value={fill}>{children}</Fill.Provider>;
}

/** Whether the charts here fill their slot's height (ChartSizing). */
export const useChartFill = (): boolean => useContext(Fill);
