import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { summaryQuery } from '@/api/queries';
import { LongPressDialog } from '@/components/chart-export/long-press-dialog';
import { isWeChat } from '@/lib/download';
import { useSaveFile } from '../downloads';
import { exportFileName } from '@/lib/export/file-name';
import { useLang } from '@/stores/language-store';
import { useExportMessages } from '@/lib/i18n/use-export-messages';
import { useMessages } from '@/lib/i18n/use-messages';
import { captureViewport } from './capture-view';

/**
 * The 导出当前视图（PNG） button once pressed: one PNG of the viewport, marked 示例数据 when the view shows
 * illustrative values, downloaded (or, in WeChat, shown for a long press). Mounted by the button's first press,
 * which asked for a picture: it takes one at once.
 */
export function ViewSnapshot({ viewName }: { viewName: string }) {
  const lang = useLang();
  const summary = useQuery(summaryQuery()).data;
  const zone = summary?.zone.shortName[lang] ?? '';
  const asOf = summary?.asOf ?? '';
  const m = useMessages();
  const ex = useExportMessages();
  const saveFile = useSaveFile();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<{ url: string; illustrative: boolean } | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const started = useRef(false);

  const run = async () => {
    setBusy(true);
    setStatus(ex.snapshot.working);
    try {
      const css = getComputedStyle(document.documentElement);
      const illustrative = document.querySelector('#main [data-provenance="illustrative"]') !== null;
      // Two frames: the status line and any menu that just closed are painted away (they are excluded anyway).
      await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
      const png = await captureViewport({
        background: css.getPropertyValue('--bg').trim() || getComputedStyle(document.body).backgroundColor,
        band: illustrative ? ex.snapshot.band : undefined,
        font: getComputedStyle(document.body).fontFamily,
      });
      if (isWeChat(navigator.userAgent)) {
        setStatus('');
        setPreview({ url: URL.createObjectURL(png), illustrative });
        return;
      }
      const name = exportFileName({
        zone, what: viewName, asOf, ext: 'png',
      });
      saveFile(png, name);
      setStatus(ex.notice.downloaded(name));
    } catch {
      setStatus(ex.snapshot.failed);
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    // Once, even under StrictMode's second mount: the press that loaded the chunk asked for one image.
    if (started.current) return;
    started.current = true;
    // The loading button had focus; this one replaces it.
    if (document.activeElement === document.body) button.current?.focus();
    void run();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on mount only
  }, []);

  return (
    <>
      <button ref={button} type="button" className="button export-trigger" aria-busy={busy} onClick={() => { if (!busy) void run(); }}>
        {m.views.snapshot}
      </button>
      <p className="export-status" role="status">{status}</p>
      {preview ? <LongPressDialog url={preview.url} title={m.appTitle} provenance={preview.illustrative ? 'illustrative' : 'documented'}
        onClose={() => { URL.revokeObjectURL(preview.url); setPreview(null); }} /> : null}
    </>
  );
}
