import { EXPORT_MESSAGES, type ExportMessages } from '@/lib/i18n/export';
import { useLang } from '@/stores/language-store';

/** The export menu's and view snapshot's words in the page language; see src/lib/i18n/export.ts. */
export const useExportMessages = (): ExportMessages => EXPORT_MESSAGES[useLang()];
