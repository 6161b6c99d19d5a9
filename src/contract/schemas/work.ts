import { z } from 'zod/mini';
import { envelope, figureSchema, isoDateSchema, provenanceSchema, textSchema } from './common';

export const STAGES = ['planning', 'signed', 'approval', 'construction', 'completed'] as const;
export const stageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof stageSchema>;

export const CATEGORIES = ['new-engineering', 'new-infrastructure', 'industry-academia', 'future-community'] as const;
export const categorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof categorySchema>;

/** Park ids come from the data (the `parks` list of the projects resource), not from a list in the client. */
export const parkIdSchema = z.string().check(z.regex(/^[a-z0-9-]{1,40}$/));

const milestoneSchema = z.object({ date: isoDateSchema, label: textSchema, done: z.boolean() });

export const projectSchema = z.object({
  id: z.string(),
  name: textSchema,
  category: categorySchema,
  park: parkIdSchema,
  stage: stageSchema,
  plannedWan: z.number().check(z.int(), z.positive()),
  completedWan: z.number().check(z.int(), z.nonnegative()),
  annualPlanWan: z.number().check(z.int(), z.nonnegative()),
  annualCompletedWan: z.number().check(z.int(), z.nonnegative()),
  start: isoDateSchema,
  end: isoDateSchema,
  milestones: z.array(milestoneSchema),
  responsibleUnit: textSchema,
  /** The demo's records are all illustrative placeholders; a real service's records are documented. */
  provenance: provenanceSchema,
});
export type Project = z.infer<typeof projectSchema>;

/** A project the letter names: its name, the stage we read from the letter and the words we read it from. No numbers. */
export const namedProjectSchema = z.object({
  id: z.string(),
  name: textSchema,
  stage: stageSchema,
  stageProvenance: z.enum(['documented', 'inferred']),
  reading: z.optional(textSchema),
  quote: z.string().check(z.minLength(1)),
});
export type NamedProject = z.infer<typeof namedProjectSchema>;

export const projectsSchema = envelope({
  /** Totals of the whole pipeline as the letter states them, independent of any filter. */
  documented: z.object({ count: figureSchema, total: figureSchema, categories: figureSchema }),
  /** Category names: the letter describes four categories without naming them, so the names are a reading. */
  categories: z.array(z.object({
    id: categorySchema, name: textSchema, provenance: provenanceSchema, quote: z.optional(z.string()), reading: z.optional(textSchema),
  })),
  parks: z.array(z.object({ id: parkIdSchema, name: textSchema, provenance: provenanceSchema })),
  named: z.array(namedProjectSchema),
  total: z.number().check(z.int(), z.nonnegative()),
  items: z.array(projectSchema),
});
export type Projects = z.infer<typeof projectsSchema>;

export const projectFiltersSchema = z.object({
  category: z.optional(categorySchema),
  stage: z.optional(stageSchema),
  park: z.optional(parkIdSchema),
  q: z.optional(z.string().check(z.maxLength(100))),
});
export type ProjectFilters = z.infer<typeof projectFiltersSchema>;

export const policyTaskSchema = z.object({
  id: z.string(),
  title: textSchema,
  start: isoDateSchema,
  due: isoDateSchema,
  progress: z.number().check(z.gte(0), z.lte(100)),
  responsibleUnit: textSchema,
  provenance: provenanceSchema,
});
export type PolicyTask = z.infer<typeof policyTaskSchema>;

export const policyTasksSchema = envelope({
  document: z.object({ title: textSchema, number: z.string(), quote: z.string() }),
  count: figureSchema,
  tasks: z.array(policyTaskSchema),
});
export type PolicyTasks = z.infer<typeof policyTasksSchema>;
