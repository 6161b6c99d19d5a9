import type { Lang } from '@/lib/format';
import { forms } from '@/lib/i18n/plural';

/**
 * Words for the changes since last month: the 较上月 tiles, the change filter and its chip, the 较上月 column.
 * A dictionary of its own, loaded with them (a source with two published months), so the demo's initial JS
 * carries none of it. The verdict's clause and the picker are in the main dictionary.
 */
const zh = {
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
};

export type MonthsMessages = typeof zh;

const en: MonthsMessages = {
  kinds: {
    changed: 'Changed', invested: 'Invested this month', started: 'Started', worsened: 'Turned at risk or behind', recovered: 'Back on track',
    decreased: 'Less completed', added: 'New',
  },
  column: {
    title: 'Since last month',
    added: 'New',
    same: 'No change',
    delta: (amount: string) => `completed ${amount}`,
    status: (from: string, to: string) => `${from} → ${to}`,
    stage: (from: string, to: string) => `${from} → ${to}`,
    renamed: (name: string) => `last month: ${name}`,
  },
  changes: {
    title: (previous: string) => `Since last month (${previous})`,
    invested: (amount: string) => `${amount} invested this month`,
    started: forms({ one: (n: string) => `${n} started`, other: (n: string) => `${n} started` }),
    worsened: forms({ one: (n: string) => `${n} turned at risk or behind`, other: (n: string) => `${n} turned at risk or behind` }),
    recovered: forms({ one: (n: string) => `${n} back on track`, other: (n: string) => `${n} back on track` }),
    decreased: forms({ one: (n: string) => `${n} with less completed`, other: (n: string) => `${n} with less completed` }),
    added: forms({ one: (n: string) => `${n} new`, other: (n: string) => `${n} new` }),
    gone: forms({ one: (n: string) => `${n} no longer listed`, other: (n: string) => `${n} no longer listed` }),
    changed: 'Projects changed since last month',
    by: { code: 'Projects matched across the two months by project ID', 'name-unit': 'Projects matched across the two months by name and responsible unit' },
    formula: {
      invested: (previous: string) => `each project’s completed investment now − in ${previous}, summed over the projects where it rose`,
      started: (previous: string) => `projects at planning, signed or approval in ${previous} and under construction or completed now`,
      worsened: 'projects at risk or behind now, and worse than last month, by the schedule rule at each month’s as-of date',
      recovered: 'projects at risk or behind last month and on track or done now',
      decreased: 'projects whose completed investment is below last month’s (a correction in the ledger)',
      added: 'projects in this month’s ledger with no match in last month’s',
      gone: 'projects in last month’s ledger with no match in this month’s',
    },
    goneList: 'Listed last month, not this month',
    link: forms({ one: () => 'Show this project', other: (n: string) => `Show these ${n} projects` }),
    loading: 'Reading last month’s data…',
    failed: 'Last month’s data could not be read: no change since last month to show.',
    duplicate: ' (name and unit not unique: not compared)',
    oneMonth: 'Only one month is published: no change since last month yet.',
  },
};

export const MONTHS_MESSAGES: Record<Lang, MonthsMessages> = { zh, en };
