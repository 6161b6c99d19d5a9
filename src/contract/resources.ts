import type { z } from 'zod/mini';
import {
  cooperationSchema, energySchema, fundsSchema, investmentSchema, platformsSchema, policyTasksSchema,
  projectFiltersSchema, projectsSchema, summarySchema,
} from './schemas';

/** The REST contract in one table: the client, the mocks, the demo and openapi.json all read it. */
export const RESOURCES = {
  summary: { path: '/summary', schema: summarySchema, title: 'Zone, its context and headline figures' },
  funds: { path: '/funds', schema: fundsSchema, title: 'Investment funds and their deployment' },
  investment: { path: '/investment', schema: investmentSchema, title: 'Agreed investment, partners and industries' },
  energy: { path: '/energy-projects', schema: energySchema, title: 'Energy projects' },
  projects: { path: '/projects', schema: projectsSchema, title: 'The project pipeline: categories, parks and records', query: projectFiltersSchema },
  policyTasks: { path: '/policy-tasks', schema: policyTasksSchema, title: 'Policy document and its task list' },
  cooperation: { path: '/cooperation', schema: cooperationSchema, title: 'Cooperation agreements and Su-Xin partnership' },
  platforms: { path: '/platforms', schema: platformsSchema, title: 'Platform applications, parks and next steps' },
} as const satisfies Record<string, { path: string; schema: z.ZodMiniType; title: string; query?: z.ZodMiniObject }>;

export type ResourceName = keyof typeof RESOURCES;
export type ResourceData<R extends ResourceName> = z.infer<(typeof RESOURCES)[R]['schema']>;
