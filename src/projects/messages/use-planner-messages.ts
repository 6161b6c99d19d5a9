import { PLANNER_MESSAGES, type PlannerMessages } from '@/projects/messages';
import { useLang } from '@/stores/language-store';

/** The planner's words (chips, projects view) in the page language; see src/projects/messages/index.ts. */
export const usePlannerMessages = (): PlannerMessages => PLANNER_MESSAGES[useLang()];
