import { useEffect, useMemo, useState } from 'react';
import { readLocalLedger } from '@/api/local-ledger';
import { projectsSchema } from '@/contract/schemas';
import { type Manifest } from '@/contract/schemas/snapshot';
import { buildSnapshot, SnapshotError, type BuiltSnapshot } from './build-snapshot';
import { ManifestMergeError, mergeManifest, type MergedManifest } from './merge-manifest';
import { fetchHostManifest, ManifestReadError, readOldManifest } from './read-manifest';

export type Built = { phase: 'building' } | { phase: 'none' } | { phase: 'failed'; detail: string } | { phase: 'ready'; built: BuiltSnapshot };
export type HostManifest = { phase: 'checking' } | { phase: 'ready'; manifest: Manifest | null } | { phase: 'failed'; error: ManifestReadError };
export interface DroppedManifest { name: string; manifest: Manifest }
export interface DropFailure { name: string; error: ManifestReadError }
export type Merged = { ok: true; merged: MergedManifest } | { ok: false; detail: string };

const asReadError = (e: unknown) => (e instanceof ManifestReadError ? e : new ManifestReadError('unreachable', (e as Error).message));

/** The stored ledger as a snapshot; it passed the contract when imported, and is checked again as stored text. */
async function buildFromLedger(): Promise<Built> {
  const ledger = await readLocalLedger();
  if (!ledger) return { phase: 'none' };
  try {
    const parsed = projectsSchema.safeParse(JSON.parse(ledger.projects));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { phase: 'failed', detail: issue ? `${issue.path.map(String).join('.')}: ${issue.message}` : 'projects' };
    }
    return { phase: 'ready', built: await buildSnapshot(parsed.data) };
  } catch (e) {
    return { phase: 'failed', detail: e instanceof SnapshotError ? e.issue : (e as Error).message };
  }
}

/**
 * The publish step's state: the snapshot of the local ledger, the manifest it is added to (the host's, fetched
 * on open, or one the user drops in instead) and the manifest that results.
 */
export function usePublish() {
  const [built, setBuilt] = useState<Built>({ phase: 'building' });
  const [host, setHost] = useState<HostManifest>({ phase: 'checking' });
  const [dropped, setDropped] = useState<DroppedManifest | null>(null);
  const [dropFailure, setDropFailure] = useState<DropFailure | null>(null);

  useEffect(() => {
    let live = true;
    void buildFromLedger().then((b) => { if (live) setBuilt(b); });
    fetchHostManifest().then(
      (manifest) => { if (live) setHost({ phase: 'ready', manifest }); },
      (e: unknown) => { if (live) setHost({ phase: 'failed', error: asReadError(e) }); },
    );
    return () => { live = false; };
  }, []);

  const drop = async (file: File) => {
    try {
      const manifest = await readOldManifest(file);
      setDropped({ name: file.name, manifest });
      setDropFailure(null);
    } catch (e) {
      // A file that fails leaves the manifest in use as it was: the host's, or the last good file.
      setDropFailure({ name: file.name, error: asReadError(e) });
    }
  };
  const backToHost = () => { setDropped(null); setDropFailure(null); };

  // A host that cannot be read leaves the first-month manifest on offer; the dialog says what that means.
  const base: Manifest | null | undefined = dropped ? dropped.manifest : host.phase === 'checking' ? undefined : host.phase === 'ready' ? host.manifest : null;
  const merged = useMemo((): Merged | undefined => {
    if (built.phase !== 'ready' || base === undefined) return undefined;
    try {
      return { ok: true, merged: mergeManifest(base, built.built.entry) };
    } catch (e) {
      return { ok: false, detail: e instanceof ManifestMergeError ? e.issue : (e as Error).message };
    }
  }, [built, base]);

  return { built, host, dropped, dropFailure, base, merged, drop, backToHost };
}
