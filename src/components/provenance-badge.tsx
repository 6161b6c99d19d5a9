import type { Provenance } from '@/contract/schemas';
import { useMessages } from '@/stores/use-messages';

/** The mark a leader reads first: anything not in the letter says so on the value itself. */
export function ProvenanceBadge({ provenance }: { provenance: Provenance }) {
  const m = useMessages();
  if (provenance === 'documented') return null;
  return <span className={`badge badge-${provenance}`}>{m[provenance]}</span>;
}
