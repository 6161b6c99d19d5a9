import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { apiMode } from '@/api/client';
import { localLedgerKeeping, removeLocalLedger } from '@/api/local-ledger';
import { projectsQuery } from '@/api/queries';
import type { Source } from '@/contract/schemas';
import { useLang } from '@/stores/language-store';
import { NOTE_MESSAGES } from './note-messages';

/**
 * While a local ledger answers for the projects, the page says so, says whether this browser keeps it, and
 * offers the one button that removes it and brings back what the dashboard showed before (then says so).
 */
export function LocalLedgerNote({ source }: { source: Source | undefined }) {
  const m = NOTE_MESSAGES[useLang()];
  const queryClient = useQueryClient();
  const [removed, setRemoved] = useState(false);
  const remove = async () => {
    await removeLocalLedger();
    await queryClient.resetQueries({ queryKey: projectsQuery().queryKey });
    setRemoved(true);
  };
  if (!source?.local) {
    return removed ? <p className="url-note" role="status">{apiMode === 'live' ? m.removedLive : m.removed}</p> : null;
  }
  return (
    <div className="ledger-note" role="note">
      <p>{m.localNote(source.reference ?? source.title.zh)}</p>
      {apiMode === 'demo' ? <p>{m.demoRest}</p> : null}
      {localLedgerKeeping() === 'session-only' ? <p>{m.sessionOnly}</p> : null}
      <button type="button" className="button" onClick={() => void remove()}>{m.remove}</button>
    </div>
  );
}
