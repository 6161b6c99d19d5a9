import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { summaryQuery } from '@/api/queries';
import { CSV_MIME, toCsv } from '@/lib/csv';
import { isWeChat } from '@/lib/download';
import { useSaveFile } from '../downloads';
import { SVG_MIME } from '@/lib/export/compose-svg';
import { clipboardSupport, copyImage, type CopyResult } from '@/lib/export/clipboard';
import { exportFileName } from '@/lib/export/file-name';
import { useLang } from '@/stores/language-store';
import { useExportMessages } from '@/lib/i18n/use-export-messages';
import { useMessages } from '@/lib/i18n/use-messages';
import { chartCaption } from './caption';
import { composePanel, PNG_2X, PNG_SLIDE, pngOf } from './export-actions';
import { CSV_WAN, type ExportMenuProps, type FilterWords } from './export-types';
import { LongPressDialog } from './long-press-dialog';

type Kind = 'png' | 'slide' | 'svg';
type Status = { text: string; offerDownload?: boolean } | null;

const NO_FILTERS = async (): Promise<FilterWords> => ({ file: '', caption: '' });

/**
 * A chart panel's export menu: PNG at 2×, a 1920×1080 slide, SVG, a copied image and the CSV of its numbers,
 * with a status line saying what happened. Lazily loaded on the first press of the panel's 导出 button.
 */
export function ExportMenu({ title, unit, source, provenance, read, panel, asTable, setAsTable, openWith, filterWords = NO_FILTERS }: ExportMenuProps) {
  const lang = useLang();
  const m = useMessages();
  const saveFile = useSaveFile();
  const ex = useExportMessages();
  const zone = useQuery(summaryQuery()).data?.zone.shortName[lang] ?? '';
  const [open, setOpen] = useState(true);
  const [status, setStatus] = useState<Status>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const keyboardOpen = useRef(openWith === 'keyboard');
  const wechat = typeof navigator !== 'undefined' && isWeChat(navigator.userAgent);

  // A preview left open when the panel goes away still lets its image go.
  const previewRef = useRef(preview);
  useEffect(() => { previewRef.current = preview; }, [preview]);
  useEffect(() => () => { if (previewRef.current) URL.revokeObjectURL(previewRef.current); }, []);

  const say = (text: string, offerDownload = false) => setStatus({ text, offerDownload });
  const save = (blob: Blob, ext: 'png' | 'svg' | 'csv', asOf: string, filters: FilterWords) => {
    const name = exportFileName({ zone, what: title, filters: filters.file, asOf, ext });
    saveFile(blob, name);
    say(ex.notice.downloaded(name));
  };

  const caption = (asOf: string, filters: FilterWords) => chartCaption({ title, unit, source, provenance, asOf, filters }, m, ex, lang);

  /** The chart composed as it is now; a panel showing its table shows the chart for the moment of the export. */
  const compose = async () => {
    const now = read();
    const section = panel.current;
    if (!now || !section) return null;
    const filters = await filterWords();
    const showChart = () => {
      if (!asTable) return () => {};
      setAsTable(false);
      return () => setAsTable(true);
    };
    const made = await composePanel(section, caption(now.asOf, filters), now.legend ?? [], showChart);
    return made && { ...made, asOf: now.asOf, filters };
  };

  const image = async (kind: Kind) => {
    if (wechat && kind === 'svg') return say(m.projectsCsv.wechat);
    say(ex.notice.working);
    try {
      const made = await compose();
      if (!made) return say(ex.notice.noChart);
      if (kind === 'svg') return save(new Blob([made.composed.svg], { type: SVG_MIME }), 'svg', made.asOf, made.filters);
      const png = await pngOf(made, kind === 'png' ? PNG_2X : PNG_SLIDE);
      if (!wechat) return save(png, 'png', made.asOf, made.filters);
      setStatus(null);
      setPreview(URL.createObjectURL(png));
    } catch {
      say(ex.notice.failed);
    }
  };

  // Started inside the menu item's click: Safari allows a clipboard write only within the user's gesture.
  const copy = () => {
    const support = clipboardSupport();
    if (support === 'none') return say(ex.notice.unsupported, true);
    say(ex.notice.working);
    const png = async () => {
      const made = await compose();
      if (!made) throw new Error('no chart to copy');
      return pngOf(made, PNG_2X);
    };
    void copyImage(png, support).then((result: CopyResult) => {
      if (result.ok) say(ex.notice.copied);
      else say(result.reason === 'denied' ? ex.notice.denied : result.reason === 'unsupported' ? ex.notice.unsupported : ex.notice.failed, true);
    });
  };

  const csv = async () => {
    if (wechat) return say(m.projectsCsv.wechat);
    const now = read();
    if (!now?.csv) return say(ex.notice.noData);
    const filters = await filterWords();
    const { columns, rows } = now.csv;
    const header = (h: string, u?: string) => (u ? ex.csv.withUnit(h, u === CSV_WAN ? ex.csv.wan : u) : h);
    const cols = columns.map((c) => ({ key: c.key, header: header(c.header, c.unit) }));
    // Every value of a chart that is not the letter's own is marked in its row, so a pasted cell keeps it.
    const marked = provenance !== 'documented' && !columns.some((c) => c.key === 'provenance');
    const records = marked ? rows.map((r) => ({ ...r, provenance: m[provenance] })) : rows;
    if (marked) cols.push({ key: 'provenance', header: m.projectsCsv.header.provenance });
    save(new Blob([toCsv(records, cols)], { type: CSV_MIME }), 'csv', now.asOf, filters);
  };

  // Opened by Enter or Space on the button that loaded this menu: focus goes to the first item, as Radix does
  // for a keyboard open (it could not see that key press: it was not mounted yet). After Radix's own focus.
  const focusFirstItem = (node: HTMLDivElement | null) => {
    if (!node || !keyboardOpen.current) return;
    keyboardOpen.current = false;
    requestAnimationFrame(() => node.querySelector<HTMLElement>('[role="menuitem"]')?.focus());
  };
  const item = (label: string, run: () => unknown) => (
    <DropdownMenu.Item className="export-item" onSelect={() => { void run(); }}>{label}</DropdownMenu.Item>
  );
  return (
    <>
      {/* Not modal: a modal menu hides the rest of the page with aria-hidden while its controls stay focusable
          (axe: aria-hidden-focus), and locks the page's scroll. Escape, Tab and a click outside still close it. */}
      <DropdownMenu.Root open={open} onOpenChange={setOpen} modal={false}>
        <DropdownMenu.Trigger asChild>
          <button type="button" className="button export-trigger" aria-label={`${m.chartExport}${m.colon}${title}`}>{m.chartExport}</button>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content ref={focusFirstItem} className="menu export-menu" align="end" sideOffset={4}>
            {item(ex.items.png, () => image('png'))}
            {item(ex.items.slide, () => image('slide'))}
            {item(ex.items.svg, () => image('svg'))}
            {item(ex.items.copy, copy)}
            {item(ex.items.csv, csv)}
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      <p className="export-status" role="status">
        {status?.text}
        {status?.offerDownload ? <button type="button" className="button" onClick={() => void image('png')}>{ex.notice.downloadInstead}</button> : null}
      </p>
      {preview ? <LongPressDialog url={preview} title={title} provenance={provenance}
        onClose={() => { URL.revokeObjectURL(preview); setPreview(null); }} /> : null}
    </>
  );
}
