import { MESSAGES, type Messages } from '@/lib/i18n';
import { useLang } from '@/stores/language-store';

export const useMessages = (): Messages => MESSAGES[useLang()];
