import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { getResource } from './client';
import { RESOURCES, type ResourceName } from '@/contract/resources';
import type { ProjectFilters } from '@/contract/schemas';

/** One factory per resource (TkDodo's convention): key and fetcher live together, filters sit in the key. */
function resourceQuery<S extends z.ZodType>(name: Exclude<ResourceName, 'projects'>, schema: S) {
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

export const projectsQuery = (filters: ProjectFilters = {}) =>
  queryOptions({
    queryKey: ['projects', filters] as const,
    queryFn: ({ signal }) => getResource('projects', RESOURCES.projects.path, RESOURCES.projects.schema, { ...filters }, signal),
    // Changing a filter keeps the last result on screen until the new one arrives, instead of a skeleton.
    placeholderData: keepPreviousData,
  });
