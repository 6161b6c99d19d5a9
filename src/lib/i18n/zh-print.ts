/** Words for the printed brief: its frame, header and footer, and the print button (print layout helper). */
export const zhPrint = {
  printBrief: '打印简报',
};
