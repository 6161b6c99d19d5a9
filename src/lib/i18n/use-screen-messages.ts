import { SCREEN_MESSAGES, type ScreenMessages } from '@/lib/i18n/screen';
import { useLang } from '@/stores/language-store';

/** The big-screen mode's words in the page language; see src/lib/i18n/screen.ts. */
export const useScreenMessages = (): ScreenMessages => SCREEN_MESSAGES[useLang()];
