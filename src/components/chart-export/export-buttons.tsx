import { Suspense, useState, type ReactNode } from 'react';
import { retryableLazy } from '@/lib/retryable-lazy';
import { useMessages } from '@/lib/i18n/use-messages';
import { PanelBoundary } from '../panel-boundary';
import type { ExportMenuProps } from './export-types';

// The export UI (Radix, the export code, its words; snapdom after it) is one chunk, export-ui.ts, fetched on the
// first press of any export button: only these buttons are in the initial JS.
const Menu = retryableLazy<ExportMenuProps>(() => import('./export-ui').then((m) => ({ default: m.ExportMenu })));
const Snapshot = retryableLazy<{ viewName: string }>(() => import('./export-ui').then((m) => ({ default: m.ViewSnapshot })));

/**
 * An export button whose UI is lazy: until the first press, only this button; then the loaded UI (which draws
 * its own button, and opens at once) takes its place, this one standing in while the chunk downloads. A key
 * press (click with detail 0) is told apart, so the menu can put focus on its first item.
 */
function LazyButton({ label, name, children }: { label: string; name?: string; children: (how: ExportMenuProps['openWith']) => ReactNode }) {
  const [how, setHow] = useState<ExportMenuProps['openWith'] | null>(null);
  const button = <button type="button" className="button export-trigger" aria-label={name} onClick={(e) => setHow(e.detail ? 'pointer' : 'keyboard')}>{label}</button>;
  return how ? <PanelBoundary><Suspense fallback={button}>{children(how)}</Suspense></PanelBoundary> : button;
}

/** A chart panel's 导出 button, named 导出：<title>, and once pressed its menu. */
export function ChartExportButton(props: Omit<ExportMenuProps, 'openWith'>) {
  const m = useMessages();
  return <LazyButton label={m.chartExport} name={`${m.chartExport}${m.colon}${props.title}`}>{(how) => <Menu.Component {...props} openWith={how} />}</LazyButton>;
}

/** 导出当前视图（PNG） next to the view tabs; the press that loads it also takes the first picture. */
/** `viewName`: what the file is named after (the view shown now). */
export const ViewSnapshotButton = ({ viewName }: { viewName: string }) => <LazyButton label={useMessages().views.snapshot}>{() => <Snapshot.Component viewName={viewName} />}</LazyButton>;
