import type { Lang } from '@/lib/format';
import { forms } from '@/lib/i18n/plural';
import { GAP_MARK } from './trend-logic';

/** The summary's parts, already formatted (amounts by the one formatter, months by formatDate). */
export interface TrendSummaryParts {
  n: string; first: string; last: string; completedFrom: string; completedTo: string;
  rateFrom: string; rateTo: string; behindFrom: string; behindTo: string;
}

/** Where a month's figure comes from: its snapshot file, when the months name it. */
const fileZh = (file?: string) => (file ? `（data/${file}）` : '');
const fileEn = (file?: string) => (file ? ` (data/${file})` : '');

const zh = {
  title: '逐月累计完成投资与项目状态',
  metric: '指标',
  money: '投资额',
  status: '项目状态',
  month: '月份',
  planned: '总投资（计划）',
  completed: '累计完成投资',
  rate: '完成率',
  count: '项目总数',
  unitCount: '个',
  countValue: forms({ other: (n: string) => `${n}个` }),
  caption: '各已发布月份的总投资、累计完成投资与各状态项目数',
  sourceNote: '各月合计按该月已发布台账计算',
  /** The panel's one 计算值 mark stands before this: what every figure in it is, and how it was computed. */
  derived: '各月数字均按该月已发布的台账计算：总投资、累计完成投资为各项目「总投资」「累计完成」之和，完成率为二者之比；'
    + '项目状态按该月截至日期的进度规则逐项判定。为全部项目合计，不随筛选变化。',
  gap: (months: string) => `${GAP_MARK} 表示其前有未发布的月份（${months}），图中不补这些月份。`,
  gapCell: forms({ other: (n: string) => `此前${n}个月未发布` }),
  formula: {
    planned: (month: string, file?: string) => `${month}已发布台账${fileZh(file)}中各项目「总投资」之和`,
    completed: (month: string, file?: string) => `${month}已发布台账${fileZh(file)}中各项目「累计完成」之和`,
    rate: (month: string) => `${month}累计完成投资 ÷ 总投资`,
  },
  summary: forms({
    other: (p: TrendSummaryParts) => `${p.first}至${p.last}的${p.n}个已发布月份中，累计完成投资从${p.completedFrom}到${p.completedTo}`
      + `（完成率${p.rateFrom}→${p.rateTo}），滞后项目从${p.behindFrom}个到${p.behindTo}个。`,
  }),
};

export type TrendMessages = typeof zh;

const en: TrendMessages = {
  title: 'Month by month: investment to date and project status',
  metric: 'Measure',
  money: 'Investment',
  status: 'Project status',
  month: 'Month',
  planned: 'Total investment (planned)',
  completed: 'Invested to date',
  rate: 'Completion',
  count: 'Projects',
  unitCount: 'projects',
  countValue: { one: (n: string) => `${n} project`, other: (n: string) => `${n} projects` },
  caption: 'Total investment, investment to date and projects by status, for each published month',
  sourceNote: 'each month’s totals computed from that month’s published ledger',
  derived: 'Every figure is computed from that month’s published ledger: total investment and investment to date are the sums of '
    + 'the projects’ “total investment” and “completed to date”, completion is the one over the other; each project’s status is '
    + 'the schedule rule at that month’s as-of date. All projects: the filters do not apply.',
  gap: (months: string) => `${GAP_MARK} marks a month after months that were not published (${months}); they are not filled in.`,
  gapCell: { one: (n: string) => `${n} month before not published`, other: (n: string) => `${n} months before not published` },
  formula: {
    planned: (month: string, file?: string) => `Sum of the projects’ “total investment” in the ledger published for ${month}${fileEn(file)}`,
    completed: (month: string, file?: string) => `Sum of the projects’ “completed to date” in the ledger published for ${month}${fileEn(file)}`,
    rate: (month: string) => `Investment to date ÷ total investment, ${month}`,
  },
  summary: {
    other: (p: TrendSummaryParts) => `Over ${p.n} published months (${p.first} to ${p.last}), investment to date went from ${p.completedFrom} `
      + `to ${p.completedTo} (${p.rateFrom} → ${p.rateTo} of the total), and projects behind schedule from ${p.behindFrom} to ${p.behindTo}.`,
  },
};

export const TREND_MESSAGES: Record<Lang, TrendMessages> = { zh, en };
