import { z } from 'zod/mini';
import { envelope, factSchema, figureSchema, provenanceSchema, textSchema } from './common';

export const summarySchema = envelope({
  zone: z.object({ name: textSchema, shortName: textSchema }),
  /** What the letter says of the zone itself: its early stage, shortcomings, four positionings and green aim. */
  context: z.object({ stage: factSchema, gaps: z.array(factSchema), positionings: z.array(factSchema), zeroCarbon: factSchema }),
  /** The few headline figures that prove the data path end to end. */
  headline: z.object({
    investmentAgreed: figureSchema,
    pipelineTotal: figureSchema,
    pipelineCount: figureSchema,
    policyTasks: figureSchema,
  }),
});
export type Summary = z.infer<typeof summarySchema>;

export const fundSchema = z.object({ id: z.string(), name: textSchema, size: figureSchema });
export const fundDeploymentPointSchema = z.object({
  month: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
  fundId: z.string(),
  cumulativeWan: z.number().check(z.int(), z.nonnegative()),
  provenance: provenanceSchema,
});
export const fundsSchema = envelope({
  funds: z.array(fundSchema),
  /** The sum of the sizes: derived, with its formula. */
  total: figureSchema,
  vehicle: factSchema,
  deployment: z.array(fundDeploymentPointSchema),
});
export type Funds = z.infer<typeof fundsSchema>;
export type FundDeploymentPoint = z.infer<typeof fundDeploymentPointSchema>;

export const industrySchema = z.object({
  id: z.string(),
  name: textSchema,
  /** Which part of "2+1+X" an industry belongs to is our reading of the letter. */
  group: z.enum(['2', '1', 'X']),
  agreedWan: z.number().check(z.int(), z.nonnegative()),
  landedWan: z.number().check(z.int(), z.nonnegative()),
  provenance: provenanceSchema,
});
export const investmentSchema = envelope({
  agreed: figureSchema,
  partners: z.array(factSchema),
  landed: z.array(factSchema),
  industries: z.array(industrySchema),
  industryGrouping: factSchema,
  targetRegions: z.array(factSchema),
  event: factSchema,
});
export type Investment = z.infer<typeof investmentSchema>;
export type Industry = z.infer<typeof industrySchema>;

export const energyProjectSchema = z.object({
  id: z.string(),
  name: textSchema,
  kind: z.enum(['hydrogen', 'chemical-storage', 'compressed-air', 'pumped-storage']),
  capacity: figureSchema,
  /** The letter says only that all four are being advanced; no finer stage is invented for real projects. */
  stage: factSchema,
});
export const energySchema = envelope({ projects: z.array(energyProjectSchema) });
export type Energy = z.infer<typeof energySchema>;
export type EnergyProject = z.infer<typeof energyProjectSchema>;

export const cooperationSchema = envelope({
  counts: z.array(z.object({
    kind: z.enum(['hightech-zone', 'university', 'institute', 'enterprise']),
    name: textSchema,
    count: figureSchema,
  })),
  suXin: z.object({ plan: factSchema, company: factSchema, registered: z.string(), parkArea: figureSchema }),
});
export type Cooperation = z.infer<typeof cooperationSchema>;

export const platformsSchema = envelope({
  policy: factSchema,
  applications: z.array(z.object({
    id: z.string(),
    name: textSchema,
    /** `listed`: in the policy's first task list; `next-step`: among the letter's next steps (下一步). */
    stage: z.enum(['listed', 'next-step']),
    quote: z.string(),
  })),
  parks: z.array(z.object({ id: z.string(), name: textSchema, area: z.optional(figureSchema), quote: z.string() })),
  clusters: figureSchema,
  chains: figureSchema,
  nextSteps: z.array(factSchema),
});
export type Platforms = z.infer<typeof platformsSchema>;
