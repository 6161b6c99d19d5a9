import { STATUS_ICON } from '../status-labels.ts';

/** Status words, here because the rule sentences below quote them; zh.ts shares them as `status`. */
export const zhStatus = { done: '已完成', 'on-track': '正常', 'at-risk': '预警', behind: '滞后', 'not-started': '未开始' };

/** The panels around the charts, in Chinese: filters, attention, key items and the reading guide. */
export const zhPanels = {
  /** The two views, as tabs above the page body (src/app/view-tabs.tsx). */
  views: {
    label: '视图',
    overview: '概览',
    projects: '项目清单',
    rejected: (v: string) => `链接中的视图参数 ${v} 无法识别，已显示概览。`,
    /** The whole-view snapshot button next to the tabs; the rest of its words are in the export dictionary. */
    snapshot: '导出当前视图（PNG）',
  },
  /** Each chart panel's export button, named 导出：<title> (the menu's own words: zh-export.ts). */
  chartExport: '导出',
  /** Links into the projects view from the overview's panels. */
  toProjects: {
    attention: '在项目清单中查看全部预警和滞后的项目',
  },
  filters: {
    title: '项目筛选', note: '作用于下方两张项目图表和项目清单；筛选条件保存在链接中，可直接分享。',
    category: '类别', stage: '阶段', status: '状态', park: '园区', unit: '责任单位', q: '搜索项目', change: '较上月', all: '全部', clear: '清除筛选',
    rejected: (list: string) => `链接中的筛选条件无效，已忽略：${list}`,
  },
  attention: {
    title: '需关注',
    note: '项目与任务的进度、日期和责任单位为示例数据',
    /** One part is real (a ledger's projects), the other still the demo's. */
    noteProjects: '项目的进度、日期和责任单位为示例数据',
    noteTasks: '政策任务的进度、日期和责任单位为示例数据',
    /** A leader's glance: the worst few; the link under the list opens all of them in the projects view. */
    more: (n: string) => `另有${n}项未列出，按落后程度排在后面。`,
    projects: '项目',
    tasks: '政策任务（第一批）',
    rule: (red: string, amber: string, date: string | null) =>
      `判定规则：${STATUS_ICON.behind} ${zhStatus.behind}（红）：落后超过${red}个百分点或已逾期；` +
      `${STATUS_ICON['at-risk']} ${zhStatus['at-risk']}（黄）：落后${amber}–${red}个百分点；` +
      `落后 = 时间进度 − 完成进度，按数据截至日${date ?? ''}计算，非系统时间。`,
    unit: '责任单位：',
    behind: (pts: string) => `落后序时进度${pts}个百分点`,
    overdue: (date: string) => `已逾期（截止${date}）`,
    basis: (done: string, elapsed: string) => `完成${done}，时间进度${elapsed}`,
    period: (start: string, end: string) => `计划期 ${start}至${end}`,
    counts: (red: string, amber: string) => `${STATUS_ICON.behind} ${zhStatus.behind}${red}项，${STATUS_ICON['at-risk']} ${zhStatus['at-risk']}${amber}项`,
    none: { project: '目前没有需要关注的项目', task: '目前没有需要关注的政策任务' },
    noneWhy: (pts: string) => `均未落后序时进度超过${pts}个百分点，也无逾期。`,
  },
  keyItems: {
    title: '重点事项与下一步', note: '以下均为来函原文所述事项，每项附原文',
    context: { title: '来函所述现状与定位', stage: '发展阶段', gaps: '问题和短板', positionings: '四个发展定位', green: '绿色发展目标' },
    fundsProjects: {
      title: '资金保障与26个项目', vehicle: '基金运作主体', named: '来函点名的项目',
      namedNote: '仅列来函所述事项，不含金额、日期或进度：来函未给出，也未说明这些项目是否计入26个项目。',
      categories: '项目类别', count: '项目数', total: '总投资', cats: '大类',
    },
    investment: {
      title: '招商与落地',
      landed: '已落地建设',
      landedNote: '来函以“等已落地建设”列举，名单并非全部。',
      partners: '达成合作的重点企业',
      partnersNote: '来函以“等一批重点企业”列举，名单并非全部；来函只给出这一批企业的投资总额',
      partnersNoteEnd: '，未给出各企业的金额。',
      regions: '招商主攻方向',
      event: '重要活动',
    },
    platforms: {
      title: '政策与开放平台',
      policy: '政策文件',
      applications: '开放平台申建',
      stage: { listed: '列入第一批任务清单', 'next-step': '来函所列下一步工作' },
      parksTitle: '园区与产业布局',
      parks: '重点园区',
      area: '规划面积',
      layout: '产业布局',
      clusters: '大产业集群',
      chains: '条重点产业链',
      next: '下一步工作',
    },
    suXin: { title: '苏信合作', plan: '合作方案', registered: (d: string) => `（${d}注册）` },
  },
  guide: {
    title: '如何阅读本看板',
    documented: '无标记的数字均出自所在部分注明的来源（来函原文或台账）；悬停、聚焦或点按数字可查看精确值和原文。',
    illustrative: '来函未给出的逐项明细（逐个项目、进度、日期、分项金额）为按来函总数生成的示例，不是官方数字。',
    inferred: '我们对来函的解读（如“2+1+X”的归类、基金运作主体、项目类别名称），每项附解读说明。',
    derived: '由来源给出的数字计算得出、来源本身未给出的数（如两支基金合计、台账各行之和），悬停可查看算式。',
    rule: (a: number, r: number) => `状态按规则计算：落后序时进度 = 时间进度 − 完成进度（按数据截至日计算，非系统时间）。落后不超过${a}个百分点为正常，${a}–${r}个百分点为预警，超过${r}个百分点或已逾期为滞后。`,
  },
};
