import type { Lang } from '../format.ts';
import { enFeatures } from './en-features.ts';
import { enGlance } from './en-glance.ts';
import { enMarks } from './en-marks.ts';
import { enPrint } from './en-print.ts';
import { enPanels, enStatus } from './en-panels.ts';
import { enVerdict } from './en-verdict.ts';
import type { Messages } from './zh.ts';

/** English, typed by the Chinese dictionary: a key missing here (or one Chinese lacks) fails tsc. */
export const en: Messages = {
  htmlLang: 'en',
  switchTo: 'zh' as Lang,
  switchToTag: 'zh-CN',
  colon: ': ',
  sep: { enumeration: ', ', clause: ', ', word: ' ' },
  list: { pair: ' and ', middle: ', ', last: ' and ' },
  appTitle: 'Yudongnan High-tech Zone progress dashboard',
  asOf: (date: string) => `Data as of ${date}`,
  source: "Source: Xinyang Municipal Government's reply to CPPCC proposal No. 1320177 (30 May 2024)",
  switchLang: '中文',
  darkMode: 'Dark mode',
  demoNote: 'Demo data: not connected to a live service; showing figures from the letter and illustrative data.',
  illustrative: 'Illustrative',
  inferred: 'Inferred',
  derived: 'Derived',
  documented: 'From the letter',
  illustrativeNote: 'Illustrative: the letter gives no such figure; generated to match its totals. Not an official number.',
  inferredNote: 'Inferred: this is our reading of the letter.',
  derivedNote: 'Derived: computed from the letter\'s figures; the letter itself does not give it.',
  asStated: 'As stated',
  illustrativeValue: 'Illustrative value',
  derivedValue: 'Derived value',
  formula: 'Formula',
  quote: 'Source quote (Chinese original)',
  reading: 'Reading',
  loading: 'Loading…',
  retry: 'Retry',
  empty: 'No data yet',
  errorTitle: 'This section failed to load',
  panelCrashed: 'This section could not be displayed',
  panelCrashedHint: 'The rest of the page is unaffected. Retry to draw it again.',
  pageCrashedHint: 'The page body hit an error; the header above still works. Retry to draw it again.',
  chunkFailed: 'The code for this section did not download',
  chunkFailedHint: 'The network may be unstable. Retry to download it again.',
  staleData: (time: string) => `Update failed; showing data fetched at ${time}`,
  retrying: (n: number, max: number) => `retrying (${n}/${max})`,
  errors: {
    network: 'Cannot reach the data service. Check the connection and retry.',
    timeout: 'The data service took too long to answer. Retry in a moment.',
    throttled: 'The data service has had too many requests. Retry in a moment.',
    http: 'The data service returned an error.',
    'not-json': 'The data service did not return data (the address may be misconfigured).',
    schema: 'The data does not match the contract, so it is not shown rather than risk misleading.',
  },
  keyFigures: 'Key figures',
  skipToContent: 'Skip to main content',
  badLangParam: (v: string) => `The link's language setting lang=${v} is not recognised; showing Chinese.`,
  stage: { planning: 'Planning', signed: 'Signed', approval: 'Approval', construction: 'Under construction', completed: 'Completed' },
  status: enStatus,
  panel: { table: 'Table', unit: 'Unit', source: 'Source', asOf: 'As of' },
  overview: { charts: 'Progress charts' },
  ...enPanels,
  ...enFeatures,
  verdict: enVerdict,
  glance: enGlance,
  marks: enMarks,
  print: enPrint,
};
