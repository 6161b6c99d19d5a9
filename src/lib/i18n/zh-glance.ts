import { forms } from './plural.ts';

/** Words for the first screen: headline KPIs, rate status, task bar, attention count (helper B). */
export const zhGlance = {
  /** After the project count under the total: 26个项目. */
  projects: forms({ other: '个项目' }),
  /** Between the two fund sizes and between their names: 50亿元 + 15亿元. */
  plus: ' + ',
  rate: {
    title: '年度投资完成率',
    time: '序时进度',
    /** The lag in points, already formatted: 落后13.4个百分点. */
    behind: (pts: string) => `落后${pts}个百分点`,
    ahead: (pts: string) => `领先${pts}个百分点`,
    even: '与序时进度持平',
    /** The formula of a rate computed from documented records (a ledger's). */
    formula: '各项目年度完成投资之和 ÷ 年度计划投资之和',
  },
  attention: {
    title: '需关注',
    projects: forms({ other: (n: string) => `项目${n}个` }),
    tasks: forms({ other: (n: string) => `政策任务${n}项` }),
    link: '查看预警和滞后的项目',
  },
  details: {
    title: '更多指标',
    progress: '完成与投放',
    completed: '项目累计完成投资',
    completedFormula: '各项目累计完成投资之和',
    fundsTotal: '基金合计',
    deployed: '基金已投放',
    landed: '招商已落地',
  },
  moreCharts: '更多图表',
  filters: {
    /** The disclosure over the overview's project filters: its name says how many conditions are on. */
    active: forms({ other: (n: string) => `已选${n}项条件` }),
    none: '未筛选',
  },
  /** The policy tasks' status bar; its list of statuses is its text equivalent. */
  tasks: { bar: '按进度状态' },
};
