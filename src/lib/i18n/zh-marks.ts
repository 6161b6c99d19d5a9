/** Words for value-level glyphs and panel-level notes (helper C). */
export const zhMarks = {
  /** Hover text of the ※ glyph; its accessible name is the shell's `illustrative` (示例数据). */
  glyphTitle: '示例数据：来函未给出此数，为按来函总数生成的示例，非官方数字',
  /** Hover text of a panel note. */
  panelTitle: '本面板的数字均为按来函总数生成的示例，非官方数字，面板内不再逐个标注',
  /** Appended to an illustrative series in an exported legend: a picture travels without the panel note. */
  legendSuffix: '（示例）',
  /** The reading guide, after the panel note's own words. */
  guidePanel: '标在面板标题旁：面板内的数字全部为示例，不再逐个标注。',
  /** The reading guide, after the glyph. */
  guideGlyph: '标在单个数字旁（面板里既有来函数字又有示例时）：',
};
