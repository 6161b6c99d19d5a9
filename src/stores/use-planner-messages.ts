import { PLANNER_MESSAGES, type PlannerMessages } from '@/lib/i18n/planner';
import { useLang } from './language-store';

/** The planner's words (chips, projects view) in the page language; see src/lib/i18n/planner.ts. */
export const usePlannerMessages = (): PlannerMessages => PLANNER_MESSAGES[useLang()];
