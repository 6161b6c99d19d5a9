import { saveLocalLedger, type Keeping } from '@/api/local-ledger';
import { projectsSchema, type Projects } from '@/contract/schemas';
import { ledgerToProjects, type LedgerMeta } from '../model/to-projects';
import type { LedgerRecord } from '../model/types';

export type ImportOutcome =
  | { ok: true; count: number; keeping: Keeping; projects: Projects }
  | { ok: false; issues: string[] };

/**
 * The accepted rows become a `projects` response and pass the contract's schema, as any server's would,
 * before anything is stored: a row the check let through but the contract refuses keeps the whole import
 * out, and the dashboard keeps what it showed.
 */
export async function importLedger(records: readonly LedgerRecord[], meta: LedgerMeta): Promise<ImportOutcome> {
  const projects = ledgerToProjects(records, meta);
  const parsed = projectsSchema.safeParse(projects);
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.slice(0, 10).map((i) => `${i.path.join('.')}: ${i.message}`) };
  }
  // A task of its own for the text kept in storage: building, checking and writing 2,000 records in one
  // would be a long task.
  await nextTask();
  const keeping = await saveLocalLedger({ fileName: meta.fileName, projects: JSON.stringify(parsed.data) });
  return { ok: true, count: parsed.data.items.length, keeping, projects: parsed.data };
}

const nextTask = () => new Promise<void>((resolve) => { setTimeout(resolve, 0); });
