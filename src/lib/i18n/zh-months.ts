
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
  /** The header, in a published build: only the projects are the ledger's. */
  publishedNote: (month: string) => `项目数据为已发布的${month}台账；其他部分仍为来函整理数据与示例数据。`,
};
