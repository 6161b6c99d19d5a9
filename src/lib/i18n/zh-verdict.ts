import { forms } from './plural.ts';

/** Words for the verdict line and the document title (helper A). Numbers arrive formatted; only the grammar is here. */
export const zhVerdict = {
  asOf: (date: string) => `截至${date}：`,
  projects: forms({ other: (construction: string, count: string) => `${count}个项目中在建${construction}个` }),
  rate: (rate: string, against: string) => `年度投资完成率${rate}，${against}`,
  behind: forms({ other: (pts: string) => `落后序时进度${pts}个百分点` }),
  ahead: forms({ other: (pts: string) => `领先序时进度${pts}个百分点` }),
  level: '与序时进度持平',
  statusOpen: '（',
  statusClose: '）',
  attention: (items: string) => `需关注${items}`,
  attentionProjects: forms({ other: (n: string) => `项目${n}个` }),
  attentionTasks: forms({ other: (n: string) => `政策任务${n}项` }),
  /** Only when the task list describes another date than the projects. */
  tasksAsOf: (date: string) => `（政策任务截至${date}）`,
  noProjects: '暂无项目记录',
  noTasks: '暂无政策任务记录',
  noRecords: '暂无项目和政策任务记录',
  changes: (previous: string, parts: string) => `较上月（${previous}）${parts}`,
  /** The changes since last month in the verdict's clause (the tiles and the list have their own words). */
  changeParts: {
    invested: (amount: string) => `本月新增完成投资${amount}`,
    started: forms({ other: (n: string) => `新开工${n}个` }),
    worsened: forms({ other: (n: string) => `转为预警/滞后${n}个` }),
    recovered: forms({ other: (n: string) => `恢复正常${n}个` }),
  },
  clause: '；',
  item: '、',
  /** Shown in the verdict's slot when its data failed, so the top of the page is never blank. */
  failed: '总体判断暂不可用：所需数据加载失败。',
  /** Browser tab and share card: documented figures only, since neither carries a mark. */
  documentTitle: forms({
    other: (app: string, count: string, total: string, date: string) => `${app}｜${count}个项目 总投资${total}｜数据截至${date}`,
  }),
};
