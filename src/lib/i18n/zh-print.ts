/**
 * Words for the printed brief: its frame (the header and footer on every page) and the print button's menu.
 * In the main dictionary, not a lazy one: the frame renders synchronously inside beforeprint, with no time to load.
 */
export const zhPrint = {
  printBrief: '打印简报',
  portrait: '打印简报（A4 纵向）',
  landscape: '打印简报（A4 横向）',
  /** The header's line of the project filters in the link (the charts and the list follow them). */
  filters: (list: string) => `筛选条件：${list}`,
  noFilters: '筛选条件：未筛选（全部项目）',
  /** The planned-investment bounds, as the filter bar's chips word them. */
  min: (amount: string) => `计划投资 ≥ ${amount}`,
  max: (amount: string) => `计划投资 ≤ ${amount}`,
  page: (n: string) => `第 ${n} 页`,
};
