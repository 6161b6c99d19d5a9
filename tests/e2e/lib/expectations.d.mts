export type Lang = 'zh' | 'en';

export interface Expectations {
  htmlLang: string;
  /** Accessible name of the button that switches to the *other* language. */
  switchLanguage: string;
  theme: string;
  title: RegExp;
  asOf: string;
  /** The source line names the CPPCC proposal number. */
  source: RegExp;
  demoNote: RegExp;
  illustrative: string;
  inferred: string;
  kpiRegion: string;
  /** Figures that must appear inside the KPI region (the headline strip) once data has arrived. */
  kpiValues: string[];
  /** The detail KPI tiles further down the overview, and the figures they must show. */
  kpiDetailRegion: string;
  kpiDetailValues: string[];
  tableToggle: string;
  attentionRegion: string;
  nextStepsRegion: string;
  retry: string;
  /** The section that holds the chart panels, each a region of its own. */
  chartsRegion: string;
  /** The section of the charts below the first screen (funds, investment, energy, policy). */
  moreChartsRegion: string;
  /** What a panel says when its chart code did not download (src/lib/i18n.ts chunkFailed). */
  chunkFailed: string;
}

export const EXPECT: Record<Lang, Expectations>;
export const LANGS: Lang[];
export function langQuery(lang: Lang): Record<string, string>;
