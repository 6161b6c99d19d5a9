/**
 * The planner's words in Chinese: the filter chips and the projects view (项目清单). A dictionary of its own
 * (src/projects/messages/index.ts), read only by lazily loaded code (the filter bar, the projects view), so its text
 * stays out of the initial JS. The tabs and the link from 需关注 are in the main dictionary (zh-panels.ts).
 */
export const zhPlanner = {
  /** The planned-investment range of the filter bar: typed in 亿元, kept in the URL in 万元. */
  range: { min: '计划投资下限（亿元）', max: '计划投资上限（亿元）', bad: '请输入非负数字，单位亿元' },
  /** The search box: names, full pinyin, initials or a mix (the pinyin part is a lazy chunk of its own). */
  search: {
    hint: '名称、拼音或首字母，如 sjzx',
    pinyinFailed: '拼音搜索未能加载，暂只按文字匹配；再次点击搜索框即重试。',
    named: '来函点名的项目中的匹配',
  },
  chips: {
    label: '当前筛选条件',
    remove: (what: string) => `移除筛选：${what}`,
    item: (field: string, value: string) => `${field}：${value}`,
    min: (amount: string) => `计划投资 ≥ ${amount}`,
    max: (amount: string) => `计划投资 ≤ ${amount}`,
    clearAll: '全部清除',
  },
  planner: {
    title: '项目清单',
    note: '逐个项目的名称、园区、金额、日期、进度和责任单位均为示例数据；状态按规则在数据截至日计算。',
    count: (shown: string, total: string) => `显示 ${shown} / ${total} 个项目`,
    caption: '项目清单，点击列标题排序',
    columns: {
      name: '项目名称', category: '类别', park: '园区', stage: '阶段', unit: '责任单位', plannedWan: '计划投资',
      completedWan: '累计完成投资', change: '较上月', progress: '完成率', status: '状态', start: '开始日期', end: '结束日期', provenance: '数据性质',
    },
    sort: { asc: '升序', desc: '降序' },
    sortLabel: '排序', sortNone: '默认顺序',
    none: '没有符合筛选条件的项目。',
    documented: '来函原文',
    rowWarnings: (n: number) => `导入提醒${n}条`,
    copyLink: '复制链接',
    copied: '链接已复制，可直接粘贴发送。',
    /** navigator.clipboard exists only on HTTPS (and localhost): a plain-HTTP intranet host has none. */
    copyManual: '浏览器未提供复制功能（页面不是通过 HTTPS 打开时即如此）。下方链接已选中，请手动复制：',
    linkLabel: '本视图的链接',
    csv: '下载 CSV',
    csvFilters: '筛选',
    /** Printed above a list longer than a printout carries (the name of the CSV button is passed in). */
    printCap: (shown: string, total: string, csv: string) => `打印清单只含前${shown}个项目（共${total}个）；完整清单请用「${csv}」。`,
    named: { note: '来函点名的项目不在上表之列：来函只给出项目名称，未给出金额、日期或进度，也未说明它们是否计入26个项目。' },
  },
};
