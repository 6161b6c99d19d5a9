/**
 * The planner's dictionary, apart from the main one (index.ts) because only lazily loaded code reads it (the
 * filter bar, the projects view): its text then travels in their chunks, not in the initial JS. Same rules:
 * English is typed by the Chinese, and tests/unit/i18n.test.ts walks both.
 */
import type { Lang } from '../../lib/format.ts';
import { enPlanner } from './en.ts';
import { zhPlanner } from './zh.ts';

export type PlannerMessages = typeof zhPlanner;
export const PLANNER_MESSAGES: Record<Lang, PlannerMessages> = { zh: zhPlanner, en: enPlanner };
