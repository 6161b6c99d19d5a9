import { useEffect, useId, useRef, useState, type MouseEvent, type PointerEvent } from 'react';
import type { Provenance, Qualifier, Text, Unit } from '@/contract/schemas';
import { formatExact, formatQuantity } from '@/lib/format';
import { useLang } from '@/stores/language-store';
import { useMessages } from '@/lib/i18n/use-messages';
import { useOnlyOpenFigure } from './figure-group';
import { preloadFigurePopover, preloadPopoverQuietly as preload, useLoadedPopover } from './figure-popover-loader';
import { ProvenanceBadge } from './provenance-badge';
import { unquoted } from './source-quote';

export interface FigureLike {
  value: number;
  unit: Unit;
  qualifier?: Qualifier;
  provenance: Provenance;
  quote?: string;
  formula?: Text;
}

// Hover waits a moment so sweeping the mouse across a row of figures opens nothing, and lingers long
// enough to cross the gap onto the popover (WCAG 1.4.13: hover content must itself be hoverable).
const HOVER_OPEN_MS = 150;
const HOVER_CLOSE_MS = 250;

function TipRows({ figure }: { figure: FigureLike }) {
  const lang = useLang();
  const m = useMessages();
  const stated = figure.provenance === 'documented' || figure.provenance === 'inferred';
  const label = stated ? m.asStated : figure.provenance === 'derived' ? m.derivedValue : m.illustrativeValue;
  const note = { documented: null, inferred: m.inferredNote, derived: m.derivedNote, illustrative: m.illustrativeNote }[figure.provenance];
  return (
    <>
      {/* The letter's own scale and qualifier (300亿元以上), not a re-rounded or bare number. */}
      <span className="tip-row">{label}{m.colon}{stated ? formatQuantity(figure, lang) : formatExact(figure, lang)}</span>
      {figure.formula ? <span className="tip-row">{m.formula}{m.colon}{figure.formula[lang]}</span> : null}
      {figure.quote ? <span className="tip-row">{m.quote}{m.colon}“{unquoted(figure.quote)}”</span> : null}
      {note ? <span className="tip-row">{note}</span> : null}
    </>
  );
}

/**
 * A value with its unit, qualifier and provenance mark. A click, tap or Enter/Space pins a popover with
 * the value as the letter states it and its quote, the formula of a derived figure, or the unrounded
 * illustrative value; a mouse hover shows it too. Escape, a press elsewhere or another figure closes it.
 *
 * The button is the same before and after the popover chunk arrives (it is never Radix's), so a press made
 * before is kept as the figure's open state and shows the moment the chunk is in, with focus untouched.
 */
export function FigureValue({ figure, size = 'md' }: { figure: FigureLike; size?: 'lg' | 'md' | 'sm' }) {
  const lang = useLang();
  const triggerId = useId();
  const tipId = useId();
  const popoverId = useId();
  const FigurePopover = useLoadedPopover();
  const button = useRef<HTMLButtonElement>(null);
  // Wanted open. Until the chunk is in, that is a press (or hover) waiting to be shown.
  const [open, setOpen] = useState(false);
  const shown = open && FigurePopover !== undefined;
  // Pressed open (click, tap, key): stays until dismissed. Hovered open: follows the mouse.
  const pinned = useRef(false);
  const timer = useRef<number | undefined>(undefined);

  const close = () => {
    window.clearTimeout(timer.current);
    pinned.current = false;
    setOpen(false);
  };

  // Opening waits for the chunk if it must; if the chunk fails, the wish is dropped rather than left to
  // pop up whenever a later retry succeeds. Either way the description stays for screen readers.
  const want = (next: boolean, pin: boolean) => {
    window.clearTimeout(timer.current);
    pinned.current = next && pin;
    setOpen(next);
    if (next) preloadFigurePopover().catch(close);
  };

  // Mouse only: touch has no hover, and an emulated one would open and close under the finger.
  const hover = (next: boolean, event: PointerEvent) => {
    if (event.pointerType !== 'mouse' || pinned.current) return;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => (next ? want(true, false) : setOpen(false)), next ? HOVER_OPEN_MS : HOVER_CLOSE_MS);
  };
  const hoverIn = (event: PointerEvent) => hover(true, event);
  const hoverOut = (event: PointerEvent) => hover(false, event);

  const pressTrigger = (event: MouseEvent) => {
    event.preventDefault();
    // A click on a popover the hover opened pins it rather than closing it.
    const pin = !(open && pinned.current);
    want(pin, pin);
  };

  const pressPopover = (event: MouseEvent) => {
    if (window.getSelection()?.isCollapsed === false) return; // selecting the quote to copy it
    // The popover must not hide the figures under it: a press on it closes it, and a figure it covered
    // at that point opens on the same press, as if the popover had not been there. (`?.`: jsdom lacks it.)
    const under = document.elementsFromPoint?.(event.clientX, event.clientY)
      .find((el): el is HTMLElement => el instanceof HTMLElement && el.classList.contains('figure-value'));
    close();
    under?.focus();
    under?.click();
  };

  useOnlyOpenFigure(open, () => {
    pinned.current = false;
    setOpen(false);
  });

  // While a press waits for the chunk, what would have dismissed the popover cancels it instead: a press
  // or focus elsewhere, or Escape. Once the chunk is in, Radix does this.
  useEffect(() => {
    if (!open || FigurePopover) return;
    const cancel = () => {
      window.clearTimeout(timer.current);
      pinned.current = false;
      setOpen(false);
    };
    const outside = (event: Event) => {
      if (!(event.target instanceof Node && button.current?.contains(event.target))) cancel();
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') cancel();
    };
    document.addEventListener('pointerdown', outside, true);
    document.addEventListener('focusin', outside, true);
    document.addEventListener('keydown', escape, true);
    return () => {
      document.removeEventListener('pointerdown', outside, true);
      document.removeEventListener('focusin', outside, true);
      document.removeEventListener('keydown', escape, true);
    };
  }, [open, FigurePopover]);

  useEffect(() => {
    const pending = timer;
    return () => window.clearTimeout(pending.current);
  }, []);

  return (
    <span className={`figure figure-${size}`} data-provenance={figure.provenance}>
      <button
        ref={button}
        type="button"
        id={triggerId}
        className="figure-value"
        aria-haspopup="dialog"
        aria-expanded={shown}
        aria-controls={shown ? popoverId : undefined}
        aria-describedby={tipId}
        onClick={pressTrigger}
        onPointerEnter={(event) => { preload(); hoverIn(event); }}
        onPointerLeave={hoverOut}
        // Any sign of interest fetches the chunk at once, so it is usually in before the press ends.
        onPointerDown={preload}
        onFocus={preload}
        onKeyDown={preload}
      >
        {formatQuantity(figure, lang)}
      </button>
      {FigurePopover ? (
        // The component comes from the chunk: set once, module-wide, then the same on every render.
        // eslint-disable-next-line react-hooks/static-components
        <FigurePopover
          open={open}
          onDismiss={close}
          trigger={button}
          id={popoverId}
          triggerId={triggerId}
          provenance={figure.provenance}
          returnFocusOnEscape={() => pinned.current}
          onPointerEnter={hoverIn}
          onPointerLeave={hoverOut}
          onClick={pressPopover}
        >
          <TipRows figure={figure} />
        </FigurePopover>
      ) : null}
      <ProvenanceBadge provenance={figure.provenance} />
      {/* Always in the page, unlike the popover: the description a screen reader gives the figure. */}
      <span role="tooltip" id={tipId} className="visually-hidden">
        <TipRows figure={figure} />
      </span>
    </span>
  );
}
