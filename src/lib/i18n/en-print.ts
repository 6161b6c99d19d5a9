import type { zhPrint } from './zh-print.ts';

export const enPrint: typeof zhPrint = {
  printBrief: 'Print brief',
  portrait: 'Print brief (A4 portrait)',
  landscape: 'Print brief (A4 landscape)',
  filters: (list: string) => `Filters: ${list}`,
  noFilters: 'Filters: none (all projects)',
  min: (amount: string) => `Planned ≥ ${amount}`,
  max: (amount: string) => `Planned ≤ ${amount}`,
  page: (n: string) => `Page ${n}`,
};
