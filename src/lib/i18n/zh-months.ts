import { forms } from './plural.ts';

/** Words for published months: the picker, the changes since last month, and a published file that failed. */
export const zhMonths = {
  /** A published file that cannot be shown, by what was wrong; the file is named as the host has it. */
  fault: {
    unreachable: (file: string) => `无法读取已发布的数据文件 ${file}，请检查网络后重试。`,
    http: (file: string) => `服务器未能提供已发布的数据文件 ${file}。`,
    'not-json': (file: string) => `已发布的数据文件 ${file} 不是有效的 JSON 数据。`,
    schema: (file: string) => `已发布的数据文件 ${file} 与约定格式不符，已停止显示以免误导。`,
    hash: (file: string) => `已发布的数据文件 ${file} 与 data/index.json 记录的内容哈希不符（文件可能损坏，或未与 index.json 一同更新），已停止显示以免误导。`,
    mismatch: (file: string) => `已发布的数据文件 ${file} 的月份或截至日期与 data/index.json 不符，已停止显示以免误导。`,
    month: (file: string) => `链接中的月份未在 ${file} 中发布。`,
  },
  picker: {
    label: '月份',
    newest: (month: string) => `${month}（最新）`,
    rejected: (value: string) => `链接中的月份参数 ${value} 无法识别，已显示最新月份。`,
    notPublished: (month: string) => `${month}的数据未发布。`,
    showNewest: '查看最新月份',
  },
  /** The change filter's choices (?change=), as the filter bar, its chip and the 较上月 column name them. */
  kinds: {
    changed: '有变化', invested: '本月新增完成投资', started: '新开工', worsened: '转为预警/滞后', recovered: '恢复正常',
    decreased: '累计完成减少', added: '新列入',
  },
  column: {
    title: '较上月',
    added: '新列入',
    same: '无变化',
    delta: (amount: string) => `累计完成${amount}`,
    status: (from: string, to: string) => `${from}→${to}`,
    stage: (from: string, to: string) => `${from}→${to}`,
    renamed: (name: string) => `上月名称：${name}`,
  },
  changes: {
    title: (previous: string) => `较上月（${previous}）`,
    invested: (amount: string) => `本月新增完成投资${amount}`,
    started: forms({ other: (n: string) => `新开工${n}个` }),
    worsened: forms({ other: (n: string) => `转为预警/滞后${n}个` }),
    recovered: forms({ other: (n: string) => `恢复正常${n}个` }),
    decreased: forms({ other: (n: string) => `累计完成减少${n}个` }),
    added: forms({ other: (n: string) => `新列入${n}个` }),
    gone: forms({ other: (n: string) => `本月未列${n}个` }),
    changed: '较上月有变化的项目',
    by: { code: '按项目编号匹配两个月的项目', 'name-unit': '按项目名称与责任单位匹配两个月的项目' },
    formula: {
      invested: (previous: string) => `各项目本月「累计完成」− ${previous}「累计完成」，只计增加的项目之和`,
      started: (previous: string) => `${previous}为谋划/签约/审批、本月为在建或建成的项目数`,
      worsened: '按各月截至日期的进度规则，本月为预警或滞后且比上月差的项目数',
      recovered: '上月为预警或滞后、本月为正常或完成的项目数',
      decreased: '本月「累计完成」低于上月的项目数（台账更正）',
      added: '本月台账有、上月台账没有匹配的项目数',
      gone: '上月台账有、本月台账没有匹配的项目数',
    },
    goneList: '上月有、本月未列的项目',
    link: forms({ other: (n: string) => `查看这${n}个项目` }),
    loading: '正在读取上月数据…',
    failed: '上月数据读取失败，暂无较上月的变化。',
    duplicate: '（名称与责任单位重复，未比较）',
    oneMonth: '只发布了一个月份，暂无较上月的变化。',
  },
  /** The header, in a published build: only the projects are the ledger's. */
  publishedNote: (month: string) => `项目数据为已发布的${month}台账；其他部分仍为来函整理数据与示例数据。`,
};
