import type { MonthId } from '@/contract/schemas';
import type { Manifest } from '@/contract/schemas/snapshot';
import { formatDate, type Lang } from '@/lib/format';
import { formatList } from '@/lib/i18n';
import type { ManifestReadError } from './read-manifest';
import type { PublishMessages } from './publish-messages';
import type { DropFailure, DroppedManifest, HostManifest, Merged } from './use-publish';

interface Props {
  m: PublishMessages;
  lang: Lang;
  month: MonthId;
  host: HostManifest;
  dropped: DroppedManifest | null;
  dropFailure: DropFailure | null;
  base: Manifest | null | undefined;
  merged: Merged | undefined;
  onFile: (file: File) => void;
  onBackToHost: () => void;
}

const reason = (m: PublishMessages, e: ManifestReadError) => m.problem[e.problem](e.detail);

/** What the new index.json is built on, and what it will say: added, replaced, or the first month. */
function statusLine({ m, lang, month, host, dropped, base, merged }: Props): string {
  if (!merged) return m.checking;
  if (!merged.ok) return '';
  const shown = formatDate(month, lang, 'month');
  const old = base?.months ?? [];
  const list = formatList(old.map((e) => formatDate(e.month, lang, 'month')), lang);
  const { replaced, unchanged } = merged.merged;
  let line: string;
  if (dropped) line = (replaced ? m.fileReplace : m.fileAdd)(dropped.name, old.length, list, shown);
  else if (host.phase === 'failed') return '';
  else if (!base || old.length === 0) line = m.hostNone;
  else line = (replaced ? m.hostReplace : m.hostAdd)(old.length, list, shown);
  return unchanged ? m.unchanged(line) : line;
}

/** The manifest's status on open, the way to drop an older index.json in instead, and the way back. */
export function ManifestStatus(props: Props) {
  const { m, lang, month, host, dropped, dropFailure, merged, onFile, onBackToHost } = props;
  const hostFailed = !dropped && host.phase === 'failed' ? host.error : undefined;
  return (
    <>
      <p role="status">{statusLine(props)}</p>
      {hostFailed ? <p className="ledger-warning" role="alert">{m.hostFailed(reason(m, hostFailed), formatDate(month, lang, 'month'))}</p> : null}
      {merged && !merged.ok ? <p className="ledger-warning" role="alert">{m.mergeFailed(merged.detail)}</p> : null}
      {dropFailure ? <p className="ledger-warning" role="alert">{m.fileFailed(dropFailure.name, reason(m, dropFailure.error))}</p> : null}
      <p className="publish-hint">{m.chooseOldHint}</p>
      <p className="publish-choose-row">
        <label className="button ledger-choose-old">
          {m.chooseOld}
          <input
            type="file"
            className="visually-hidden"
            accept=".json,application/json"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              // Cleared, so the same file chosen again (after fixing it) is read again.
              e.currentTarget.value = '';
              if (file) onFile(file);
            }}
          />
        </label>
        {dropped ? <button type="button" className="button" onClick={onBackToHost}>{m.useHost}</button> : null}
      </p>
    </>
  );
}
