import type { zhMarks } from './zh-marks.ts';

/** English for value-level glyphs and panel-level notes (helper C), typed by the Chinese. */
export const enMarks: typeof zhMarks = {
  glyphTitle: 'Illustrative: the letter gives no such figure; generated to match its totals. Not an official number.',
  panelTitle: 'Every figure in this panel is generated to match the letter\'s totals, not official; none is marked again inside.',
  legendSuffix: ' (illustrative)',
  guidePanel: 'beside a panel\'s title: every figure in the panel is generated, so none is marked again inside.',
  guideGlyph: 'beside a single figure, where a panel mixes the letter\'s figures with generated ones. ',
};
