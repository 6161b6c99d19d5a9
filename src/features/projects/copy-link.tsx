import { useState } from 'react';
import { usePlannerMessages } from '@/projects/messages/use-planner-messages';

type Outcome = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; href: string };

/**
 * Copies the address of this view (filters, sort and view are all in it). navigator.clipboard exists only in
 * secure contexts: on a plain-HTTP intranet host it is missing, and a browser may also refuse; then the page
 * says so and puts the link, selected, in a read-only field to copy by hand.
 */
export function CopyLink() {
  const m = usePlannerMessages().planner;
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const copy = async () => {
    const href = window.location.href;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(href);
      setOutcome({ kind: 'copied' });
    } catch {
      setOutcome({ kind: 'manual', href });
    }
  };
  return (
    <div className="copy-link">
      <button type="button" className="button" onClick={() => void copy()}>{m.copyLink}</button>
      {/* A status, not an alert: the reader asked for it and nothing went wrong with the page. */}
      <span role="status" className="copy-note">{outcome.kind === 'copied' ? m.copied : null}</span>
      {outcome.kind === 'manual' ? (
        <label className="copy-manual">
          <span>{m.copyManual}</span>
          <input className="input" readOnly value={outcome.href} aria-label={m.linkLabel}
            ref={(el) => { el?.focus(); el?.select(); }} onFocus={(e) => e.currentTarget.select()} />
        </label>
      ) : null}
    </div>
  );
}
