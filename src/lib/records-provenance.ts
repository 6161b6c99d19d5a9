import type { Provenance } from '@/contract/schemas';

/**
 * What a figure computed from records is: as weak as its weakest input. From documented records alone (a
 * ledger's rows) it is derived, and says so with its formula; one illustrative record (the demo's) makes it
 * illustrative, marked 示例数据. Never a fixed mark: the same panel shows a ledger and the demo honestly.
 */
export function computedFrom(records: readonly { provenance: Provenance }[]): Provenance {
  if (records.some((r) => r.provenance === 'illustrative')) return 'illustrative';
  if (records.some((r) => r.provenance === 'inferred')) return 'inferred';
  return 'derived';
}
