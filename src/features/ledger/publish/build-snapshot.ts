import { sha256Hex } from '@/api/sha256';
import { monthOf, type MonthId, type Projects, type Source } from '@/contract/schemas';
import { SNAPSHOT_FORMAT, snapshotSchema, type Manifest, type Snapshot } from '@/contract/schemas/snapshot';
import { monthTotals } from '@/projects/months/totals';

/** A manifest's entry for one month: what index.json lists beside the others. */
export type PublishedEntry = Manifest['months'][number];

export interface BuiltSnapshot {
  month: MonthId;
  /** data/2026-10.json: named by its month, so a manifest can only point at it by that name. */
  fileName: string;
  /** The exact JSON written; the hash is over its UTF-8 bytes. */
  text: string;
  bytes: Uint8Array<ArrayBuffer>;
  snapshot: Snapshot;
  entry: PublishedEntry;
}

/** Thrown when what would be written fails the contract: nothing half-valid is ever offered for download. */
export class SnapshotError extends Error {
  constructor(readonly issue: string) {
    super(`The snapshot does not match the contract (${issue}), so it was not written.`);
    this.name = 'SnapshotError';
  }
}

/** A published ledger is nobody's local copy: the flag would make every reader offer to "remove" it. */
function publishedSource(source: Source): Source {
  const copy = { ...source };
  delete copy.local;
  return copy;
}

const firstIssue = (issues: readonly { path: PropertyKey[]; message: string }[]) =>
  issues[0] ? `${issues[0].path.map(String).join('.') || '(root)'}: ${issues[0].message}` : 'unknown issue';

/**
 * The snapshot of an imported ledger: every resource it covers (today the projects), as of its 数据截至, in
 * the contract's shapes. The month and the month list are left out of the projects: the published transport
 * adds them from the manifest, so a snapshot never carries a stale list of its neighbours.
 */
export async function buildSnapshot(projects: Projects): Promise<BuiltSnapshot> {
  const rest = { ...projects };
  delete rest.month;
  delete rest.months;
  const source = publishedSource(projects.source);
  const month = monthOf(projects.asOf);
  const parsed = snapshotSchema.safeParse({
    format: SNAPSHOT_FORMAT,
    month,
    asOf: projects.asOf,
    source,
    resources: { projects: { ...rest, source } },
  });
  if (!parsed.success) throw new SnapshotError(firstIssue(parsed.error.issues));
  // The parsed data, so the file holds the contract's fields only, exactly as a reader will parse them.
  const snapshot = parsed.data;
  const text = JSON.stringify(snapshot);
  const bytes = new TextEncoder().encode(text);
  const fileName = `${month}.json`;
  const entry: PublishedEntry = {
    month,
    asOf: snapshot.asOf,
    source,
    file: fileName,
    sha256: await sha256Hex(bytes),
    totals: monthTotals(snapshot.resources.projects.items, snapshot.asOf),
  };
  return { month, fileName, text, bytes, snapshot, entry };
}
