import { createContext, useContext, type ReactNode } from 'react';
import { useMessages } from '@/lib/i18n/use-messages';

const Covered = createContext(false);

/**
 * A panel whose every value is illustrative says so once, in its note; inside it a value-level 示例数据 mark
 * would only repeat that, so ProvenanceBadge leaves illustrative values bare (data-provenance stays on them).
 * Inferred and derived marks still show: the note does not cover them.
 */
export function MarkScope({ covered = true, children }: { covered?: boolean; children: ReactNode }) {
  return <Covered.Provider value={covered}>{children}</Covered.Provider>;
}

/** Whether a panel note already says the values here are illustrative. */
export const useCoveredByNote = (): boolean => useContext(Covered);

/**
 * The one panel-level mark: 示例数据 beside the panel's title, or a sentence of the panel's own that says it
 * once. Hover (title) explains why nothing inside is marked again.
 */
export function PanelNote({ id, children }: { id?: string; children?: ReactNode }) {
  const m = useMessages();
  return <span id={id} className="panel-note" title={m.marks.panelTitle}>{children ?? m.illustrative}</span>;
}
