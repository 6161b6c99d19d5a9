import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod/mini';
import { getResource } from './client';
import { RESOURCES, type ResourceName } from '@/contract/resources';

/** One factory per resource (TkDodo's convention): key and fetcher live together. */
function resourceQuery<S extends z.ZodMiniType>(name: Exclude<ResourceName, 'projects'>, schema: S) {
  return queryOptions({
    queryKey: [name] as const,
    queryFn: ({ signal }): Promise<z.infer<S>> => getResource(name, RESOURCES[name].path, schema, {}, signal),
  });
}

export const summaryQuery = () => resourceQuery('summary', RESOURCES.summary.schema);
export const fundsQuery = () => resourceQuery('funds', RESOURCES.funds.schema);
export const investmentQuery = () => resourceQuery('investment', RESOURCES.investment.schema);
export const energyQuery = () => resourceQuery('energy', RESOURCES.energy.schema);
export const policyTasksQuery = () => resourceQuery('policyTasks', RESOURCES.policyTasks.schema);
export const cooperationQuery = () => resourceQuery('cooperation', RESOURCES.cooperation.schema);
export const platformsQuery = () => resourceQuery('platforms', RESOURCES.platforms.schema);

/**
 * The whole project list of one report month (null: the newest, or the only one), fetched once and filtered in
 * memory (src/projects/selection/select.ts): up to 20,000 rows fit on the client. The contract keeps its query
 * parameters for a back end that outgrows that. Every month is its own cache entry, so switching back is instant.
 */
export const projectsQuery = (month: string | null = null) =>
  queryOptions({
    queryKey: ['projects', month] as const,
    queryFn: ({ signal }) => getResource('projects', RESOURCES.projects.path, RESOURCES.projects.schema, month ? { month } : {}, signal),
  });

/** Every month's projects share this prefix: a local ledger loaded or removed replaces all of them. */
export const PROJECTS_KEY = ['projects'] as const;
