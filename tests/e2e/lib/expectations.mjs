// What a reader should see, per language. Journeys (and the bench) read from here, so when
// UI copy changes only this table changes. Strings come from the dictionaries in src/lib/i18n/
// and from src/lib/format.ts, as rendered; the shapes are in expectations.d.mts.

/** @type {Record<'zh' | 'en', import('./expectations.d.mts').Expectations>} */
export const EXPECT = {
  zh: {
    htmlLang: 'zh-CN',
    switchLanguage: 'English',
    theme: '深色模式',
    title: /豫东南高新区/,
    asOf: '数据截至 2024年5月30日',
    source: /1320177/,
    demoNote: /演示数据/,
    illustrative: '示例数据',
    inferred: '推断',
    kpiRegion: '关键指标',
    kpiValues: ['50亿元', '15亿元', '300亿元以上', '319.3亿元', '26'],
    kpiDetailRegion: '更多指标',
    kpiDetailValues: ['200台套', '3 GW', '300 MW', '63项'],
    tableToggle: '表格',
    attentionRegion: '需关注',
    nextStepsRegion: '重点事项与下一步',
    retry: '重试',
    chartsRegion: '进展图表',
    moreChartsRegion: '更多图表',
    chunkFailed: '此部分的程序文件未能下载',
  },
  en: {
    htmlLang: 'en',
    switchLanguage: '中文',
    theme: 'Dark mode',
    title: /Yudongnan High-tech Zone/,
    asOf: 'Data as of 30 May 2024',
    source: /1320177/,
    demoNote: /Demo data/,
    illustrative: 'Illustrative',
    inferred: 'Inferred',
    kpiRegion: 'Key figures',
    kpiValues: ['CNY 5 bn', 'CNY 1.5 bn', 'over CNY 30 bn', 'CNY 31.93 bn', '26'],
    kpiDetailRegion: 'More figures',
    kpiDetailValues: ['200 sets', '3 GW', '300 MW', '63 items'],
    tableToggle: 'Table',
    attentionRegion: 'Needs attention',
    nextStepsRegion: 'Key items and next steps',
    retry: 'Retry',
    chartsRegion: 'Progress charts',
    moreChartsRegion: 'More charts',
    chunkFailed: 'The code for this section did not download',
  },
};

/** @type {Array<'zh' | 'en'>} */
export const LANGS = ['zh', 'en'];

/** Query string for a language; Chinese is the default and needs none. */
export function langQuery(lang) {
  return lang === 'en' ? { lang: 'en' } : {};
}
