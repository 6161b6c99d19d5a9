import type { Stage } from '@/contract/schemas';
import type { Rag } from '@/lib/schedule';
import type { CartesianChartProps } from './chart-types';

/**
 * Every chart colour in one place. Colour-blind-safe (Okabe–Ito based) and never the only carrier of
 * meaning: legends, labels and tables say the same in words.
 */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;

export const STAGE_COLOR: Record<Stage, string> = {
  planning: '#9AA5B1', signed: '#56B4E9', approval: '#E69F00', construction: '#0072B2', completed: '#009E73',
};
export const RAG_COLOR: Record<Rag, string> = { green: '#1e7b3a', amber: '#b07800', red: '#b3261e', none: '#8a94a3' };

/** Illustrative series are drawn hatched/lighter so they never look like official figures. */
export const ILLUSTRATIVE_OPACITY = 0.75;

export const AXIS_TICK = { fontSize: 12, fill: 'currentColor' } as const;
export const CHART_HEIGHT = 260;

/**
 * The width a chart is drawn at on paper, in CSS px, by page orientation. A4's printable width is about 703 px
 * portrait (one panel per row) and 1032 px landscape (two panels per row); each leaves room for a panel's
 * padding and border. The print layout sizes its panels to match; `svg.recharts-surface { max-width: 100% }`
 * in print is the safety net if a panel comes out narrower.
 */
export const PRINT_CHART_WIDTH = { portrait: 640, landscape: 460 } as const;

/**
 * What a chart view draws from: the chart's props, whether to draw at exactly `width` (print) or fill its box, and
 * whether its height is its slot's (ChartSizing), which can be far taller than the chart's own.
 */
export type ChartViewProps = CartesianChartProps & { fixed?: boolean; filled?: boolean };
