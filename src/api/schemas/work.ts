import { z } from 'zod';
import { envelope, figureSchema, isoDateSchema, textSchema } from './common';

export const STAGES = ['planning', 'signed', 'approval', 'construction', 'completed'] as const;
export const stageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof stageSchema>;

export const CATEGORIES = ['new-engineering', 'new-infrastructure', 'industry-academia', 'future-community'] as const;
export const categorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof categorySchema>;

export const PARKS = ['suxin', 'green-energy', 'xinxian', 'core'] as const;
export const parkSchema = z.enum(PARKS);
export type Park = z.infer<typeof parkSchema>;

const milestoneSchema = z.object({ date: isoDateSchema, label: textSchema, done: z.boolean() });

export const projectSchema = z.object({
  id: z.string(),
  name: textSchema,
  /** `documented`: a project the letter names; its stage is the letter's, its numbers are still illustrative. */
  nameKind: z.enum(['documented', 'placeholder']),
  quote: z.string().optional(),
  category: categorySchema,
  park: parkSchema,
  stage: stageSchema,
  stageProvenance: z.enum(['documented', 'illustrative']),
  plannedWan: z.number().int().positive(),
  completedWan: z.number().int().nonnegative(),
  annualPlanWan: z.number().int().nonnegative(),
  annualCompletedWan: z.number().int().nonnegative(),
  start: isoDateSchema,
  end: isoDateSchema,
  milestones: z.array(milestoneSchema),
  responsibleUnit: textSchema,
  provenance: z.literal('illustrative'),
});
export type Project = z.infer<typeof projectSchema>;

export const projectsSchema = envelope({
  /** Totals of the whole pipeline as the letter states them, independent of any filter. */
  documented: z.object({ count: figureSchema, total: figureSchema, categories: figureSchema }),
  total: z.number().int().nonnegative(),
  items: z.array(projectSchema),
});
export type Projects = z.infer<typeof projectsSchema>;

export const projectFiltersSchema = z.object({
  category: categorySchema.optional(),
  stage: stageSchema.optional(),
  park: parkSchema.optional(),
  q: z.string().max(100).optional(),
});
export type ProjectFilters = z.infer<typeof projectFiltersSchema>;

export const policyTaskSchema = z.object({
  id: z.string(),
  title: textSchema,
  titleKind: z.enum(['documented', 'placeholder']),
  quote: z.string().optional(),
  start: isoDateSchema,
  due: isoDateSchema,
  progress: z.number().min(0).max(100),
  responsibleUnit: textSchema,
  provenance: z.literal('illustrative'),
});
export type PolicyTask = z.infer<typeof policyTaskSchema>;

export const policyTasksSchema = envelope({
  document: z.object({ title: textSchema, number: z.string(), quote: z.string() }),
  count: figureSchema,
  tasks: z.array(policyTaskSchema),
});
export type PolicyTasks = z.infer<typeof policyTasksSchema>;
