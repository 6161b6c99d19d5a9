import type { Lang } from '@/lib/format';

/** The words the page carries before the import is opened; the rest load with their chunks. */
export const ENTRY_MESSAGES = {
  zh: { open: '导入台账', loading: '正在加载…' },
  en: { open: 'Load ledger', loading: 'Loading…' },
} satisfies Record<Lang, unknown>;
