/**
 * The presenter's export dictionary, apart from the main one (index.ts) because only the lazily loaded export
 * menu and view snapshot read it: its text then travels in their chunks, not in the initial JS. Same rules:
 * English is typed by the Chinese, and tests/unit/i18n.test.ts walks both.
 */
import type { Lang } from '../format.ts';
import { enExport } from './en-export.ts';
import { zhExport } from './zh-export.ts';

export type ExportMessages = typeof zhExport;
export const EXPORT_MESSAGES: Record<Lang, ExportMessages> = { zh: zhExport, en: enExport };
