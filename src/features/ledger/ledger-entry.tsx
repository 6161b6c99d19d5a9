import { Suspense, useState } from 'react';
import type { Source } from '@/contract/schemas';
import { PanelBoundary } from '@/components/panel-boundary';
import { retryableLazy } from '@/lib/retryable-lazy';
import { useLang } from '@/stores/language-store';
import { ENTRY_MESSAGES } from './entry-messages';

// The import (its dialog, the model, the words) is a chunk of its own; the reader and SheetJS are further
// chunks behind it, in a worker. The page carries only this button and the slot for the note.
const Dialog = retryableLazy<{ onClose: () => void; onImported: (message: string) => void }>(
  () => import('./ui/ledger-dialog').then((m) => ({ default: m.LedgerDialog })),
);
const Note = retryableLazy<{ source: Source | undefined }>(() => import('./note/local-ledger-note').then((m) => ({ default: m.LocalLedgerNote })));

/** 导入台账: where a planner brings this month's ledger in. */
export function LedgerEntry() {
  const m = ENTRY_MESSAGES[useLang()];
  const [open, setOpen] = useState(false);
  const [said, setSaid] = useState('');
  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" onPointerEnter={() => void Dialog.preload().catch(() => undefined)} onClick={() => setOpen(true)}>
        {m.open}
      </button>
      <span className="visually-hidden" role="status">{said}</span>
      {open ? (
        <PanelBoundary>
          <Suspense fallback={<span className="meta" role="status">{m.loading}</span>}>
            <Dialog.Component onClose={() => setOpen(false)} onImported={(message) => { setSaid(message); setOpen(false); }} />
          </Suspense>
        </PanelBoundary>
      ) : null}
    </>
  );
}

/**
 * The note a local ledger brings (its chunk loads only once one answers), kept mounted after it is removed
 * so it can say the demo is back.
 */
export function LocalLedgerSlot({ source }: { source: Source | undefined }) {
  const [seen, setSeen] = useState(false);
  if (source?.local && !seen) setSeen(true);
  if (!seen) return null;
  return (
    <PanelBoundary>
      <Suspense fallback={null}>
        <Note.Component source={source} />
      </Suspense>
    </PanelBoundary>
  );
}
