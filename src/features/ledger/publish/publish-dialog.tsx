import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import { useSaveFile } from '@/components/downloads';
import { isWeChat } from '@/lib/download';
import { formatDate, formatNumber, formatQuantity, type Lang } from '@/lib/format';
import { useLang } from '@/stores/language-store';
import type { BuiltSnapshot } from './build-snapshot';
import { ManifestStatus } from './manifest-status';
import { manifestText } from './merge-manifest';
import { PUBLISH_MESSAGES, type PublishMessages } from './publish-messages';
import { usePublish } from './use-publish';
import '../ui/ledger.css';
import './publish.css';

const JSON_TYPE = 'application/json';

/** What is being published: the month, its as-of date, how many projects and their total. */
function Facts({ m, lang, built }: { m: PublishMessages; lang: Lang; built: BuiltSnapshot }) {
  const { projects } = built.snapshot.resources;
  return (
    <section className="ledger-section" aria-labelledby="publish-facts">
      <h3 id="publish-facts">{m.facts}</h3>
      <dl className="publish-facts">
        <dt>{m.month}</dt><dd>{formatDate(built.month, lang, 'month')}</dd>
        <dt>{m.asOf}</dt><dd>{formatDate(built.snapshot.asOf, lang)}</dd>
        <dt>{m.count}</dt><dd>{m.countValue(formatNumber(projects.items.length, lang, 0))}</dd>
        <dt>{m.total}</dt><dd>{formatQuantity(projects.documented.total, lang)}</dd>
      </dl>
    </section>
  );
}

/** The three steps that put the files on the site; the page itself needs no rebuild. */
function Steps({ m }: { m: PublishMessages }) {
  return (
    <section className="ledger-section" aria-labelledby="publish-steps">
      <h3 id="publish-steps">{m.steps}</h3>
      <ol className="publish-steps">
        <li>{m.step1}</li>
        <li>{m.step2}</li>
        <li>{m.step3}</li>
      </ol>
    </section>
  );
}

/**
 * 发布: the local ledger as a month of the published site. Two files to download (the month's snapshot and
 * the manifest with it added) and the steps to copy them beside index.html; nothing is uploaded from here.
 */
export function PublishDialog({ onClose }: { onClose: () => void }) {
  const lang = useLang();
  const m = PUBLISH_MESSAGES[lang];
  const publish = usePublish();
  const saveFile = useSaveFile();
  const [said, setSaid] = useState('');
  const wechat = typeof navigator !== 'undefined' && isWeChat(navigator.userAgent);
  const { built, merged } = publish;
  const save = (blob: Blob, fileName: string) => {
    saveFile(blob, fileName);
    setSaid(m.downloaded(fileName));
  };

  return (
    <Dialog.Root open onOpenChange={(open) => { if (!open) onClose(); }}>
      <Dialog.Portal>
        <Dialog.Overlay className="drawer-overlay" />
        <Dialog.Content className="ledger-dialog publish-dialog">
          <div className="drawer-head">
            <Dialog.Title className="drawer-title">{m.title}</Dialog.Title>
            <Dialog.Close className="button drawer-close" aria-label={m.close}><span aria-hidden="true">✕</span></Dialog.Close>
          </div>
          <div className="ledger-body">
            <Dialog.Description>{m.description}</Dialog.Description>
            {built.phase === 'building' ? <p role="status">{m.preparing}</p> : null}
            {built.phase === 'none' ? <p className="ledger-warning" role="alert">{m.noLedger}</p> : null}
            {built.phase === 'failed' ? <p className="ledger-warning" role="alert">{m.ledgerFailed(built.detail)}</p> : null}
            {built.phase === 'ready' ? (
              <>
                <Facts m={m} lang={lang} built={built.built} />
                <section className="ledger-section" aria-labelledby="publish-status">
                  <h3 id="publish-status">{m.status}</h3>
                  <ManifestStatus
                    m={m} lang={lang} month={built.built.month}
                    host={publish.host} dropped={publish.dropped} dropFailure={publish.dropFailure} base={publish.base} merged={merged}
                    onFile={(file) => void publish.drop(file)} onBackToHost={publish.backToHost}
                  />
                </section>
                <section className="ledger-section" aria-labelledby="publish-downloads">
                  <h3 id="publish-downloads">{m.downloads}</h3>
                  {wechat ? <p className="ledger-warning" role="alert">{m.wechat}</p> : (
                    <p className="publish-downloads">
                      <button type="button" className="button button-primary" onClick={() => save(new Blob([built.built.bytes], { type: JSON_TYPE }), built.built.fileName)}>
                        {m.downloadFile(built.built.fileName)}
                      </button>
                      <button
                        type="button" className="button button-primary" disabled={!merged?.ok}
                        onClick={() => { if (merged?.ok) save(new Blob([manifestText(merged.merged.manifest)], { type: JSON_TYPE }), 'index.json'); }}
                      >
                        {m.downloadFile('index.json')}
                      </button>
                    </p>
                  )}
                  <p className="visually-hidden" role="status">{said}</p>
                </section>
                <Steps m={m} />
              </>
            ) : null}
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
