import type { Lang } from './format';

/** Strings of the shell and the shared widgets. Features keep their own strings beside their components. */
const zh = {
  colon: '：',
  appTitle: '豫东南高新区建设进展看板',
  asOf: (date: string) => `数据截至 ${date}`,
  source: '来源：信阳市人民政府对政协提案第1320177号的答复（2024年5月30日）',
  switchLang: 'English',
  darkMode: '深色模式',
  demoNote: '演示数据：本页未连接业务系统，显示的是来函整理数据与示例数据。',
  illustrative: '示例数据',
  inferred: '推断',
  documented: '来函原文',
  illustrativeNote: '示例数据：来函未给出此数，为按来函总数生成的示例，非官方数字。',
  inferredNote: '推断：此为我们对来函的解读。',
  exactValue: '精确值',
  quote: '原文',
  loading: '加载中…',
  retry: '重试',
  empty: '暂无数据',
  errorTitle: '此部分数据加载失败',
  errors: {
    network: '无法连接数据服务，请检查网络后重试。',
    http: '数据服务返回错误。',
    'not-json': '数据服务返回的不是数据（可能地址配置有误）。',
    schema: '数据格式与约定不符，已停止显示以免误导。',
  },
  keyFigures: '关键指标',
  skipToContent: '跳到主要内容',
  badLangParam: (v: string) => `链接中的语言参数“${v}”无法识别，已按中文显示。`,
};

const en: typeof zh = {
  colon: ': ',
  appTitle: 'Yudongnan High-tech Zone progress dashboard',
  asOf: (date: string) => `Data as of ${date}`,
  source: "Source: Xinyang Municipal Government's reply to CPPCC proposal No. 1320177 (30 May 2024)",
  switchLang: '中文',
  darkMode: 'Dark mode',
  demoNote: 'Demo data: not connected to a live service; showing figures from the letter and illustrative data.',
  illustrative: 'Illustrative',
  inferred: 'Inferred',
  documented: 'From the letter',
  illustrativeNote: 'Illustrative: the letter gives no such figure; generated to match its totals. Not an official number.',
  inferredNote: 'Inferred: this is our reading of the letter.',
  exactValue: 'Exact value',
  quote: 'Source quote',
  loading: 'Loading…',
  retry: 'Retry',
  empty: 'No data yet',
  errorTitle: 'This section failed to load',
  errors: {
    network: 'Cannot reach the data service. Check the connection and retry.',
    http: 'The data service returned an error.',
    'not-json': 'The data service did not return data (the address may be misconfigured).',
    schema: 'The data does not match the contract, so it is not shown rather than risk misleading.',
  },
  keyFigures: 'Key figures',
  skipToContent: 'Skip to main content',
  badLangParam: (v: string) => `The link's language setting "${v}" is not recognised; showing Chinese.`,
};

export type Messages = typeof zh;
export const MESSAGES: Record<Lang, Messages> = { zh, en };
