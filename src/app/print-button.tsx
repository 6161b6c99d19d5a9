import { Suspense, useState } from 'react';
import { PanelBoundary } from '@/components/panel-boundary';
import { retryableLazy } from '@/lib/retryable-lazy';
import { useMessages } from '@/lib/i18n/use-messages';
import type { PrintMenuProps } from './print-menu';

// The menu (Radix, shared with the export menus' chunk) loads on the first press: only this button is in the
// initial JS.
const Menu = retryableLazy<PrintMenuProps>(() => import('./print-menu').then((m) => ({ default: m.PrintMenu })));

/**
 * 打印简报 in the header: a menu of A4 portrait or landscape, each of which prints. The button itself prints
 * nothing. Until the first press it is a plain button; then the loaded menu draws its own and opens at once.
 * A key press (a click with detail 0) is told apart, so the menu can put focus on its first item.
 */
export function PrintButton() {
  const m = useMessages();
  const [how, setHow] = useState<PrintMenuProps['openWith'] | null>(null);
  const button = (
    <button type="button" className="button print-trigger" aria-haspopup="menu" aria-expanded={false}
      onClick={(e) => setHow(e.detail ? 'pointer' : 'keyboard')}>
      {m.print.printBrief}
    </button>
  );
  return how ? <PanelBoundary><Suspense fallback={button}><Menu.Component openWith={how} /></Suspense></PanelBoundary> : button;
}
