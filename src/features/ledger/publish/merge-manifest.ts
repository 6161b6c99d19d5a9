import { type MonthId } from '@/contract/schemas';
import { MANIFEST_FORMAT, manifestSchema, type Manifest } from '@/contract/schemas/snapshot';
import type { PublishedEntry } from './build-snapshot';

export interface MergedManifest {
  manifest: Manifest;
  /** The month was already published: its entry (and so its file) is replaced. */
  replaced: boolean;
  /** The replaced entry had this very hash: the file published is the one about to be written. */
  unchanged: boolean;
  /** The manifest's months, newest first. */
  months: MonthId[];
}

/** Thrown when the merged manifest would fail the contract (an old entry that no longer passes, say). */
export class ManifestMergeError extends Error {
  constructor(readonly issue: string) {
    super(`The new index.json would not match the contract (${issue}).`);
    this.name = 'ManifestMergeError';
  }
}

/**
 * The manifest after publishing one month: the old one's months plus this one, a month already there replaced
 * (a correction is a new file with a new hash), newest first. With no old manifest this is the first month.
 */
export function mergeManifest(old: Manifest | null, entry: PublishedEntry): MergedManifest {
  const previous = old?.months.find((m) => m.month === entry.month);
  const months = [...(old?.months ?? []).filter((m) => m.month !== entry.month), entry]
    // Month ids are YYYY-MM, so the string order is the calendar's.
    .sort((a, b) => (a.month < b.month ? 1 : a.month > b.month ? -1 : 0));
  const parsed = manifestSchema.safeParse({ format: MANIFEST_FORMAT, months });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ManifestMergeError(issue ? `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}` : 'unknown issue');
  }
  return {
    manifest: parsed.data,
    replaced: !!previous,
    unchanged: previous?.sha256 === entry.sha256,
    months: parsed.data.months.map((m) => m.month),
  };
}

/** index.json as written: pretty, so a diff of two manifests reads month by month, and ending in a newline. */
export const manifestText = (manifest: Manifest): string => `${JSON.stringify(manifest, null, 2)}\n`;
