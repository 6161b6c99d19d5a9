/**
 * The big-screen mode's dictionary, apart from the main one (index.ts) because only the mode's lazily loaded
 * chunk reads it: its text travels there, not in the initial JS. Same rules: English is typed by the Chinese,
 * and tests/unit/screen-params.test.ts walks both.
 */
import type { Lang } from '../format.ts';
import { enScreen } from './en-screen.ts';
import { zhScreen } from './zh-screen.ts';

export type ScreenMessages = typeof zhScreen;
export const SCREEN_MESSAGES: Record<Lang, ScreenMessages> = { zh: zhScreen, en: enScreen };
