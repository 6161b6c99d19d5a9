import type { Project } from '@/contract/schemas';
import { useMessages } from '@/lib/i18n/use-messages';

/**
 * A project's stage in the app's fixed vocabulary, and beside it the source's own wording (a ledger's 续建 or
 * 前期), which stays Chinese on the English page and says so to a screen reader.
 */
export function StageLabel({ p }: { p: Pick<Project, 'stage' | 'stageText'> }) {
  const m = useMessages();
  if (!p.stageText) return <>{m.stage[p.stage]}</>;
  return <>{m.stage[p.stage]}<span className="stage-own" lang="zh">{m.aside(p.stageText)}</span></>;
}
