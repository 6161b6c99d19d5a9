import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { apiMode, publishedState } from '@/api/client';
import { localLedgerKeeping, removeLocalLedger } from '@/api/local-ledger';
import { PROJECTS_KEY } from '@/api/queries';
import type { Source } from '@/contract/schemas';
import { PanelBoundary } from '@/components/panel-boundary';
import { retryableLazy } from '@/lib/retryable-lazy';
import { useLang } from '@/stores/language-store';
import { NOTE_MESSAGES } from './note-messages';

// The publish step (its dialog, the hashing, the words) is a chunk of its own, loaded on the first press.
const Publish = retryableLazy<{ onClose: () => void }>(() => import('../publish/publish-dialog').then((m) => ({ default: m.PublishDialog })));

/**
 * While a local ledger answers for the projects, the page says so, says whether this browser keeps it, offers
 * to publish it as a month of the site (发布…), and the one button that removes it and brings back what the
 * dashboard showed before (then says so).
 */
export function LocalLedgerNote({ source }: { source: Source | undefined }) {
  const m = NOTE_MESSAGES[useLang()];
  const queryClient = useQueryClient();
  const [removed, setRemoved] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const remove = async () => {
    await removeLocalLedger();
    await queryClient.resetQueries({ queryKey: PROJECTS_KEY });
    setRemoved(true);
  };
  if (!source?.local) {
    return removed ? <p className="url-note" role="status">{apiMode === 'live' ? m.removedLive : m.removed}</p> : null;
  }
  return (
    <div className="ledger-note" role="note">
      <p>{m.localNote(source.reference ?? source.title.zh)}</p>
      {publishedState() === 'published' ? <p>{m.localWins}</p> : null}
      {apiMode === 'demo' ? <p>{m.demoRest}</p> : null}
      {localLedgerKeeping() === 'session-only' ? <p>{m.sessionOnly}</p> : null}
      <button
        type="button" className="button" aria-haspopup="dialog"
        onPointerEnter={() => void Publish.preload().catch(() => undefined)} onClick={() => setPublishing(true)}
      >
        {m.publish}
      </button>{' '}
      <button type="button" className="button" onClick={() => void remove()}>{m.remove}</button>
      {publishing ? (
        <PanelBoundary>
          <Suspense fallback={<span className="meta" role="status">{m.publishLoading}</span>}>
            <Publish.Component onClose={() => setPublishing(false)} />
          </Suspense>
        </PanelBoundary>
      ) : null}
    </div>
  );
}
