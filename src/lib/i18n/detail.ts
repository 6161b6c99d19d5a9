/**
 * The dictionary of a project's own page (the drawer), apart from the main one (index.ts) because only the
 * drawer's lazy chunk reads it. Same rules: English is typed by the Chinese, and tests/unit/i18n.test.ts walks both.
 */
import type { Lang } from '../format.ts';
import { enDetail } from './en-detail.ts';
import { zhDetail } from './zh-detail.ts';

export type DetailMessages = typeof zhDetail;
export const DETAIL_MESSAGES: Record<Lang, DetailMessages> = { zh: zhDetail, en: enDetail };
