/**
 * The report month a link shows (`?month=2026-09`), beside the filters in the URL: absent means the newest.
 * Every projects read on the page goes through here, so one link shows one month everywhere, with its as-of date.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { parseAsString, useQueryState } from 'nuqs';
import { projectsQuery } from '@/api/queries';
import { monthIdSchema } from '@/contract/schemas';
import { shown } from '@/lib/url-state';
import { CHOICE } from './url';

/** `?month=` → a well-formed month or none; anything else is reported and the newest shows. */
export function parseMonthParam(raw: string | null): { month: string | null; rejected: string | null } {
  if (raw === null || raw === '') return { month: null, rejected: null };
  return monthIdSchema.safeParse(raw).success ? { month: raw, rejected: null } : { month: null, rejected: shown('month', raw) };
}

const useMonthParam = () => useQueryState('month', parseAsString.withOptions(CHOICE));

/** The month shown: null for the newest (or a source with no months). */
export function useMonth(): string | null {
  return parseMonthParam(useMonthParam()[0]).month;
}

/** What the link asked for, when it was no month at all (for the picker's notice). */
export function useRejectedMonth(): string | null {
  return parseMonthParam(useMonthParam()[0]).rejected;
}

/** Choosing a month is a step Back undoes; the newest is written as no parameter, so a plain link stays plain. */
export function useSetMonth(): (month: string | null) => void {
  const [, set] = useMonthParam();
  return (month) => void set(month);
}

/**
 * The projects query of the month shown. While another month loads, the one on screen stays whole (with its
 * own as-of date), never a blank page or half of each.
 */
export const useProjectsOptions = () => ({ ...projectsQuery(useMonth()), placeholderData: keepPreviousData });
export const useProjects = () => useQuery(useProjectsOptions());

/** The month the projects on screen are from, as their response says (null: a source with no months). */
export const useShownMonth = (): string | null => useProjects().data?.month ?? null;
