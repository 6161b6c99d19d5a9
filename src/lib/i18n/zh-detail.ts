/**
 * A project's own page (the drawer at `?project=P09`) in Chinese. A dictionary of its own (detail.ts): only
 * the drawer, a lazy chunk, reads it, so its text stays out of the initial JS. Status words are the main
 * dictionary's (`status`), handed in, so a status reads the same in the drawer as in the table.
 */
export const zhDetail = {
  projectDetail: {
    close: '关闭',
    /** The dialog's name while the project is not yet known. */
    pending: '项目详情',
    badId: '链接中的项目编号无效',
    badIdShown: (raw: string) => `链接中的编号为：${raw}`,
    badIdHint: '项目编号只含字母、数字、连字符和下划线。请从项目清单重新打开该项目。',
    unknown: (id: string) => `没有编号为 ${id} 的项目`,
    unknownHint: '项目清单中找不到这个编号，链接可能有误或已过时。',
    note: '本项目的名称、金额、日期、进度、里程碑和责任单位均为示例数据，非官方数字。',
    fields: {
      id: '项目编号', category: '类别', park: '园区', stage: '阶段', unit: '责任单位',
      planned: '计划投资', completed: '累计完成投资', period: '计划期', provenance: '数据性质', row: '台账位置',
      progressText: '形象进度', problems: '存在问题', notes: '备注',
    },
    period: (start: string, end: string) => `${start}至${end}`,
    /** A ledger's record: where it was read. */
    row: (sheet: string, row: string) => `${sheet} 第${row}行`,
    /** What the ledger's check found doubtful about this row; it was let in, marked. */
    warnings: '导入时的提醒：',
    timeline: {
      title: '里程碑',
      /** The picture's name for a screen reader; the list under it gives each milestone. */
      summary: (start: string, end: string, asOf: string, share: string) => `时间轴：计划期${start}至${end}，数据截至${asOf}，位于计划期的${share}处`,
      start: '开始', end: '结束',
      list: '里程碑（按日期）',
      done: '已完成', pending: '未完成',
      outside: { before: '（早于计划期）', after: '（晚于计划期）' },
      none: '此项目未列里程碑。',
    },
    progress: {
      title: '进度与判定',
      elapsed: '时间进度', done: '完成进度',
      /** The rule applied to this project, with the numbers it used. */
      lag: (elapsed: string, done: string, lag: string) => `时间进度 ${elapsed} − 完成进度 ${done} = ${lag}`,
      behind: (pts: string) => `落后${pts}个百分点`,
      ahead: (pts: string) => `领先${pts}个百分点`,
      level: '持平（0个百分点）',
      pastEnd: (end: string) => `已过计划结束日期${end}而未完成`,
      notStarted: (start: string, asOf: string) => `计划开始日期${start}晚于数据截至日${asOf}，时间进度尚未起算`,
      finished: (done: string) => `完成进度 ${done}，累计完成投资已达计划投资`,
      then: '；',
      arrow: ' → ',
      rule: (amber: string, red: string, atRisk: string, behind: string) =>
        `判定规则：落后超过${amber}个百分点为${atRisk}，超过${red}个百分点为${behind}；已过计划结束日期而未完成也为${behind}。` +
        '落后 = 时间进度 − 完成进度，按数据截至日计算，非系统时间。',
    },
  },
};
