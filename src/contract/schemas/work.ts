import { z } from 'zod/mini';
import { monthEntrySchema, monthIdSchema, monthsInOrder } from './months';
import { dataIdSchema, envelope, figureSchema, isoDateSchema, localTextSchema, provenanceSchema, rowRefSchema, textSchema } from './common';

export const STAGES = ['planning', 'signed', 'approval', 'construction', 'completed'] as const;
export const stageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof stageSchema>;

/**
 * Category and park ids come from the data (the `categories` and `parks` lists of the projects resource, in
 * their order), not from a list in the client: a ledger brings its own. The demo keeps its four categories.
 */
export const categorySchema = dataIdSchema;
export type Category = z.infer<typeof categorySchema>;
export const parkIdSchema = dataIdSchema;

const amountQualifierSchema = z.enum(['approx', 'over']);
export const datePrecisionSchema = z.enum(['month', 'year']);

const milestoneSchema = z.object({ date: isoDateSchema, label: localTextSchema, done: z.boolean() });

export const projectSchema = z.object({
  id: z.string(),
  /** The source's own project number (a ledger's 项目编号), when it has one: what matches a project across months. */
  code: z.optional(z.string().check(z.minLength(1), z.maxLength(60))),
  name: localTextSchema,
  category: categorySchema,
  park: parkIdSchema,
  stage: stageSchema,
  /** The source's own wording of the stage (a ledger's 建设性质: 续建, 前期…), shown beside the stage. */
  stageText: z.optional(z.string().check(z.minLength(1), z.maxLength(40))),
  plannedWan: z.number().check(z.int(), z.positive()),
  completedWan: z.number().check(z.int(), z.nonnegative()),
  annualPlanWan: z.number().check(z.int(), z.nonnegative()),
  annualCompletedWan: z.number().check(z.int(), z.nonnegative()),
  start: isoDateSchema,
  end: isoDateSchema,
  milestones: z.array(milestoneSchema),
  responsibleUnit: localTextSchema,
  /** The demo's records are all illustrative placeholders; a real source's records are documented. */
  provenance: provenanceSchema,
  /** A ledger's record: the row it was read from. */
  row: z.optional(rowRefSchema),
  /** Amounts the source gives as approximate (约3亿, 3亿左右) or as a floor (5000万以上): never shown bare. */
  qualifiers: z.optional(z.object({
    planned: z.optional(amountQualifierSchema), completed: z.optional(amountQualifierSchema),
    annualPlan: z.optional(amountQualifierSchema), annualCompleted: z.optional(amountQualifierSchema),
  })),
  /** Dates the source gives as a month or a year only (2024年5月): the day is a stated convention, not data. */
  precision: z.optional(z.object({ start: z.optional(datePrecisionSchema), end: z.optional(datePrecisionSchema) })),
  /** A ledger's 形象进度, 存在问题 and 备注, as written. */
  progressText: z.optional(z.string().check(z.minLength(1), z.maxLength(1000))),
  problems: z.optional(z.string().check(z.minLength(1), z.maxLength(1000))),
  notes: z.optional(z.string().check(z.minLength(1), z.maxLength(1000))),
  /** What the source's check found doubtful about this record (an approximate amount, a date read as a month). */
  warnings: z.optional(z.array(localTextSchema)),
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
  /** Totals of the whole pipeline as the source states them (or derived from its rows), independent of any filter. */
  documented: z.object({ count: figureSchema, total: figureSchema, categories: figureSchema }),
  /**
   * The categories in the source's order, with their names (the demo's letter describes four without naming
   * them, so there the names are a reading). Every project's category is one of these ids.
   */
  categories: z.array(z.object({
    id: categorySchema, name: localTextSchema, provenance: provenanceSchema, quote: z.optional(z.string()), reading: z.optional(textSchema),
  })),
  parks: z.array(z.object({ id: parkIdSchema, name: localTextSchema, provenance: provenanceSchema })),
  named: z.array(namedProjectSchema),
  total: z.number().check(z.int(), z.nonnegative()),
  items: z.array(projectSchema),
  /** Which published report month this is (a snapshot's), when the source publishes months. */
  month: z.optional(monthIdSchema),
  /**
   * Every month the source has published, newest first, with each one's totals: what the month picker lists and
   * the trend draws. It travels with the projects, so the list and the month shown can never disagree.
   */
  months: z.optional(z.array(monthEntrySchema).check(z.refine(monthsInOrder, { message: 'months are newest first, one entry each, each as of a day in its month' }))),
}).check(z.refine((r) => r.source.kind !== 'ledger' || r.items.every((p) => p.provenance !== 'documented' || !!p.row), {
  message: 'a ledger\'s documented project names its sheet row',
  path: ['items'],
}));
export type Projects = z.infer<typeof projectsSchema>;

export const projectFiltersSchema = z.object({
  category: z.optional(categorySchema),
  stage: z.optional(stageSchema),
  park: z.optional(parkIdSchema),
  q: z.optional(z.string().check(z.maxLength(100))),
  /** A published report month (see `/months`); absent: the newest. */
  month: z.optional(monthIdSchema),
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
