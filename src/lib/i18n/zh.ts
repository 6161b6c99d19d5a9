import type { Lang } from '../format.ts';

/** A source's parts as a line shows them: its title, who issued or keeps it, its date (formatted), a number or file name. */
export interface SourceWords { title: string; by: string; date: string; reference?: string; local?: boolean }
import { zhFeatures } from './zh-features.ts';
import { zhGlance } from './zh-glance.ts';
import { zhMarks } from './zh-marks.ts';
import { zhPrint } from './zh-print.ts';
import { zhPanels, zhStatus } from './zh-panels.ts';
import { zhMonths } from './zh-months.ts';
import { zhVerdict } from './zh-verdict.ts';

/** The shell, the shared widgets and the app's own vocabulary (stages, statuses) in Chinese. */
const shell = {
  /** The <html lang> of a page in this language. */
  htmlLang: 'zh-CN',
  /** The language the switch button offers, and the tag of its label. */
  switchTo: 'en' as Lang,
  switchToTag: 'en',
  colon: '：',
  /** Separators: between names in a list (、), between clauses of one sentence (，), between a figure and its word. */
  sep: { enumeration: '、', clause: '，', word: '', group: '；' },
  /** The list pattern for engines without Intl.ListFormat (Safari 14.0): a、b和c. */
  list: { pair: '和', middle: '、', last: '和' },
  appTitle: '豫东南高新区建设进展看板',
  asOf: (date: string) => `数据截至 ${date}`,
  /** A response's source in words (src/lib/source-line.ts): what it is, who issued or keeps it, its date. */
  sourceLine: {
    document: (s: SourceWords) => `${s.title}（${s.date}）`,
    ledger: (s: SourceWords) => s.local ? `本地台账 ${s.reference ?? s.title}` : `${s.by}《${s.title}》（${s.reference ? `${s.reference}，` : ''}${s.date}）`,
    service: (s: SourceWords) => `${s.by}：${s.title}（${s.date}）`,
  },
  sourceOf: (line: string) => `来源：${line}`,
  /** Words beside a term, such as the source's own stage wording: 在建（续建）. */
  aside: (text: string) => `（${text}）`,
  /** Sources beside the projects' own, in the header and the print footer. */
  otherSources: (line: string, parts: string) => `${parts}：${line}`,
  /** Parts whose data has another date than the projects': 资金、能源数据截至 2024年4月30日. */
  otherAsOf: (parts: string, date: string) => `${parts}数据截至 ${date}`,
  /** The resources by the part of the page they fill, for the lines above. */
  resources: {
    summary: '概况', funds: '基金', investment: '招商', energy: '能源', projects: '项目',
    policyTasks: '政策任务', cooperation: '合作', platforms: '平台',
  },
  switchLang: 'English',
  darkMode: '深色模式',
  demoNote: '演示数据：本页未连接业务系统，显示的是来函整理数据与示例数据。',
  illustrative: '示例数据',
  inferred: '推断',
  derived: '计算值',
  documented: '来函原文',
  /** A documented figure, by the kind of source that states it (a project record's provenance field). */
  documentedBy: { document: '来函原文', ledger: '台账原文', service: '业务系统数据' },
  illustrativeNote: '示例数据：来函未给出此数，为按来函总数生成的示例，非官方数字。',
  inferredNote: '推断：此为我们对来函的解读。',
  derivedNote: '计算值：由来源给出的数字计算得出，来源本身未给出此数（算式见上）。',
  asStated: '原文数值',
  illustrativeValue: '示例值',
  derivedValue: '计算值',
  formula: '算式',
  quote: '原文',
  reading: '解读',
  loading: '加载中…',
  retry: '重试',
  empty: '暂无数据',
  errorTitle: '此部分数据加载失败',
  panelCrashed: '此部分未能显示',
  panelCrashedHint: '页面其他部分不受影响，可点重试再显示一次。',
  pageCrashedHint: '页面主体出错，顶部标题栏仍可使用，可点重试再显示一次。',
  chunkFailed: '此部分的程序文件未能下载',
  chunkFailedHint: '网络可能不稳定，可点重试重新下载。',
  staleData: (time: string) => `更新失败，显示的是 ${time} 获取的数据`,
  /** While a part with no data yet retries: attempt n of max (src/api/retry-policy.ts, MAX_RETRIES). */
  retrying: (n: number, max: number) => `重试中（${n}/${max}）`,
  errors: {
    network: '无法连接数据服务，请检查网络后重试。',
    timeout: '数据服务响应超时，请稍后重试。',
    throttled: '数据服务请求过多，请稍后重试。',
    http: '数据服务返回错误。',
    'not-json': '数据服务返回的不是数据（可能地址配置有误）。',
    schema: '数据格式与约定不符，已停止显示以免误导。',
    published: '已发布的月度数据无法显示。',
  },
  keyFigures: '关键指标',
  skipToContent: '跳到主要内容',
  badLangParam: (v: string) => `链接中的语言参数 lang=${v} 无法识别，已按中文显示。`,
  /** The app's own stage vocabulary; official names (categories, parks, funds…) come from the data. */
  stage: { planning: '谋划', signed: '签约', approval: '审批', construction: '在建', completed: '建成/投产' },
  /** Status is always text plus an icon (STATUS_ICON), never colour alone. */
  status: zhStatus,
  panel: { table: '表格', unit: '单位', source: '来源', asOf: '数据截至', withNote: (line: string, note: string) => `${line}；${note}` },
  overview: { charts: '进展图表' },
};

export const zh = { ...shell, ...zhPanels, ...zhFeatures, verdict: zhVerdict, months: zhMonths, glance: zhGlance, marks: zhMarks, print: zhPrint };

/** Every language's dictionary has exactly this shape: en.ts is typed by it, so a missing key fails tsc. */
export type Messages = typeof zh;
