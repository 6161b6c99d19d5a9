import { forms } from './plural.ts';

/**
 * The KPI tiles, the charts and the sentences generated under them, in Chinese. Summaries are message
 * functions over figures the caller has already formatted, so the words live here and the numbers in format.ts.
 */
export const zhFeatures = {
  /** The header's link into the big-screen mode (its own words: i18n/screen.ts, lazily loaded). */
  screenMode: '大屏',
  funds: {
    kpi: { title: '基金', total: '合计', deployed: '已投放' },
    chart: {
      title: '基金规模与累计投放',
      sourceNote: '分项按来函总数生成',
      month: '月份',
      caption: '各基金逐月累计投放',
      sizeHeader: (name: string, size: string) => `${name}（${size}）`,
    },
    summary: {
      size: (name: string, size: string) => `${name}${size}`,
      deployed: (name: string, amount: string, share: string) => `${name}${amount}（占规模${share}）`,
      head: forms({ other: (n: string, sizes: string) => `${n}支基金规模为${sizes}` }),
      none: (head: string) => `${head}；暂无投放数据。`,
      latest: (head: string, month: string, list: string) => `${head}；截至${month}累计投放${list}（投放为示例数据）。`,
    },
  },
  energy: {
    kpi: { title: '能源项目（来函未给总量）' },
    chart: {
      title: '能源项目规模与阶段',
      unit: 'MW（制氢装备为台套）',
      series: '规模（按MW同轴）',
      project: '项目',
      capacity: '规模',
      stage: '阶段',
      caption: '能源项目规模与阶段（来函未给合计）',
      /** Width of the category axis, in px: the names run longer in English. */
      categoryWidth: 140,
    },
    summary: {
      item: (name: string, capacity: string) => `${name}${capacity}`,
      own: (name: string, capacity: string) => `${name}（${capacity}）`,
      /** `stage` in this language, `quoted` as the letter writes it. */
      sameStage: ({ n, stage }: { n: string; stage: string; quoted: string }) => `来函列出的${n}个能源项目均“${stage}”`,
      mixedStages: (n: string) => `来函列出${n}个能源项目，阶段见表格`,
      onAxis: (list: string) => `：${list}（图中按MW同轴比较）`,
      offAxis: forms({ other: (list: string) => `；${list}单位不同，未入图，列于表格` }),
      end: (body: string) => `${body}；来函未给出合计。`,
    },
  },
  investment: {
    kpi: { title: '招商引资', agreed: '达成合作投资总额', landed: '已落地' },
    chart: {
      title: '分产业招商引资：签约与落地',
      sourceNote: '分项按来函总数生成',
      agreed: '签约额',
      landed: '已落地',
      industry: '产业',
      group: '“2+1+X”分组',
      share: '落地占比',
      caption: '分产业签约额与已落地额',
      categoryWidth: 88,
    },
    summary: {
      head: (total: string) => `来函称达成合作投资总额${total}`,
      none: (head: string) => `${head}；暂无分产业数据。`,
      top: (head: string, name: string, agreed: string, landed: string, share: string) =>
        `${head}；按产业（“2+1+X”分组为推断），签约额最高的是${name}（签约${agreed}，已落地${landed}，占${share}）。`,
    },
  },
  policy: {
    kpi: { title: '政策任务', total: '第一批任务' },
    chart: {
      title: '第一批政策任务进度',
      unit: '项',
      sourceNote: '分项按来函总数生成',
      status: '状态',
      count: '任务数',
      share: '占比',
      caption: '政策任务按进度状态分布（按序时进度规则计算）',
      categoryWidth: 72,
    },
    summary: {
      /** One status's count: `items` is the count with its unit (26项), `n` the bare number. */
      part: ({ status, items }: { status: string; items: string; n: string }) => `${status}${items}`,
      /** `parts` one per status; `list` the same parts joined as a list in this language. */
      all: forms({ other: ({ items, parts }: { items: string; n: string; parts: string[]; list: string }) => `${items}任务中，${parts.join('，')}。` }),
    },
  },
  cooperation: { kpi: { title: '签约深度合作' } },
  /** The CSV of the projects table: units in the headers, so the cells stay bare numbers a spreadsheet can sum. */
  projectsCsv: {
    header: {
      name: '项目名称', category: '类别', park: '园区', stage: '阶段', unit: '责任单位',
      planned: '计划投资（万元）', completed: '累计完成投资（万元）', progress: '投资完成率（%）',
      status: (date: string) => `进度状态（截至${date}）`, start: '开始日期', end: '结束日期', provenance: '数据性质',
      row: '台账位置', checks: '导入提醒',
    },
    fileLabel: '项目清单',
    /** No quotation marks: only the letter's own words are quoted (tests/e2e/honest-figures). */
    wechat: '微信内无法保存文件。请点右上角的菜单，选择在浏览器打开，再导出。',
  },
  pipeline: {
    kpi: {
      title: '项目推进', count: '项目数', total: '总投资', completed: '累计完成投资', rate: '年度投资完成率', time: '序时进度',
      timeFormula: (days: number, daysInYear: number, date: string) => `${days} ÷ ${daysInYear}（${date}为全年第${days}天）`,
    },
    stageChart: {
      title: '项目：按类别与阶段', count: '项目数', money: '投资额', unitCount: '个',
      sourceNote: '逐项阶段与金额按来函总数生成', metric: '指标',
      axis: '纵轴：类别（名称为我们对来函的解读）', categoryWidth: 64,
      /** From a ledger's documented rows: the bars are its own records summed, under its own category names. */
      sourceNoteRecords: '按各项目记录汇总', axisRecords: '纵轴：类别',
      segment: (category: string, stage: string, value: string) => `${category}·${stage}：${value}，按此筛选`,
      countValue: forms({ other: (n: string) => `${n}个` }),
      hint: '点击或按回车选择图中一段，即按该类别和阶段筛选；再点一次取消。',
      selected: forms({ other: (what: string, count: string) => `已选：${what}（${count}个项目）` }),
      openList: '在项目清单中查看',
      clear: '清除选择',
    },
    progressChart: {
      title: '计划与完成投资（累计）', planned: '按计划应完成', completed: '实际完成', period: '时点',
      sourceNote: '逐月进度按来函总投资生成', caption: '累计计划与完成投资',
      /** A ledger gives no monthly figures: the curve spreads each project's amounts evenly over its dates. */
      sourceNoteRecords: '逐月进度按各项目总投资与起止日期均匀推算，非台账数字',
    },
    matrix: { category: '类别', caption: '各类别各阶段项目数与计划投资' },
    summary: {
      stage: (label: string, count: number) => `${label}${count}个`,
      category: (name: string, count: number) => `${name}${count}个`,
      all: forms({ other: (total: number, stages: string, categories: string, note: string) => `${total}个项目中，${stages}；按类别${note}，${categories}。` }),
      /** Only when the source's category names are our reading (the demo's letter), not the ledger's own. */
      inferredNames: '（类别名称为推断）',
      behind: (diff: string) => `落后${diff}`,
      ahead: (diff: string) => `超前${diff}`,
      even: '与计划持平',
      progress: (due: string, done: string, gap: string) => `截至数据日，已开工项目按计划应完成投资${due}，实际完成${done}，${gap}。`,
    },
  },
};
