import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { setPrintOrientation, type PrintOrientation } from '@/stores/print-store';
import { useMessages } from '@/lib/i18n/use-messages';

export interface PrintMenuProps {
  /** How the press that loaded the menu was made: a keyboard open puts focus on the first item. */
  openWith: 'pointer' | 'keyboard';
}

/**
 * The print button's menu, a lazy chunk (print-button.tsx). Choosing an orientation commits the page rule
 * synchronously (the print frame's <style> follows the print store), then opens the browser's print dialog.
 */
export function PrintMenu({ openWith }: PrintMenuProps) {
  const m = useMessages();
  const [open, setOpen] = useState(true);
  const keyboardOpen = useRef(openWith === 'keyboard');
  const print = (orientation: PrintOrientation) => {
    flushSync(() => setPrintOrientation(orientation));
    window.print();
  };
  // After Radix's own focus, which could not see the key press that opened the menu: it was not mounted yet.
  const focusFirstItem = (node: HTMLDivElement | null) => {
    if (!node || !keyboardOpen.current) return;
    keyboardOpen.current = false;
    requestAnimationFrame(() => node.querySelector<HTMLElement>('[role="menuitem"]')?.focus());
  };
  return (
    // Not modal, like the export menus: a modal menu hides the page with aria-hidden while it stays focusable.
    <DropdownMenu.Root open={open} onOpenChange={setOpen} modal={false}>
      <DropdownMenu.Trigger asChild>
        <button type="button" className="button print-trigger">{m.print.printBrief}</button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content ref={focusFirstItem} className="menu print-menu" align="end" sideOffset={4}>
          <DropdownMenu.Item className="print-item" onSelect={() => print('portrait')}>{m.print.portrait}</DropdownMenu.Item>
          <DropdownMenu.Item className="print-item" onSelect={() => print('landscape')}>{m.print.landscape}</DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
