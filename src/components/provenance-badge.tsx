import type { Provenance } from '@/contract/schemas';
import { useMessages } from '@/lib/i18n/use-messages';
import { useCoveredByNote } from './mark-scope';

/**
 * The illustrative glyph: ※, the reference mark Chinese print uses for "see the note", and a shape none of the
 * status icons (● ▲ ■ ○ ✔) shares, so it never reads as a status. The reading guide explains it.
 */
export const ILLUSTRATIVE_GLYPH = '※';

/**
 * The mark a leader reads first: anything not in the letter says so on the value itself. Illustrative is a
 * compact glyph named 示例数据 (an image to assistive technology, so the name is not in the page's text), and
 * nothing at all inside a panel whose note already says it (MarkScope), unless `always`: a field whose value
 * is the record's provenance. Inferred and derived stay short words.
 */
export function ProvenanceBadge({ provenance, always = false }: { provenance: Provenance; always?: boolean }) {
  const m = useMessages();
  const covered = useCoveredByNote();
  if (provenance === 'documented') return null;
  if (provenance !== 'illustrative') return <span className={`badge badge-${provenance}`}>{m[provenance]}</span>;
  if (covered && !always) return null;
  return <span className="mark-illustrative" role="img" aria-label={m.illustrative} title={m.marks.glyphTitle}>{ILLUSTRATIVE_GLYPH}</span>;
}
