import * as Dialog from '@radix-ui/react-dialog';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { PROJECTS_KEY } from '@/api/queries';
import type { Keeping } from '@/api/local-ledger';
import { useLang } from '@/stores/language-store';
import { DIALOG_MESSAGES } from './dialog-messages';
import { FileStep } from './file-step';
import { importLedger } from './import-ledger';
import { ReviewStep } from './review-step';
import { useLedgerImport } from './use-ledger-import';
import './ledger.css';

const isIsoDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

interface Props {
  onClose: () => void;
  /** What the page says once the ledger is in: how many projects, and whether this browser keeps it. */
  onImported: (message: string, keeping: Keeping) => void;
}

/**
 * The import, start to end: pick or drop the file, check how it was read, import. Until the last step the
 * dashboard keeps what it showed; a file that fails says why here, and nothing else changes.
 */
export function LedgerDialog({ onClose, onImported }: Props) {
  const lang = useLang();
  const m = DIALOG_MESSAGES[lang];
  const ledger = useLedgerImport();
  const queryClient = useQueryClient();
  const [refused, setRefused] = useState<string[] | undefined>();
  const [busy, setBusy] = useState(false);
  const { state, result, choices, asOf } = ledger;
  const count = result?.records.length ?? 0;
  const canImport = state.phase === 'review' && !!choices && count > 0 && isIsoDate(asOf.date) && !busy;

  const confirm = async () => {
    if (state.phase !== 'review' || !choices || !result) return;
    setBusy(true);
    const outcome = await importLedger(result.records, {
      fileName: state.file.name, sheet: choices.sheet, title: choices.analysis.title, reportedBy: choices.analysis.reportedBy, asOf: asOf.date,
    });
    setBusy(false);
    if (!outcome.ok) {
      setRefused(outcome.issues);
      return;
    }
    ledger.rememberChoices();
    // The dialog closes first, the dashboard redraws with the ledger in a task of its own: two shorter tasks.
    onImported(m.imported(outcome.count, state.file.name), outcome.keeping);
    await new Promise<void>((resolve) => { setTimeout(resolve, 0); });
    // The response the contract just accepted is the projects' data now; a reload reads it back through the
    // transport (which answers from the ledger) and the same parse. It wins on this computer over every
    // published month, so every month's entry now holds it (the ledger lists no months: no picker, no changes).
    queryClient.setQueriesData({ queryKey: PROJECTS_KEY }, outcome.projects);
  };

  return (
    <Dialog.Root open onOpenChange={(open) => { if (!open) onClose(); }}>
      <Dialog.Portal>
        <Dialog.Overlay className="drawer-overlay" />
        <Dialog.Content className="ledger-dialog" aria-describedby={undefined}>
          <div className="drawer-head">
            <Dialog.Title className="drawer-title">{m.title}</Dialog.Title>
            <Dialog.Close className="button drawer-close" aria-label={m.close}><span aria-hidden="true">✕</span></Dialog.Close>
          </div>
          <div className="ledger-body">
            {state.phase === 'choose' ? <FileStep m={m} onFile={(file) => void ledger.read(file)} /> : null}
            {state.phase === 'reading' ? (
              <div className="ledger-reading">
                <p>{m.reading(state.file.name)}</p>
                <progress aria-label={m.progress} max={1} value={state.share} />
                <button type="button" className="button" onClick={ledger.restart}>{m.cancel}</button>
              </div>
            ) : null}
            {state.phase === 'failed' ? (
              <div className="ledger-failed">
                <p className="ledger-warning" role="alert">{m.fileProblem[state.problem](state.detail)}</p>
                <button type="button" className="button" onClick={ledger.restart}>{m.another}</button>
              </div>
            ) : null}
            <ReviewStep m={m} lang={lang} ledger={ledger} />
          </div>
          {state.phase === 'review' ? (
            <div className="ledger-actions">
              {refused ? (
                <div className="ledger-warning" role="alert">
                  <p>{m.contractFailed}</p>
                  <ul>{refused.map((r) => <li key={r}>{r}</li>)}</ul>
                </div>
              ) : null}
              {count === 0 && choices ? <p className="ledger-warning">{m.nothingToImport}</p> : null}
              <button type="button" className="button button-primary" disabled={!canImport} onClick={() => void confirm()}>
                {m.importButton(count)}
              </button>
            </div>
          ) : null}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
