import type { zhPrint } from './zh-print.ts';

export const enPrint: typeof zhPrint = {
  printBrief: 'Print brief',
};
