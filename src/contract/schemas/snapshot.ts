import { z } from 'zod/mini';
import { isoDateSchema, sourceSchema } from './common';
import { monthEntrySchema, monthIdSchema, monthOf, monthsInOrder, sha256Schema, snapshotFileSchema } from './months';
import { projectsSchema } from './work';

export const MANIFEST_FORMAT = 'yudongnan-dashboard/manifest@1';
export const SNAPSHOT_FORMAT = 'yudongnan-dashboard/snapshot@1';

const ORDER = { message: 'months are newest first, one entry each, each as of a day in its month', path: ['months'] };

/**
 * data/index.json, the manifest of a published build: the months, newest first, each with its file, content
 * hash and totals. Replaced whole when a month is added; fetched with no-cache, so the next open sees it.
 */
export const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  // Empty in the build as shipped (public/data/index.json): a host with nothing published answers it, not a 404.
  months: z.array(z.object({ ...monthEntrySchema.shape, file: snapshotFileSchema, sha256: sha256Schema })),
}).check(
  z.refine((m) => monthsInOrder(m.months), ORDER),
  z.refine((m) => m.months.every((e) => e.file === `${e.month}.json`), { message: 'each month\'s file is named by its month', path: ['months'] }),
);
export type Manifest = z.infer<typeof manifestSchema>;

/**
 * data/2026-10.json: every resource the ledger covers (today, the projects), in the contract's shapes, with
 * its month and as-of date. Never changed once published: a correction is a new file with a new hash.
 */
export const snapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  month: monthIdSchema,
  asOf: isoDateSchema,
  source: sourceSchema,
  resources: z.object({ projects: projectsSchema }),
}).check(z.refine((s) => monthOf(s.asOf) === s.month && s.resources.projects.asOf === s.asOf, {
  message: 'a snapshot is as of a day in its month, and so are its resources',
  path: ['asOf'],
}));
export type Snapshot = z.infer<typeof snapshotSchema>;
