// Types of tests/bench/snapshots.mjs, for the unit test that checks its output against the contract.
export const MANIFEST_FORMAT: string;
export const SNAPSHOT_FORMAT: string;
export const DEFAULTS: { months: number; projects: number; newest: string; seed: number };

export interface SnapshotOptions {
  /** How many months, ending with `newest` (default 24). */
  months?: number;
  /** Projects in every month (default 2,000). */
  projects?: number;
  /** The newest month, YYYY-MM (default 2026-10). */
  newest?: string;
  seed?: number;
}

export interface Built {
  /** The manifest as written to index.json. */
  manifest: { format: string; months: { month: string; asOf: string; file: string; sha256: string; totals: unknown }[] };
  /** Every file's exact bytes, by name: index.json and YYYY-MM.json. */
  files: Map<string, Buffer>;
}

export function prng(seed: number): () => number;
export function sha256(bytes: Uint8Array): string;
export function buildSnapshots(options: SnapshotOptions, contract: { monthTotals: (items: never[], asOf: string) => unknown }): Built;
export function verifySnapshots(
  built: Pick<Built, 'files'>,
  contract: {
    manifestSchema: { safeParse: (x: unknown) => unknown };
    snapshotSchema: { safeParse: (x: unknown) => unknown };
    sha256Hex: (bytes: Uint8Array) => Promise<string>;
  },
): Promise<unknown>;
export function loadContract(): Promise<Record<string, unknown>>;
export function writeSnapshots(dir: string, options?: SnapshotOptions): Promise<{
  manifest: Built['manifest'];
  sizes: Record<string, number>;
  builtMs: number;
  verifiedMs: number;
}>;
