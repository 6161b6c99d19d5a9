import type { Transport } from '@/contract/transport';
import type * as IdbKeyval from 'idb-keyval';
import { RESOURCES } from '@/contract/resources';

/**
 * A ledger a planner loaded in this browser: the `projects` response it became, as JSON text, kept in
 * IndexedDB so it survives a reload. The transport serves it in place of the server's projects, so it goes
 * through the same parse at the boundary as any response. Nothing leaves the computer.
 */
export interface StoredLedger {
  fileName: string;
  /** The projects response, as the import built it (already checked against the contract). */
  projects: string;
}

/** What became of a save: kept across reloads, or (private mode, storage blocked) kept for this session only. */
export type Keeping = 'kept' | 'session-only';

const KEY = 'yudongnan:ledger:v1';
// Safari 14 can leave indexedDB.open pending forever on its first call; past this the storage counts as absent.
const OPEN_TIMEOUT_MS = 3_000;

// This session's copy: what the transport serves, and the only copy when storage is unavailable.
let session: StoredLedger | null | undefined;
let keeping: Keeping = 'kept';

/** Whether the ledger now served survives a reload (a page notes it when it will not). */
export const localLedgerKeeping = (): Keeping => keeping;

type Keyval = typeof IdbKeyval;
let keyval: Promise<Keyval> | undefined;

function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('storage did not answer')), OPEN_TIMEOUT_MS);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

async function store(): Promise<Keyval | undefined> {
  if (typeof indexedDB === 'undefined') return undefined;
  keyval ??= import('idb-keyval');
  try {
    return await keyval;
  } catch {
    keyval = undefined;
    return undefined;
  }
}

/** The ledger this browser keeps, if any; storage that fails or hangs reads as none. */
export async function readLocalLedger(): Promise<StoredLedger | undefined> {
  if (session !== undefined) return session ?? undefined;
  const kv = await store();
  let found: StoredLedger | undefined;
  try {
    const value = kv ? await withTimeout(kv.get<StoredLedger>(KEY)) : undefined;
    found = value && typeof value.projects === 'string' && typeof value.fileName === 'string' ? value : undefined;
  } catch {
    found = undefined;
  }
  // A later save or removal in this session may have run while storage answered; it wins.
  if (session === undefined) session = found ?? null;
  return session ?? undefined;
}

export async function saveLocalLedger(ledger: StoredLedger): Promise<Keeping> {
  session = ledger;
  const kv = await store();
  try {
    if (!kv) throw new Error('no storage');
    await withTimeout(kv.set(KEY, ledger));
    keeping = 'kept';
  } catch {
    keeping = 'session-only';
  }
  return keeping;
}

/** Forgets the ledger here and in storage; the server's (or the demo's) projects come back. */
export async function removeLocalLedger(): Promise<void> {
  session = null;
  const kv = await store();
  try {
    if (kv) await withTimeout(kv.del(KEY));
  } catch {
    // Storage that cannot delete could not keep it either; the session copy is gone, which is what shows.
  }
}

/** Tests start each case with nothing loaded and storage read afresh. */
export function resetLocalLedgerForTests(): void {
  session = undefined;
  keeping = 'kept';
}

/** The projects path answers from the local ledger when there is one; every other path, and no ledger, goes on. */
export const withLocalLedger = (next: Transport): Transport => async (path, params, signal) => {
  if (path === RESOURCES.projects.path) {
    const ledger = await readLocalLedger();
    if (ledger) return { status: 200, contentType: 'application/json', text: ledger.projects };
  }
  return next(path, params, signal);
};
