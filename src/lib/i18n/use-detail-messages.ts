import { DETAIL_MESSAGES, type DetailMessages } from '@/lib/i18n/detail';
import { useLang } from '@/stores/language-store';

/** The words of a project's own page (the drawer) in the page language; see src/lib/i18n/detail.ts. */
export const useDetailMessages = (): DetailMessages => DETAIL_MESSAGES[useLang()];
